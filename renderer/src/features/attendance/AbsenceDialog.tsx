// `Afwezig melden` (SPEC F2, R4–R7): reason, day part(s), `Gemeld om` (default now on the server's
// clock, earlier today allowed, never later), and before saving, at once, what the report earns.
import { useId, useState, type FormEvent } from 'react'
import type { AbsenceReason, AttendanceEntry, Child, DayPart, Group } from '../../../../shared/domain'
import { absenceReasons } from '../../../../shared/domain'
import { amsterdamDate, amsterdamInstant, amsterdamTime, isTimeString } from '../../../../shared/calendar'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { absenceDayParts } from './absence-day-parts'
import { absencePreview, absenceReport, type AbsenceReportInput } from './absence-report'
import { formatHours } from './format-hours'
import { ModalDialog } from './ModalDialog'
import { recordAbsence } from './record-absence'
import type { SwapHoursPreview } from './swap-hours-preview'
import { useChildLedger } from './use-day-facts'

export interface AbsenceDialogProps {
  child: Child
  name: string
  group: Group
  locationId: string
  date: string
  /** The day parts to tick (absenceDayPartOptions). */
  options: readonly DayPart[]
  entry?: AttendanceEntry
  onClose: () => void
  onSaved: (message: string) => void
}

function earnMessage(t: ReturnType<typeof useT>, preview: SwapHoursPreview): string {
  const hours = formatHours(t, preview.earned)
  const cap = formatHours(t, preview.cap)
  return t(`absence.earn.${preview.verdict}`, { hours, cap })
}

export function AbsenceDialog(props: AbsenceDialogProps) {
  const { child, name, group, locationId, date, options, entry, onClose, onSaved } = props
  const services = useServices()
  const t = useT()
  const id = useId()
  const ledger = useChildLedger(services.db, child.id)
  const [reason, setReason] = useState<AbsenceReason>('ziek')
  const [note, setNote] = useState('')
  const [ticked, setTicked] = useState<DayPart[]>([...options])
  // `Gemeld om` is a clock time today: the report is taken now, or earlier today by phone (R4).
  const [time, setTime] = useState(() => amsterdamTime(serverNow(services.status.current())))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const input = (enteredAt: Date): AbsenceReportInput | null => {
    if (!isTimeString(time)) return null
    return {
      child, group, locationId, date, dayParts: absenceDayParts(group, ticked), reason, note,
      reportedAt: amsterdamInstant(amsterdamDate(enteredAt), time), enteredAt,
      by: services.staffId, device: services.deviceId, ledger: ledger ?? [], ...(entry ? { entry } : {}),
    }
  }
  const now = serverNow(services.status.current())
  const previewInput = input(now)
  // Computed on every render: it follows each keystroke at once, and costs microseconds.
  const preview = previewInput && previewInput.dayParts.length > 0 && ledger ? absencePreview(previewInput) : null

  async function save(event: FormEvent) {
    event.preventDefault()
    const enteredAt = serverNow(services.status.current())
    const filled = input(enteredAt)
    if (!filled) return setError(t('absence.error.ongeldige-datum'))
    const report = absenceReport(filled)
    if (!report.ok) return setError(t(`absence.error.${report.code}`))
    setBusy(true)
    setError(null)
    try {
      const written = await recordAbsence(services.db, report)
      onSaved(written.recorded.length > 0 ? t('absence.saved', { name, earned: earnMessage(t, report.preview) }) : t('absence.alreadyRecorded'))
    } catch (e) {
      setError(t('attendance.saveFailed', { message: failureMessage(e, t) }))
      setBusy(false)
    }
  }

  const toggle = (part: DayPart, on: boolean) => setTicked((parts) => (on ? [...parts, part] : parts.filter((p) => p !== part)))

  return (
    <ModalDialog title={t('absence.title', { name })} onClose={onClose}>
      <form className="row-dialog-form" onSubmit={(e) => void save(e)}>
        <label htmlFor={`${id}-reason`}>{t('absence.reason')}</label>
        <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value as AbsenceReason)}>
          {absenceReasons.map((code) => <option key={code} value={code}>{t(`absence.reason.${code}`)}</option>)}
        </select>
        <label htmlFor={`${id}-note`}>{t('absence.note')}</label>
        <textarea id={`${id}-note`} value={note} maxLength={2000} required={reason === 'overig'} onChange={(e) => setNote(e.target.value)} />
        <fieldset>
          <legend>{t('absence.dayParts')}</legend>
          {options.map((part) => (
            <label key={part} className="row-dialog-check">
              <input type="checkbox" checked={ticked.includes(part)} onChange={(e) => toggle(part, e.target.checked)} />
              {part}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-reported`}>{t('absence.reportedAt')}</label>
        <input id={`${id}-reported`} type="time" required value={time} aria-describedby={`${id}-reported-hint`} onChange={(e) => setTime(e.target.value)} />
        <p id={`${id}-reported-hint`} className="row-dialog-hint">{t('absence.reportedAtHint')}</p>
        <section aria-label={t('absence.earnings')} className="row-dialog-preview">
          <p role="status" data-verdict={preview?.verdict ?? ''}>{preview ? earnMessage(t, preview) : '…'}</p>
          {preview && preview.parts[0] && (
            <p className="row-dialog-hint">
              {t('absence.deadline', { time: amsterdamTime(preview.parts[0].deadline), date: dutchDate(date) })}{' '}
              {preview.cap > 0 && t('absence.balance', { balance: formatHours(t, preview.balance), cap: formatHours(t, preview.cap) })}
            </p>
          )}
        </section>
        <p className="row-dialog-hint">{t('absence.enteredBy', { name: services.user.name })}</p>
        {error && <p role="alert" className="error">{error}</p>}
        <div className="row-dialog-buttons">
          <button type="submit" disabled={busy || ledger === null}>{t('absence.save')}</button>
          <button type="button" onClick={onClose}>{t('absence.cancel')}</button>
        </div>
      </form>
    </ModalDialog>
  )
}
