// `Lijst van school importeren`: choose the school, then its list as a CSV file or pasted text; the
// preview judges every row, and `Importeren (<n>)` writes the good ones in one bulk write. A file that
// is no list (empty, not text, over 1,000 rows) is refused whole: nothing is written.
import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { useT } from '../../i18n/i18n-context'
import { ImportPreview } from './ImportPreview'
import { importStudyDays, studyDayFact } from './record-study-days'
import { importableDays, judgeSchoolList, MAX_LIST_CHARS, parseSchoolList, type ListRefusal } from './school-list'
import type { StudyDayFormProps } from './study-day-form-props'

export function ImportSchoolList({ schools, today, enteredIds, author, locale }: StudyDayFormProps) {
  const { db } = useServices()
  const t = useT()
  const id = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const [schoolId, setSchoolId] = useState('')
  const [text, setText] = useState('')
  // A file refused before it is read (too big to be a school's list).
  const [fileRefusal, setFileRefusal] = useState<ListRefusal | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  const parsed = useMemo(() => (text.trim() === '' ? null : parseSchoolList(text)), [text])
  const school = schools.find((s) => s.id === schoolId)
  const judged = useMemo(
    () => (parsed?.ok && school ? judgeSchoolList(parsed.rows, { schoolId: school.id, today, enteredIds }) : []),
    [parsed, school, today, enteredIds],
  )
  const days = importableDays(judged)
  const refusal = fileRefusal ?? (parsed && !parsed.ok ? parsed.refusal : null)

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    setMessage('')
    setError(null)
    setFileRefusal(null)
    if (!file) return
    // Bytes ≥ characters: a file this big is refused without reading it.
    if (file.size > MAX_LIST_CHARS) {
      setText('')
      return setFileRefusal('te-veel-regels')
    }
    try {
      const content = await file.text()
      // A refused file (not text, empty, too long) is not shown in the text box: it is no list.
      const read = parseSchoolList(content)
      setText(read.ok ? content : '')
      if (!read.ok) setFileRefusal(read.refusal)
    } catch (e) {
      setError(t('studyDays.import.readFailed', { message: failureMessage(e, t) }))
    }
  }

  async function runImport() {
    if (!school || days.length === 0) return
    setBusy(true)
    setError(null)
    try {
      const by = author()
      const outcome = await importStudyDays(db.studydays, days.map((d) => studyDayFact(school, d, by)))
      const count = outcome.imported.length
      const done = count === 1 ? t('studyDays.import.done.one') : t('studyDays.import.done.other', { count })
      setMessage(outcome.existing.length > 0 ? `${done}. ${t('studyDays.import.doneExisting', { count: outcome.existing.length })}` : done)
      setText('')
      if (fileInput.current) fileInput.current.value = ''
    } catch (e) {
      setError(t('studyDays.saveFailed', { message: failureMessage(e, t) }))
    }
    setBusy(false)
  }

  return (
    <form className="study-days-form" aria-labelledby={`${id}-title`} onSubmit={(e) => { e.preventDefault(); void runImport() }}>
      <h2 id={`${id}-title`}>{t('studyDays.import.title')}</h2>
      <label htmlFor={`${id}-school`}>{t('studyDays.school')}</label>
      <select id={`${id}-school`} value={schoolId} onChange={(e) => setSchoolId(e.target.value)}>
        <option value="">{t('studyDays.chooseSchool')}</option>
        {schools.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
      <p id={`${id}-hint`} className="row-dialog-hint">{t('studyDays.import.hint')}</p>
      <label htmlFor={`${id}-file`}>{t('studyDays.import.file')}</label>
      <input id={`${id}-file`} ref={fileInput} type="file" accept=".csv,.txt,text/csv,text/plain" aria-describedby={`${id}-hint`}
        onChange={(e) => void chooseFile(e)} />
      <label htmlFor={`${id}-paste`}>{t('studyDays.import.paste')}</label>
      <textarea id={`${id}-paste`} rows={5} value={text} aria-describedby={`${id}-hint`}
        onChange={(e) => { setFileRefusal(null); setMessage(''); setText(e.target.value) }} />
      {refusal && <p role="alert" className="error">{t(`studyDays.import.refused.${refusal}`)}</p>}
      {!refusal && parsed?.ok && !school && <p role="alert" className="error">{t('studyDays.import.chooseSchool')}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      {!refusal && judged.length > 0 && <ImportPreview rows={judged} locale={locale} />}
      <p role="status" className="study-days-status">{message}</p>
      <div>
        <button type="submit" disabled={busy || refusal !== null || days.length === 0}>{t('studyDays.import.submit', { count: days.length })}</button>
      </div>
    </form>
  )
}
