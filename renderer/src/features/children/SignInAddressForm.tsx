// Customer service chooses which of a parent's addresses signs in to the parent portal (F8), instead
// of removing an address in the planning system and forcing the import (the FAQ's trick). Saving
// writes a journal `inlogadres` fact; the card shows the new address at once, offline, and the server
// applies it to the child once synced.
import { useId, useState, type FormEvent } from 'react'
import type { Child, JournalEntry, Parent } from '../../../../shared/domain'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { useT } from '../../i18n/i18n-context'
import { insertFact } from '../attendance/insert-fact'
import { factLocation } from './fact-location'
import { signInChoice, signInFactId } from './sign-in-address'

export interface SignInAddressFormProps {
  child: Child
  parent: Parent
  facts: readonly JournalEntry[]
  /** The address that signs in now (signInAddress). */
  current: string
  today: string
}

export function SignInAddressForm({ child, parent, facts, current, today }: SignInAddressFormProps) {
  const services = useServices()
  const t = useT()
  const id = useId()
  const [picked, setPicked] = useState<string | null>(null)
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const email = picked !== null && parent.emails.includes(picked) ? picked : current

  async function save(event: FormEvent) {
    event.preventDefault()
    const result = signInChoice({
      child, rank: parent.rank, email, facts, locationId: factLocation(child, today, services.permissions.covers),
      by: services.staffId, device: services.deviceId, at: serverNow(services.status.current()),
      id: signInFactId(child.id, parent.rank, crypto.randomUUID()),
    })
    if (!result.ok) return setMessage({ text: t(`children.signIn.error.${result.code}`, { name: parent.name, email }), alert: true })
    setBusy(true)
    try {
      await insertFact(services.db.journal, result.fact)
      setPicked(null)
      setMessage({ text: t('children.signIn.saved', { name: parent.name, email }), alert: false })
    } catch (e) {
      setMessage({ text: t('children.saveFailed', { message: failureMessage(e, t) }), alert: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="sign-in-form" onSubmit={(e) => void save(e)}>
      <label htmlFor={`${id}-address`}>{t('children.signIn.label')}</label>
      <select id={`${id}-address`} value={email} onChange={(e) => setPicked(e.target.value)}>
        {parent.emails.map((address) => <option key={address} value={address}>{address}</option>)}
      </select>
      <button type="submit" disabled={busy}>{t('children.signIn.save')}</button>
      {message && <p role={message.alert ? 'alert' : 'status'} className={message.alert ? 'error' : undefined}>{message.text}</p>}
    </form>
  )
}
