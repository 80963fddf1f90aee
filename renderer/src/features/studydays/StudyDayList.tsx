// The table `Studiedagen`: coming days (past ones too when asked) of one school or all, with which of
// this PC's locations each reaches and who entered it; a day entered by mistake is deleted after a
// confirmation (the server allows deleting study days, no other fact).
import { useId, useMemo, useState } from 'react'
import type { Location, StudyDay } from '../../../../shared/domain'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { formatInstant } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { ModalDialog } from '../attendance/ModalDialog'
import { longDate, weekdayDate } from '../../i18n/format-date'
import { removeStudyDay } from './record-study-days'
import { studyDayRows, type CoveredSchool } from './study-day-rows'
import { useStaffNames } from './use-study-days-data'

export interface StudyDayListProps {
  days: readonly StudyDay[]
  locations: readonly Location[]
  schools: readonly CoveredSchool[]
  today: string
  includePast: boolean
  onIncludePast: (include: boolean) => void
  canRemove: boolean
  locale: 'nl' | 'en'
}

export function StudyDayList(props: StudyDayListProps) {
  const { db } = useServices()
  const t = useT()
  const id = useId()
  const staffNames = useStaffNames(db)
  const [schoolId, setSchoolId] = useState<string>('')
  const [confirm, setConfirm] = useState<StudyDay | null>(null)
  const [message, setMessage] = useState('')
  const [error, setError] = useState<string | null>(null)
  const { days, locations, schools, today, includePast } = props
  const rows = useMemo(
    () => studyDayRows({ days, locations, schools, today, includePast, staffNames, schoolId: schoolId === '' ? null : schoolId }),
    [days, locations, schools, today, includePast, staffNames, schoolId],
  )
  const describe = (day: StudyDay) => ({ kind: t(`studyDays.kind.${day.kind}`), school: day.schoolName, date: weekdayDate(day.date, props.locale) })

  async function remove(day: StudyDay) {
    setError(null)
    try {
      const removed = await removeStudyDay(db.studydays, day.id)
      setMessage(removed ? t('studyDays.removed', describe(day)) : t('studyDays.removedAlready'))
      setConfirm(null)
    } catch (e) {
      setError(t('studyDays.saveFailed', { message: failureMessage(e, t) }))
    }
  }

  return (
    <div className="study-day-list">
      <div className="study-days-controls">
        <label htmlFor={`${id}-school`}>{t('studyDays.school')}</label>
        <select id={`${id}-school`} value={schoolId} onChange={(e) => setSchoolId(e.target.value)}>
          <option value="">{t('studyDays.allSchools')}</option>
          {props.schools.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
        <label className="study-days-check">
          <input type="checkbox" checked={props.includePast} onChange={(e) => props.onIncludePast(e.target.checked)} />
          {t('studyDays.includePast')}
        </label>
      </div>
      <p role="status" className="study-days-status">{message}</p>
      {error && !confirm && <p role="alert" className="error">{error}</p>}
      <table className="study-days-table">
        <caption>{t('studyDays.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('studyDays.date')}</th>
            <th scope="col">{t('studyDays.kind')}</th>
            <th scope="col">{t('studyDays.school')}</th>
            <th scope="col">{t('studyDays.reaches')}</th>
            <th scope="col">{t('studyDays.enteredBy')}</th>
            {props.canRemove && <th scope="col">{t('studyDays.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr><td colSpan={props.canRemove ? 6 : 5}>{t(props.includePast ? 'studyDays.emptyAll' : 'studyDays.empty')}</td></tr>
          )}
          {rows.map(({ day, reaches, enteredBy }) => (
            <tr key={day.id} className={day.date < props.today ? 'study-day--past' : undefined}>
              <th scope="row"><time dateTime={day.date}>{weekdayDate(day.date, props.locale)}</time></th>
              <td>{t(`studyDays.kind.${day.kind}`)}</td>
              <td>{day.schoolName}</td>
              <td>{reaches.length > 0 ? reaches.join(', ') : t('studyDays.reachesNone')}</td>
              <td>{t('studyDays.enteredByValue', { name: enteredBy, time: formatInstant(day.at, props.today) })}</td>
              {props.canRemove && (
                <td>
                  <button type="button" onClick={() => { setError(null); setConfirm(day) }}
                    aria-label={t('studyDays.remove', { school: day.schoolName, date: longDate(day.date, props.locale) })}>
                    {t('studyDays.removeConfirm')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {confirm && (
        <ModalDialog title={t('studyDays.removeTitle')} onClose={() => setConfirm(null)}>
          <p>{t('studyDays.removeQuestion', describe(confirm))}</p>
          <p className="row-dialog-hint">{t('studyDays.removeHint')}</p>
          {error && <p role="alert" className="error">{error}</p>}
          <div className="row-dialog-buttons">
            <button type="button" onClick={() => void remove(confirm)}>{t('studyDays.removeConfirm')}</button>
            <button type="button" onClick={() => setConfirm(null)}>{t('studyDays.cancel')}</button>
          </div>
        </ModalDialog>
      )}
    </div>
  )
}
