// `Nieuw wachtwoord verzenden` for one parent, and what became of the last request: queued (on this
// PC until it syncs, then at the server's outbox) or sent, with the moment the outbox delivered it.
// The request is stored locally and the card says so at once; a second one while the first is still
// queued is refused with the reason (password-request.ts).
import { useState } from 'react'
import type { Child, JournalEntry, Parent } from '../../../../shared/domain'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { formatInstant } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { insertFact } from '../attendance/insert-fact'
import { factLocation } from './fact-location'
import { passwordFactId, passwordRequest, passwordStatus } from './password-request'

export interface PasswordResetProps {
  child: Child
  parent: Parent
  facts: readonly JournalEntry[]
  deliveries: readonly JournalEntry[]
  today: string
  /** The parent has an address and this user may send (permission 'wachtwoord.verzenden'). */
  mayRequest: boolean
}

export function PasswordReset({ child, parent, facts, deliveries, today, mayRequest }: PasswordResetProps) {
  const services = useServices()
  const t = useT()
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const status = passwordStatus(parent.rank, facts, deliveries)

  async function send() {
    const result = passwordRequest({
      child, rank: parent.rank, facts, deliveries, locationId: factLocation(child, today, services.permissions.covers),
      by: services.staffId, device: services.deviceId, at: serverNow(services.status.current()),
      id: passwordFactId(child.id, parent.rank, crypto.randomUUID()),
    })
    if (!result.ok) return setMessage({ text: t(`children.password.error.${result.code}`, { name: parent.name }), alert: true })
    setBusy(true)
    try {
      await insertFact(services.db.journal, result.fact)
      setMessage({ text: t('children.password.saved', { name: parent.name }), alert: false })
    } catch (e) {
      setMessage({ text: t('children.saveFailed', { message: failureMessage(e, t) }), alert: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="password-reset">
      {status && (
        <p className={`password-status password-status--${status.state}`}>
          {status.state === 'wachtrij'
            ? t('children.password.queued', { time: formatInstant(status.requestedAt) })
            : t('children.password.sent', { time: formatInstant(status.deliveredAt) })}
        </p>
      )}
      {mayRequest && <button type="button" disabled={busy} onClick={() => void send()}>{t('children.password.send')}</button>}
      {message && <p role={message.alert ? 'alert' : 'status'} className={message.alert ? 'error' : undefined}>{message.text}</p>}
    </div>
  )
}
