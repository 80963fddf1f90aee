// `Afwijzen <kind>`: a rejection needs a reason, because the location sees it on its sheet (F6).
import { useId, useState, type FormEvent } from 'react'
import { useT } from '../../i18n/i18n-context'
import { ModalDialog } from '../attendance/ModalDialog'

export interface RejectDialogProps {
  childName: string
  date: string
  /** Stores the rejection; resolves false when it was not stored (the dialog then stays open). */
  onReject: (reason: string) => Promise<boolean>
  onClose: () => void
}

export function RejectDialog({ childName, date, onReject, onClose }: RejectDialogProps) {
  const t = useT()
  const id = useId()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (reason.trim() === '') {
      setError(t('processing.reasonRequired'))
      return
    }
    setBusy(true)
    setError(null)
    if (!(await onReject(reason))) setBusy(false)
  }

  return (
    <ModalDialog title={t('processing.rejectTitle')} onClose={onClose}>
      <form className="row-dialog-form" onSubmit={(e) => void submit(e)}>
        <p>{t('processing.rejectWhich', { name: childName, date })}</p>
        <label htmlFor={`${id}-reason`}>{t('processing.reason')}</label>
        <textarea id={`${id}-reason`} value={reason} maxLength={2000} aria-required="true" rows={3} onChange={(e) => setReason(e.target.value)} />
        {error && <p role="alert" className="error">{error}</p>}
        <div className="row-dialog-buttons">
          <button type="submit" disabled={busy}>{t('processing.rejectConfirm')}</button>
          <button type="button" onClick={onClose}>{t('processing.cancel')}</button>
        </div>
      </form>
    </ModalDialog>
  )
}
