// The screens where nobody works yet: Aanmelden (nobody signed in), Vergrendeld (the idle lock) and
// Wisselen (another person takes over). They show no data of children: when the PC is locked this is
// the ONLY thing rendered, so nothing of the list stays in the page (F1: the lock blanks the screen).
import { useId, useState } from 'react'
import type { Bridge, RecentUser } from '../../../../shared/api'
import type { SessionStore } from '../../app/session-store'
import { useT } from '../../i18n/i18n-context'
import { QuickSwitch } from './QuickSwitch'
import { SignInForm } from './SignInForm'

export interface SessionScreenProps {
  bridge: Bridge
  sessions: SessionStore
  kind: 'sign-in' | 'locked' | 'switch'
  today: readonly RecentUser[]
  onCancel?: () => void
}

export function SessionScreen({ bridge, sessions, kind, today, onCancel }: SessionScreenProps) {
  const t = useT()
  const formTitle = useId()
  const [passwordFor, setPasswordFor] = useState<string | undefined>(undefined)
  const title = kind === 'locked' ? t('lock.title') : kind === 'switch' ? t('switch.title') : t('signIn.title')
  const form = <SignInForm bridge={bridge} sessions={sessions} {...(passwordFor ? { staffId: passwordFor } : {})} />
  const quick = kind !== 'switch' || today.length > 0
    ? <QuickSwitch bridge={bridge} sessions={sessions} users={today} onPasswordNeeded={(user) => setPasswordFor(user.id)} />
    : null
  return (
    <main className={`session-screen session-screen--${kind}`}>
      <h1>{title}</h1>
      {kind === 'locked' && <p>{t('lock.intro')}</p>}
      {kind === 'sign-in' ? (
        <>
          {form}
          {quick}
        </>
      ) : (
        <>
          {quick}
          <section aria-labelledby={formTitle}>
            <h2 id={formTitle}>{t('signIn.title')}</h2>
            {form}
          </section>
        </>
      )}
      {onCancel && <button type="button" onClick={onCancel}>{t('switch.cancel')}</button>}
    </main>
  )
}
