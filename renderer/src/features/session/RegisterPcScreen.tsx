// F1: a manager registers this PC once, online, with their own account; main keeps the device token.
// Without locationIds the PC is registered for all the manager's locations (customer service: 'all').
import { useId, useState, type FormEvent } from 'react'
import type { Bridge } from '../../../../shared/api'
import { failureMessage } from '../../app/failure-message'
import { useT } from '../../i18n/i18n-context'

export function RegisterPcScreen({ bridge, onRegistered }: { bridge: Bridge; onRegistered: () => void }) {
  const t = useT()
  const id = useId()
  const [name, setName] = useState('')
  const [staffId, setStaffId] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await bridge.invoke('device.register', { staffId: staffId.trim(), password, name: name.trim() })
      setPassword('')
      onRegistered()
    } catch (e) {
      setPassword('')
      setError(failureMessage(e, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="session-screen">
      <h1>{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      <form className="session-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-name`}>{t('register.pcName')}</label>
        <input id={`${id}-name`} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor={`${id}-user`}>{t('register.username')}</label>
        <input id={`${id}-user`} autoComplete="username" required value={staffId} onChange={(e) => setStaffId(e.target.value)} />
        <label htmlFor={`${id}-password`}>{t('register.password')}</label>
        <input id={`${id}-password`} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" disabled={busy}>{t('register.submit')}</button>
        {busy && <p role="status">{t('register.busy')}</p>}
        {error && <p role="alert" className="error">{t('register.failed', { message: error })}</p>}
      </form>
    </main>
  )
}
