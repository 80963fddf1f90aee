// F1's quick switch: the staff who signed in on this PC today, each a button; choosing one asks for
// that person's PIN. Someone without a PIN on this PC is sent to the password form instead.
import { useId, useState, type FormEvent } from 'react'
import type { Bridge, RecentUser } from '../../../../shared/api'
import type { SessionStore } from '../../app/session-store'
import { useT } from '../../i18n/i18n-context'
import { useSessionCall } from './use-session-call'

export interface QuickSwitchProps {
  bridge: Bridge
  sessions: SessionStore
  users: readonly RecentUser[]
  /** The chosen person has no PIN here: fill in the password form for them. */
  onPasswordNeeded(user: RecentUser): void
}

export function QuickSwitch({ bridge, sessions, users, onPasswordNeeded }: QuickSwitchProps) {
  const t = useT()
  const id = useId()
  const [chosen, setChosen] = useState<RecentUser | null>(null)
  const [pin, setPin] = useState('')
  const { busy, error, call } = useSessionCall(bridge, sessions)
  if (users.length === 0) return null

  function choose(user: RecentUser) {
    setPin('')
    if (user.hasPin) setChosen(user)
    else {
      setChosen(null)
      onPasswordNeeded(user)
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!chosen) return
    await call('session.switch', { staffId: chosen.id, pin })
    setPin('')
  }

  return (
    <section className="quick-switch" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('switch.title')}</h2>
      <p>{t('switch.intro')}</p>
      <ul className="quick-switch-users">
        {users.map((user) => (
          <li key={user.id}>
            <button type="button" aria-pressed={chosen?.id === user.id} onClick={() => choose(user)}>{user.name}</button>
          </li>
        ))}
      </ul>
      {chosen && (
        <form className="session-form" onSubmit={(e) => void submit(e)}>
          <label htmlFor={`${id}-pin`}>{t('switch.pin')}</label>
          <input id={`${id}-pin`} type="password" inputMode="numeric" autoComplete="off" required autoFocus value={pin} onChange={(e) => setPin(e.target.value)} />
          <button type="submit" disabled={busy}>{t('switch.submit')}</button>
        </form>
      )}
      {error && <p role="alert" className="error">{t('switch.failed', { message: error })}</p>}
    </section>
  )
}
