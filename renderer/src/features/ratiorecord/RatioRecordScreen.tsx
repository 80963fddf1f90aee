// Dagverslag BKR (issue 9, BKR.md): per group of a location, the minutes of a day below the staff–child
// ratio, the periods, and the verdict against the three-hour rule; printable. Chooses the location and
// (optionally) one group like the Aanwezigheidslijst chooses its group, and a date (today by default,
// past days too). KDV, PG and BSO groups only: VSO has no table in BKR.md. Reads this PC's documents only.
import { useId, useMemo, useState } from 'react'
import { amsterdamDate, amsterdamTime } from '../../../../shared/calendar'
import { ratioCareType } from '../../../../shared/rules'
import { useServices } from '../../app/app-services'
import { serverNow } from '../../bridge/sync-status'
import { useT } from '../../i18n/i18n-context'
import { useObservable } from '../../ui/use-observable'
import { PrintActions } from '../attendance/list-tools/PrintActions'
import { pdfFileName } from '../attendance/list-tools/save-pdf'
import { useGroups } from '../attendance/use-attendance-data'
import '../attendance/list-tools/printable.css'
import { groupRecord } from './group-record'
import { GroupSection } from './GroupSection'
import { recordFacts$ } from './record-data'
import { RecordDocument, type RecordSection } from './RecordDocument'
import { useMinuteTick } from '../../ui/use-minute-tick'
import './ratio-record.css'

export function RatioRecordScreen() {
  const services = useServices()
  const t = useT()
  const ids = { title: useId(), location: useId(), group: useId(), date: useId() }
  const now = () => serverNow(services.status.current())
  const allGroups = useGroups(services.db)
  // R19: locations both the user and this PC cover; groups with a ratio table.
  const choices = useMemo(
    () => allGroups.filter((g) => services.permissions.covers(g.location.id) && ratioCareType(g.group.careType) !== null),
    [allGroups, services.permissions],
  )
  const locations = useMemo(() => [...new Map(choices.map((c) => [c.location.id, c.location])).values()], [choices])
  const [locationId, setLocationId] = useState('')
  const [groupId, setGroupId] = useState('')
  const [date, setDate] = useState(() => amsterdamDate(now()))
  // BSO: a day staff marked as free of school (or not), per group and date.
  const [schoolDays, setSchoolDays] = useState<ReadonlyMap<string, boolean>>(new Map())
  const location = locations.find((l) => l.id === locationId) ?? locations[0]
  const groups = choices.filter((c) => c.location.id === location?.id).map((c) => c.group)
  const shown = groups.filter((g) => groupId === '' || g.id === groupId)
  const facts = useObservable(useMemo(() => (location ? recordFacts$(services.db, location.id, date) : null), [services.db, location, date]), null)
  useMinuteTick()

  const at = now()
  const today = amsterdamDate(at)
  const sections: RecordSection[] = facts === null ? [] : shown.flatMap((group) => {
    const override = schoolDays.get(`${group.id}|${date}`)
    const record = groupRecord({
      group, date, today, now: at, day: facts.days.get(group.id) ?? null, children: facts.children, studyDaySchools: facts.studyDaySchools,
      ...(override === undefined ? {} : { schoolDay: override }),
    })
    return record ? [{ groupId: group.id, groupName: group.name, careType: group.careType, record }] : []
  })
  const until = date === today ? t('ratioRecord.untilNow', { time: amsterdamTime(at) }) : null

  return (
    <section className="ratio-record" aria-labelledby={ids.title}>
      <h1 id={ids.title}>{t('ratioRecord.title')}</h1>
      <div className="ratio-record-controls">
        <label htmlFor={ids.location}>{t('ratioRecord.location')}</label>
        <select id={ids.location} value={location?.id ?? ''} onChange={(e) => { setLocationId(e.target.value); setGroupId('') }}>
          {locations.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
        <label htmlFor={ids.group}>{t('ratioRecord.group')}</label>
        <select id={ids.group} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
          <option value="">{t('ratioRecord.allGroups')}</option>
          {groups.map((g) => <option key={g.id} value={g.id}>{`${g.name} (${g.careType})`}</option>)}
        </select>
        <label htmlFor={ids.date}>{t('ratioRecord.date')}</label>
        <input id={ids.date} type="date" value={date} max={today} required onChange={(e) => e.target.value && setDate(e.target.value)} />
        {location && facts && (
          <PrintActions
            document={() => (
              <RecordDocument t={t} locationName={location.name} date={date} sections={sections} printedAt={now().toISOString()} printedBy={services.user.name} />
            )}
            title={`${t('ratioRecord.title')} ${location.name} ${date}`}
            fileName={() => pdfFileName([t('ratioRecord.title'), location.name, date])}
            lang={services.info.locale}
          />
        )}
      </div>
      {groups.length === 0 && <p>{t('ratioRecord.noGroups')}</p>}
      {groups.length > 0 && facts === null && <p role="status">{t('ratioRecord.loading')}</p>}
      {sections.map((section) => (
        <GroupSection key={section.groupId} section={section} until={until}
          onSchoolDay={(id, schoolDay) => setSchoolDays((m) => new Map(m).set(`${id}|${date}`, schoolDay))} />
      ))}
      <p className="ratio-record-note">{t('ratioRecord.notChecked')}</p>
    </section>
  )
}
