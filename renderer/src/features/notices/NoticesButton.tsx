// The way into F7's notices from the shell, with the number not read yet in its name.
import { useServices } from '../../app/app-services'
import { useT } from '../../i18n/i18n-context'
import { useNotices } from './use-notices'

export function NoticesButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { db, deviceId } = useServices()
  const t = useT()
  const { notices } = useNotices(db, deviceId)
  const unread = notices.filter((n) => !n.readAt).length
  return (
    <button type="button" className={unread > 0 ? 'notices-button notices-button--unread' : 'notices-button'} aria-expanded={open} data-unread={unread} onClick={onToggle}>
      {t('notices.button', { count: unread })}
    </button>
  )
}
