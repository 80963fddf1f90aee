// R12: `Corrigeren` a staff member's mistaken entry, with a reason. For an absence the original stays,
// struck through, and no longer counts (its credit lapses); for a check-in or check-out the entry
// takes the right times (or none: the wrong child was checked in) and the original stays in the journal.
import { useId, useState, type FormEvent } from 'react'
import type { Absence, AttendanceEntry } from '../../../../shared/domain'
import { amsterdamInstant, isTimeString } from '../../../../shared/calendar'
import { clockTime as clock } from '../../i18n/format-instant'
import { ledgerIds } from '../../../../shared/domain'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { useT } from '../../i18n/i18n-context'
import { correctAbsence } from './absence-correction'
import type { EntryChange } from './entry-correction'
import { formatHours } from './format-hours'
import { ModalDialog } from './ModalDialog'
import { recordAbsenceCorrection, recordEntryCorrection, type CorrectionOutcome } from './record-correction'
import { useChildLedger } from './use-day-facts'

export type CorrectionTarget =
  | { kind: 'absence'; childId: string; name: string; absences: Absence[] }
  | { kind: 'entry'; childId: string; name: string; date: string; groupId: string; entry: AttendanceEntry }

export interface CorrectionDialogProps {
  target: CorrectionTarget
  onClose: () => void
  onSaved: (message: string) => void
}

export function CorrectionDialog({ target, onClose, onSaved }: CorrectionDialogProps) {
  const services = useServices()
  const t = useT()
  const id = useId()
  const ledger = useChildLedger(services.db, target.childId)
  const [reason, setReason] = useState('')
  const [absenceId, setAbsenceId] = useState(target.kind === 'absence' ? (target.absences[0]?.id ?? '') : '')
  const [kind, setKind] = useState<EntryChange['kind']>('tijden')
  const [checkIn, setCheckIn] = useState(target.kind === 'entry' ? clock(target.entry.checkIn) : '')
  const [checkOut, setCheckOut] = useState(target.kind === 'entry' ? clock(target.entry.checkOut) : '')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const absence = target.kind === 'absence' ? target.absences.find((a) => a.id === absenceId) : undefined
  const credit = absence ? ledger?.find((e) => e.id === ledgerIds.earnedFromAbsence(absence.id)) : undefined

  async function correct(): Promise<CorrectionOutcome> {
    const at = serverNow(services.status.current())
    const who = { by: services.staffId, device: services.deviceId, at }
    if (target.kind === 'absence') {
      if (!absence) return { ok: false, code: 'geen-registratie' }
      const result = correctAbsence({ absence, reason, ledger: ledger ?? [], ...who })
      return result.ok ? recordAbsenceCorrection(services.db, result) : result
    }
    const instant = (time: string) => (isTimeString(time) ? amsterdamInstant(target.date, time).toISOString() : undefined)
    const change: EntryChange = kind === 'verkeerd-kind'
      ? { kind }
      : { kind, ...(instant(checkIn) ? { checkIn: instant(checkIn) } : {}), ...(instant(checkOut) ? { checkOut: instant(checkOut) } : {}) }
    return recordEntryCorrection(services.db, { date: target.date, groupId: target.groupId, childId: target.childId, reason, change, ...who })
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const outcome = await correct()
      if (outcome.ok) return onSaved(t('correction.saved', { name: target.name }))
      setError(t(`correction.error.${outcome.code}`))
    } catch (e) {
      setError(t('attendance.saveFailed', { message: failureMessage(e, t) }))
    }
    setBusy(false)
  }

  const title = target.kind === 'absence' ? t('correction.titleAbsence', { name: target.name }) : t('correction.titleEntry', { name: target.name })
  return (
    <ModalDialog title={title} onClose={onClose}>
      <form className="row-dialog-form" onSubmit={(e) => void save(e)}>
        {target.kind === 'absence' && (
          <>
            <label htmlFor={`${id}-absence`}>{t('correction.which')}</label>
            <select id={`${id}-absence`} value={absenceId} onChange={(e) => setAbsenceId(e.target.value)}>
              {target.absences.map((a) => (
                <option key={a.id} value={a.id}>{t('correction.absenceOption', { dayPart: a.dayPart, reason: t(`absence.reason.${a.reason.code}`), time: clock(a.reportedAt) })}</option>
              ))}
            </select>
            <p className="row-dialog-hint">{t('correction.absenceEffect', { name: target.name })}</p>
            {credit && <p className="row-dialog-hint">{t('correction.creditEffect', { hours: formatHours(t, credit.amount) })}</p>}
          </>
        )}
        {target.kind === 'entry' && (
          <>
            <fieldset>
              <legend>{t('correction.kind')}</legend>
              {(['tijden', 'verkeerd-kind'] as const).map((k) => (
                <label key={k} className="row-dialog-check">
                  <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
                  {t(`correction.kind.${k}`)}
                </label>
              ))}
            </fieldset>
            {kind === 'tijden' && (
              <>
                <label htmlFor={`${id}-in`}>{t('correction.checkIn')}</label>
                <input id={`${id}-in`} type="time" value={checkIn} onChange={(e) => setCheckIn(e.target.value)} />
                <label htmlFor={`${id}-out`}>{t('correction.checkOut')}</label>
                <input id={`${id}-out`} type="time" value={checkOut} onChange={(e) => setCheckOut(e.target.value)} />
              </>
            )}
          </>
        )}
        <label htmlFor={`${id}-reason`}>{t('correction.reason')}</label>
        <textarea id={`${id}-reason`} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        {error && <p role="alert" className="error">{error}</p>}
        <div className="row-dialog-buttons">
          <button type="submit" disabled={busy || ledger === null}>{t('correction.save')}</button>
          <button type="button" onClick={onClose}>{t('correction.cancel')}</button>
        </div>
      </form>
    </ModalDialog>
  )
}
