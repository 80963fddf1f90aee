// R11 for a bulk approval: the approvals that find no room in their group are confirmed together,
// with ONE reason recorded on each of them (not a question per request).
import { useId, useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import { ModalDialog } from '../attendance/ModalDialog'

export interface BulkReasonDialogProps {
  withoutRoom: number
  total: number
  onConfirm: (reason: string) => void
  onCancel: () => void
}

export function BulkReasonDialog({ withoutRoom, total, onConfirm, onCancel }: BulkReasonDialogProps) {
  const t = useT()
  const id = useId()
  const [reason, setReason] = useState('')
  return (
    <ModalDialog title={t('approval.bulk.reasonTitle')} onClose={onCancel}>
      <form method="dialog" className="approval-reason" onSubmit={(e) => { e.preventDefault(); if (reason.trim() !== '') onConfirm(reason.trim()) }}>
        <p>{t('approval.bulk.reasonIntro', { count: withoutRoom, total })}</p>
        <label htmlFor={`${id}-reason`}>{t('approval.reason')}</label>
        <textarea id={`${id}-reason`} value={reason} maxLength={2000} required onChange={(e) => setReason(e.target.value)} />
        <div className="approval-buttons">
          <button type="submit" disabled={reason.trim() === ''}>{t('approval.confirm')}</button>
          <button type="button" onClick={onCancel}>{t('approval.cancel')}</button>
        </div>
      </form>
    </ModalDialog>
  )
}
