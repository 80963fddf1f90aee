// F9, Studiedagen (manager, klantenservice): the study and closing days of the schools the user and
// this PC cover, entered by hand or from a school's list, and deleted when entered by mistake. The
// days reach the sheets (F6) of the locations that serve the school. Judged with today on the server's
// clock in Amsterdam (SPEC §4).
import { useId, useMemo, useState } from 'react'
import { amsterdamDate } from '../../../../shared/calendar'
import { useServices } from '../../app/app-services'
import { serverNow } from '../../bridge/sync-status'
import { useT } from '../../i18n/i18n-context'
import { AddStudyDayForm } from './AddStudyDayForm'
import { ImportSchoolList } from './ImportSchoolList'
import type { StudyDayAuthor } from './record-study-days'
import { StudyDayList } from './StudyDayList'
import { coveredSchools } from './study-day-rows'
import { useLocations, useStudyDays } from './use-study-days-data'
import './study-days.css'

export function StudyDaysScreen() {
  const services = useServices()
  const t = useT()
  const titleId = useId()
  const { db, permissions } = services
  const today = amsterdamDate(serverNow(services.status.current()))
  const locations = useLocations(db)
  const schools = useMemo(() => coveredSchools(locations, (id) => permissions.covers(id)), [locations, permissions])
  const [includePast, setIncludePast] = useState(false)
  // Past days only when asked: the history grows every year, the coming days stay few.
  const days = useStudyDays(db, includePast ? null : today)
  // Every day from today on is in `days` either way: enough to refuse a day entered twice.
  const enteredIds = useMemo(() => new Set(days.map((d) => d.id)), [days])
  const manage = permissions.can('studiedag.beheren')
  const author = (): StudyDayAuthor => ({ by: services.staffId, device: services.deviceId, at: serverNow(services.status.current()).toISOString() })
  const context = { schools, today, enteredIds, author, locale: services.info.locale }

  return (
    <section className="study-days" aria-labelledby={titleId}>
      <h1 id={titleId}>{t('studyDays.title')}</h1>
      {schools.length === 0 && <p>{t('studyDays.noSchools')}</p>}
      <StudyDayList days={days} locations={locations} schools={schools} today={today} includePast={includePast}
        onIncludePast={setIncludePast} canRemove={manage} locale={services.info.locale} />
      {manage && schools.length > 0 && (
        <div className="study-days-forms">
          <AddStudyDayForm {...context} />
          <ImportSchoolList {...context} />
        </div>
      )}
    </section>
  )
}
