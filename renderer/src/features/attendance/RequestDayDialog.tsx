// R12 for the parent: an absence is not undone; the child comes after all through a new request (R1
// applies), which may spend the swap hours that absence earned. From the list row, Dag aanvragen
// opens the same form as its own screen (features/requests), prefilled with the child, the list's
// group and its date.
import { useT } from '../../i18n/i18n-context'
import { RequestForm } from '../requests/RequestForm'
import '../requests/requests.css'
import { ModalDialog } from './ModalDialog'

export interface RequestDayDialogProps {
  childId: string
  name: string
  groupId: string
  date: string
  onClose: () => void
}

export function RequestDayDialog({ childId, name, groupId, date, onClose }: RequestDayDialogProps) {
  const t = useT()
  return (
    <ModalDialog title={t('request.dialogTitle', { name })} onClose={onClose}>
      <p className="request-hint">{t('request.afterAbsence', { name })}</p>
      <RequestForm initial={{ childId, groupId, date }} onClose={onClose} />
    </ModalDialog>
  )
}
