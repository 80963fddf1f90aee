// Who works on this PC, as main keeps it (F1): asked once, then kept current by the bridge's
// `session.changed` event and by the answers of the session methods (which carry the new state too).
import { BehaviorSubject, type Observable } from 'rxjs'
import type { Bridge, SessionState } from '../../../shared/api'

export interface SessionStore {
  readonly session$: Observable<SessionState | null>
  /** The latest state, or null before main has answered. */
  current(): SessionState | null
  /** A session method answered with this state. */
  accept(state: SessionState): void
  stop(): void
}

export function watchSession(bridge: Bridge): SessionStore {
  const subject = new BehaviorSubject<SessionState | null>(null)
  let heard = false
  const off = bridge.on('session.changed', (state) => {
    heard = true
    subject.next(state)
  })
  bridge.invoke('session.current', {}).then(
    (state) => {
      // An event that arrived meanwhile is newer than this answer.
      if (!heard) subject.next(state)
    },
    () => {},
  )
  return {
    session$: subject.asObservable(),
    current: () => subject.value,
    accept: (state) => subject.next(state),
    stop: off,
  }
}

/** Main's `device.revoked` event, remembered: a revoked PC stays revoked until it is registered again. */
export function watchRevoked(bridge: Bridge): { readonly revoked$: Observable<boolean>; stop(): void } {
  const subject = new BehaviorSubject(false)
  const off = bridge.on('device.revoked', () => subject.next(true))
  return { revoked$: subject.asObservable(), stop: off }
}
