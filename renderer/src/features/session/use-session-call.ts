// Calling one of main's session methods from a screen: busy while it runs, the Dutch failure message
// when it fails, and the new session state handed to the store at once (the event may come later).
import { useCallback, useState } from 'react'
import type { Args, Bridge } from '../../../../shared/api'
import { failureMessage } from '../../app/failure-message'
import type { SessionStore } from '../../app/session-store'

export type SessionMethod = 'session.signIn' | 'session.switch' | 'session.lock' | 'session.signOut'

export function useSessionCall(bridge: Bridge, sessions: SessionStore) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const call = useCallback(async <M extends SessionMethod>(method: M, args: Args<M>): Promise<boolean> => {
    setBusy(true)
    setError(null)
    try {
      sessions.accept(await bridge.invoke(method, args))
      return true
    } catch (e) {
      setError(failureMessage(e))
      return false
    } finally {
      setBusy(false)
    }
  }, [bridge, sessions])
  return { busy, error, call }
}
