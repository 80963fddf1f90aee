// `Lijst sluiten` asks first: after closing nobody is added or withdrawn and customer service takes over.
import { useState } from 'react'
import { failureMessage } from '../../app/failure-message'
import { useT } from '../../i18n/i18n-context'
import { ModalDialog } from '../attendance/ModalDialog'

export interface CloseSheetDialogProps {
  /** Lines that stand on the sheet. */
  count: number
  onConfirm: () => Promise<void>
  onClose: () => void
}

export function CloseSheetDialog({ count, onConfirm, onClose }: CloseSheetDialogProps) {
  const t = useT()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function confirm() {
    setBusy(true)
    setError(null)
    try {
      await onConfirm()
    } catch (e) {
      setError(t('signup.saveFailed', { message: failureMessage(e, t) }))
      setBusy(false)
    }
  }

  return (
    <ModalDialog title={t('signup.close.title')} onClose={onClose}>
      <p>{t('signup.close.intro', { count })}</p>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="row-dialog-buttons">
        <button type="button" disabled={busy} onClick={() => void confirm()}>{t('signup.close.submit')}</button>
        <button type="button" onClick={onClose}>{t('signup.close.cancel')}</button>
      </div>
    </ModalDialog>
  )
}
