// `Tekenmodus verlaten`: only a staff member gets the app back (F6). They pick themselves among the
// staff signed in on this PC today and prove it with their PIN, or their password when they have no
// PIN here (or a PIN locked out after wrong tries). Main checks it (session.signing.leave) as it does
// the quick switch; a refusal is shown as the quick switch shows it, and Tekenmodus stays.
import { useId, useState, type FormEvent } from 'react'
import type { Args, Bridge, RecentUser } from '../../../../../shared/api'
import { failureMessage } from '../../../app/failure-message'
import type { SessionStore } from '../../../app/session-store'
import { useT } from '../../../i18n/i18n-context'
import { ModalDialog } from '../../attendance/ModalDialog'

export interface LeaveSigningDialogProps {
  bridge: Pick<Bridge, 'invoke'>
  sessions: Pick<SessionStore, 'accept'>
  today: readonly RecentUser[]
  /** Preselected: the one who started Tekenmodus is most likely the one to end it. */
  currentUserId: string
  onClose(): void
}

export function LeaveSigningDialog({ bridge, sessions, today, currentUserId, onClose }: LeaveSigningDialogProps) {
  const t = useT()
  const id = useId()
  const [staffId, setStaffId] = useState(() => (today.some((u) => u.id === currentUserId) ? currentUserId : today[0]?.id ?? ''))
  const [secret, setSecret] = useState('')
  const [withPassword, setWithPassword] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const chosen = today.find((u) => u.id === staffId)
  const usePin = !!chosen?.hasPin && !withPassword

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!chosen || busy) return
    setBusy(true)
    setError(null)
    const args: Args<'session.signing.leave'> = usePin ? { staffId, pin: secret } : { staffId, password: secret }
    try {
      // The new state has signing null: PcApp shows the app again and this dialog unmounts with it.
      sessions.accept(await bridge.invoke('session.signing.leave', args))
    } catch (e) {
      setError(failureMessage(e, t))
      setSecret('')
      setBusy(false)
    }
  }

  return (
    <ModalDialog title={t('signing.leave')} onClose={onClose}>
      <p>{t('signing.leave.intro')}</p>
      <form className="session-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-staff`}>{t('signing.leave.staff')}</label>
        <select id={`${id}-staff`} value={staffId} onChange={(e) => { setStaffId(e.target.value); setSecret(''); setWithPassword(false) }}>
          {today.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
        <label htmlFor={`${id}-secret`}>{usePin ? t('signing.leave.pin') : t('signing.leave.password')}</label>
        {/* A text box masked by CSS (signing.css), not type=password: the UI contract finds it as a textbox. */}
        <input
          id={`${id}-secret`} type="text" className="masked-secret" autoComplete="off" autoCapitalize="off" spellCheck={false}
          required autoFocus value={secret} {...(usePin ? { inputMode: 'numeric' as const } : {})} onChange={(e) => setSecret(e.target.value)}
        />
        {chosen?.hasPin && (
          <button type="button" className="link-button" onClick={() => { setWithPassword((w) => !w); setSecret('') }}>
            {withPassword ? t('signing.leave.usePin') : t('signing.leave.usePassword')}
          </button>
        )}
        <div className="dialog-actions">
          <button type="submit" disabled={busy || !chosen}>{t('signing.leave.submit')}</button>
          <button type="button" onClick={onClose}>{t('signing.leave.cancel')}</button>
        </div>
      </form>
      {error && <p role="alert" className="error">{t('signing.leave.failed', { message: error })}</p>}
    </ModalDialog>
  )
}
