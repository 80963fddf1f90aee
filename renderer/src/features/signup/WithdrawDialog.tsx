// `Inschrijving intrekken`: the reason is required; the line stays on the sheet, marked withdrawn, and
// the withdrawal is a journal fact of its own (withdraw-line.ts). A line withdrawn meanwhile on another
// PC keeps that withdrawal.
import { useId, useState, type FormEvent } from 'react'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { useT } from '../../i18n/i18n-context'
import { ModalDialog } from '../attendance/ModalDialog'
import { whenLabel } from './line-labels'
import type { SheetRow } from './sheet-rows'
import { withdrawLine } from './withdraw-line'

export interface WithdrawDialogProps {
  row: SheetRow
  sheetClosed: boolean
  onClose: () => void
  onDone: (message: string) => void
}

export function WithdrawDialog({ row, sheetClosed, onClose, onDone }: WithdrawDialogProps) {
  const services = useServices()
  const t = useT()
  const id = useId()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const result = await withdrawLine(services.db.journal, {
        line: row.line, status: row.status, sheetClosed, reason,
        by: services.staffId, device: services.deviceId, at: serverNow(services.status.current()).toISOString(),
      })
      if (!result.ok) {
        setError(t(`signup.error.${result.code}`))
        setBusy(false)
        return
      }
      onDone(result.stored ? t('signup.withdrawn', { name: row.childName }) : t('signup.withdrawnElsewhere'))
    } catch (e) {
      setError(t('signup.saveFailed', { message: failureMessage(e, t) }))
      setBusy(false)
    }
  }

  return (
    <ModalDialog title={t('signup.withdraw.title')} onClose={onClose}>
      <form className="row-dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <p>{t('signup.withdraw.intro', { name: row.childName, when: whenLabel(t, row.line), parent: row.line.parentName })}</p>
        <label htmlFor={`${id}-reason`}>{t('signup.withdraw.reason')}</label>
        <textarea id={`${id}-reason`} value={reason} maxLength={2000} required onChange={(e) => setReason(e.target.value)} />
        {error && <p role="alert" className="error">{error}</p>}
        <div className="row-dialog-buttons">
          <button type="submit" disabled={busy}>{t('signup.withdraw.submit')}</button>
          <button type="button" onClick={onClose}>{t('signup.withdraw.cancel')}</button>
        </div>
      </form>
    </ModalDialog>
  )
}
