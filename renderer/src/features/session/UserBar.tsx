// F1 in the shell: who works here now (name and role), how they signed in, and the three ways to
// hand the PC over: Wisselen (quick switch), Vergrendelen, Afmelden.
import { useServices } from '../../app/app-services'
import { useT } from '../../i18n/i18n-context'
import { formatInstant } from '../../i18n/format-instant'
import type { MessageKey } from '../../i18n/nl'
import { useSessionCall } from './use-session-call'

export function UserBar({ onSwitch }: { onSwitch: () => void }) {
  const { user, session, bridge, sessions } = useServices()
  const t = useT()
  const { busy, error, call } = useSessionCall(bridge, sessions)
  return (
    <div className="user-bar">
      <span className="user-name">{t('session.user', { name: user.name, role: t(`role.${user.role}` as MessageKey) })}</span>
      {session.mode === 'offline' && session.offlineUntil && (
        <span className="offline-session">{t('session.offline', { until: formatInstant(session.offlineUntil) })}</span>
      )}
      <button type="button" onClick={onSwitch}>{t('session.switch')}</button>
      <button type="button" disabled={busy} onClick={() => void call('session.lock', {})}>{t('session.lock')}</button>
      <button type="button" disabled={busy} onClick={() => void call('session.signOut', {})}>{t('session.signOut')}</button>
      {error && <span role="alert" className="error">{t('session.actionFailed', { message: error })}</span>}
    </div>
  )
}
