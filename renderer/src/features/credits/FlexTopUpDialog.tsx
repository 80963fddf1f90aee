// `Qflexibel ophogen` (R14), for customer service: hours and an optional note; allowed until 1 July
// inclusive (after that the dialog says so and saves nothing), valid until 31 December. Saving writes
// one `opgewaardeerd` entry in Qflexibel hours by this user on this PC.
import { useId, useState, type FormEvent } from 'react'
import type { Child } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { ModalDialog } from '../attendance/ModalDialog'
import { flexTopUpEntry, flexTopUpOpen, flexValidUntil } from './flex-top-up'
import { formatAmount } from './format-amount'
import { parseHours } from './parse-hours'
import { recordCredit } from './record-credit'

export interface FlexTopUpDialogProps {
  child: Child
  name: string
  onClose: () => void
  onSaved: (message: string) => void
}

export function FlexTopUpDialog({ child, name, onClose, onSaved }: FlexTopUpDialogProps) {
  const services = useServices()
  const t = useT()
  const id = useId()
  const today = amsterdamDate(serverNow(services.status.current()))
  const open = flexTopUpOpen(today)
  const [hours, setHours] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(open.ok ? null : t(`credits.error.${open.code}`))
  const [busy, setBusy] = useState(false)

  async function save(event: FormEvent) {
    event.preventDefault()
    const at = serverNow(services.status.current())
    const result = flexTopUpEntry({
      child, hours: parseHours(hours), note, today: amsterdamDate(at), at,
      by: services.staffId, device: services.deviceId, id: `opgewaardeerd:${crypto.randomUUID()}`, covers: services.permissions.covers,
    })
    if (!result.ok) return setError(t(`credits.error.${result.code}`))
    setBusy(true)
    setError(null)
    try {
      await recordCredit(services.db.ledger, result.entry)
      onSaved(t('credits.flex.saved', { name, hours: formatAmount(t, 'flexuren', result.entry.amount) }))
    } catch (e) {
      setError(t('credits.saveFailed', { message: failureMessage(e, t) }))
      setBusy(false)
    }
  }

  return (
    <ModalDialog title={t('credits.flex.topUpTitle')} onClose={onClose}>
      <form className="row-dialog-form" onSubmit={(e) => void save(e)} noValidate>
        <p>{t('credits.add.for', { name })}</p>
        <label htmlFor={`${id}-hours`}>{t('credits.flex.hours')}</label>
        <input id={`${id}-hours`} type="text" inputMode="decimal" required value={hours} disabled={!open.ok} onChange={(e) => setHours(e.target.value)} />
        <label htmlFor={`${id}-note`}>{t('credits.flex.note')}</label>
        <textarea id={`${id}-note`} maxLength={2000} value={note} disabled={!open.ok} onChange={(e) => setNote(e.target.value)} />
        {open.ok && <p className="row-dialog-hint">{t('credits.flex.validUntil', { date: dutchDate(flexValidUntil(today)) })}</p>}
        {error && <p role="alert" className="error">{error}</p>}
        <div className="row-dialog-buttons">
          <button type="submit" disabled={busy || !open.ok}>{t('credits.flex.save')}</button>
          <button type="button" onClick={onClose}>{t('credits.cancel')}</button>
        </div>
      </form>
    </ModalDialog>
  )
}
