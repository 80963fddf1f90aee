// Calling one of main's session methods from a screen: busy while it runs, the failure message when
// it fails (in the current language: kept as the failure, so a language switch re-words it), and the new session state handed to the store at once (the event may come later).
import { useCallback, useState } from 'react'
import type { Args, Bridge } from '../../../../shared/api'
import { failureMessage } from '../../app/failure-message'
import type { SessionStore } from '../../app/session-store'
import { useT } from '../../i18n/i18n-context'

export type SessionMethod = 'session.signIn' | 'session.switch' | 'session.lock' | 'session.signOut'

export function useSessionCall(bridge: Bridge, sessions: SessionStore) {
  const [busy, setBusy] = useState(false)
  const t = useT()
  const [failure, setFailure] = useState<{ error: unknown } | null>(null)
  const call = useCallback(async <M extends SessionMethod>(method: M, args: Args<M>): Promise<boolean> => {
    setBusy(true)
    setFailure(null)
    try {
      sessions.accept(await bridge.invoke(method, args))
      return true
    } catch (e) {
      setFailure({ error: e })
      return false
    } finally {
      setBusy(false)
    }
  }, [bridge, sessions])
  return { busy, error: failure ? failureMessage(failure.error, t) : null, call }
}
