// `Studiedag toevoegen`: one day of one school by hand. Refused in Dutch before anything is written:
// no school, no valid date, a day past, a weekend, a day already entered for that school.
import { useId, useState, type FormEvent } from 'react'
import { studyDayKinds, type StudyDayKind } from '../../../../shared/domain'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { useT } from '../../i18n/i18n-context'
import { longDate } from '../../i18n/format-date'
import { addStudyDay, studyDayFact } from './record-study-days'
import { studyDayProblem } from './study-day-checks'
import type { StudyDayFormProps } from './study-day-form-props'

export function AddStudyDayForm({ schools, today, enteredIds, author, locale }: StudyDayFormProps) {
  const { db } = useServices()
  const t = useT()
  const id = useId()
  const [schoolId, setSchoolId] = useState('')
  const [date, setDate] = useState('')
  const [kind, setKind] = useState<StudyDayKind>('studiedag')
  const [error, setError] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setMessage('')
    const school = schools.find((s) => s.id === schoolId)
    if (!school) return setError(t('studyDays.error.geen-school'))
    const problem = studyDayProblem({ schoolId: school.id, date, today, enteredIds })
    if (problem !== null) {
      return setError(t(`studyDays.error.${problem}`, problem === 'al-ingevoerd' ? { school: school.name, date: longDate(date, locale) } : {}))
    }
    setError(null)
    setBusy(true)
    try {
      const described = { kind: t(`studyDays.kind.${kind}`), school: school.name, date: longDate(date, locale) }
      const stored = await addStudyDay(db.studydays, studyDayFact(school, { date, kind }, author()))
      // Not stored: another PC entered the same day first and its entry stands.
      if (stored) {
        setMessage(t('studyDays.add.added', described))
        setDate('')
      } else setError(t('studyDays.error.al-ingevoerd', { school: school.name, date: described.date }))
    } catch (e) {
      setError(t('studyDays.saveFailed', { message: failureMessage(e, t) }))
    }
    setBusy(false)
  }

  return (
    <form className="study-days-form" aria-labelledby={`${id}-title`} noValidate onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-title`}>{t('studyDays.add.title')}</h2>
      <label htmlFor={`${id}-school`}>{t('studyDays.school')}</label>
      <select id={`${id}-school`} value={schoolId} onChange={(e) => setSchoolId(e.target.value)}>
        <option value="">{t('studyDays.chooseSchool')}</option>
        {schools.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
      <label htmlFor={`${id}-date`}>{t('studyDays.date')}</label>
      <input id={`${id}-date`} type="date" min={today} value={date} onChange={(e) => setDate(e.target.value)} />
      <fieldset>
        <legend>{t('studyDays.kind')}</legend>
        {studyDayKinds.map((k) => (
          <label key={k} className="study-days-check">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`studyDays.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      {error && <p role="alert" className="error">{error}</p>}
      <p role="status" className="study-days-status">{message}</p>
      <div>
        <button type="submit" disabled={busy}>{t('studyDays.add.submit')}</button>
      </div>
    </form>
  )
}
