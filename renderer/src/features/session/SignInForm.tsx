// F1: signing in with username and password, and optionally the PIN for the quick switch later. Main
// signs in online when the server answers, otherwise offline with this PC's verifier (≤ 14 days).
import { useEffect, useId, useState, type FormEvent } from 'react'
import type { Bridge } from '../../../../shared/api'
import type { SessionStore } from '../../app/session-store'
import { useT } from '../../i18n/i18n-context'
import { useSessionCall } from './use-session-call'

export function SignInForm({ bridge, sessions, staffId: suggested }: { bridge: Bridge; sessions: SessionStore; staffId?: string }) {
  const t = useT()
  const id = useId()
  const [staffId, setStaffId] = useState(suggested ?? '')
  const [password, setPassword] = useState('')
  const [pin, setPin] = useState('')
  const { busy, error, call } = useSessionCall(bridge, sessions)
  useEffect(() => {
    if (suggested) setStaffId(suggested)
  }, [suggested])

  async function submit(event: FormEvent) {
    event.preventDefault()
    await call('session.signIn', { staffId: staffId.trim(), password, ...(pin ? { pin } : {}) })
    // Secrets do not stay in the page's memory longer than needed.
    setPassword('')
    setPin('')
  }

  return (
    <form className="session-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-user`}>{t('signIn.username')}</label>
      <input id={`${id}-user`} autoComplete="username" required value={staffId} onChange={(e) => setStaffId(e.target.value)} />
      <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
      <input id={`${id}-password`} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      <label htmlFor={`${id}-pin`}>{t('signIn.pin')}</label>
      <input id={`${id}-pin`} type="password" inputMode="numeric" autoComplete="off" pattern="\d{4,8}" value={pin} onChange={(e) => setPin(e.target.value)} />
      <button type="submit" disabled={busy}>{t('signIn.submit')}</button>
      {busy && <p role="status">{t('signIn.busy')}</p>}
      {error && <p role="alert" className="error">{t('signIn.failed', { message: error })}</p>}
    </form>
  )
}
