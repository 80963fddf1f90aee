// R12 for the parent: an absence is not undone; the child comes after all through a new request (R1
// applies), which may spend the swap hours that absence earned. The request form arrives with the
// approval queue (F3/F4): until then this says so plainly instead of leading nowhere.
import { useT } from '../../i18n/i18n-context'
import { ModalDialog } from './ModalDialog'

export function RequestDayDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const t = useT()
  return (
    <ModalDialog title={t('requestDay.title', { name })} onClose={onClose}>
      <p>{t('requestDay.message', { name })}</p>
      <p role="status">{t('requestDay.pending')}</p>
      <div className="row-dialog-buttons">
        <button type="button" autoFocus onClick={onClose}>{t('requestDay.close')}</button>
      </div>
    </ModalDialog>
  )
}
