// `Tegoed toevoegen` (R16): care type, hours and a reason (required). The dialog says at once how much
// room is left under the cap (R6) and until when the credit is valid (R8: 120 days); what would pass
// the cap is refused "Maximum bereikt" with the room left. Saving writes one `handmatig` ledger entry
// by this user on this PC; the balance behind the dialog rises as soon as it is stored.
import { useId, useState, type FormEvent } from 'react'
import type { CareType, Child, LedgerEntry } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { creditValidUntil } from '../../../../shared/rules'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { ModalDialog } from '../attendance/ModalDialog'
import { swapBalance } from './credit-overview'
import { formatAmount } from './format-amount'
import { manualCreditCareTypes, manualCreditEntry } from './manual-credit'
import { parseHours } from './parse-hours'
import { recordCredit } from './record-credit'

export interface AddCreditDialogProps {
  child: Child
  name: string
  ledger: readonly LedgerEntry[]
  onClose: () => void
  onSaved: (message: string) => void
}

export function AddCreditDialog({ child, name, ledger, onClose, onSaved }: AddCreditDialogProps) {
  const services = useServices()
  const t = useT()
  const id = useId()
  const today = amsterdamDate(serverNow(services.status.current()))
  const careTypes = manualCreditCareTypes(child, ledger, today)
  const [careType, setCareType] = useState<CareType | undefined>(careTypes[0])
  const [hours, setHours] = useState('')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const chosen = careType && careTypes.includes(careType) ? careType : careTypes[0]
  const balance = chosen ? swapBalance(child, ledger, chosen, today) : null
  const hoursText = (n: number) => formatAmount(t, 'ruiluren', n)

  async function save(event: FormEvent) {
    event.preventDefault()
    if (!chosen) return
    const at = serverNow(services.status.current())
    const result = manualCreditEntry({
      child, careType: chosen, hours: parseHours(hours), reason, ledger, today: amsterdamDate(at), at,
      by: services.staffId, device: services.deviceId, id: `handmatig:${crypto.randomUUID()}`, covers: services.permissions.covers,
    })
    if (!result.ok) return setError(t(`credits.error.${result.code}`, { room: hoursText(result.room), cap: hoursText(result.cap) }))
    setBusy(true)
    setError(null)
    try {
      await recordCredit(services.db.ledger, result.entry)
      onSaved(t('credits.add.saved', { hours: hoursText(result.entry.amount), careType: chosen, name }))
    } catch (e) {
      setError(t('credits.saveFailed', { message: failureMessage(e, t) }))
      setBusy(false)
    }
  }

  return (
    <ModalDialog title={t('credits.add.title')} onClose={onClose}>
      <form className="row-dialog-form" onSubmit={(e) => void save(e)} noValidate>
        <p>{t('credits.add.for', { name })}</p>
        <label htmlFor={`${id}-care`}>{t('credits.add.careType')}</label>
        <select id={`${id}-care`} value={chosen ?? ''} onChange={(e) => setCareType(e.target.value as CareType)}>
          {careTypes.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
        {balance && (
          <p className="row-dialog-hint" role="status">
            {t('credits.add.room', { room: hoursText(balance.room), balance: hoursText(balance.capBalance), cap: hoursText(balance.cap) })}
          </p>
        )}
        <label htmlFor={`${id}-hours`}>{t('credits.add.hours')}</label>
        <input id={`${id}-hours`} type="text" inputMode="decimal" required value={hours} onChange={(e) => setHours(e.target.value)} />
        <label htmlFor={`${id}-reason`}>{t('credits.add.reason')}</label>
        <textarea id={`${id}-reason`} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        <p className="row-dialog-hint">{t('credits.add.validUntil', { date: dutchDate(creditValidUntil(today)) })}</p>
        {error && <p role="alert" className="error">{error}</p>}
        <div className="row-dialog-buttons">
          <button type="submit" disabled={busy || !chosen}>{t('credits.add.save')}</button>
          <button type="button" onClick={onClose}>{t('credits.cancel')}</button>
        </div>
      </form>
    </ModalDialog>
  )
}
