// Main's `app.update`, remembered: a downloaded version waits for the next time the app is closed, so
// the notice stays while the shell comes and goes (lock, Tekenmodus, another user).
import { BehaviorSubject, type Observable } from 'rxjs'
import type { Bridge } from '../../../shared/api'

export function watchUpdate(bridge: Bridge): { readonly version$: Observable<string | null>; stop(): void } {
  const subject = new BehaviorSubject<string | null>(null)
  const off = bridge.on('app.update', ({ version }) => subject.next(version))
  return { version$: subject.asObservable(), stop: off }
}
