// The PC's connection to the server as main reports it (online, last sync, clock offset): asked once,
// then kept current by the bridge's `sync.status` event.
import { BehaviorSubject, type Observable } from 'rxjs'
import type { Bridge, SyncStatus } from '../../../shared/api'

export interface SyncStatusStore {
  readonly status$: Observable<SyncStatus | null>
  /** The latest status, or null before main has answered. */
  current(): SyncStatus | null
  stop(): void
}

export function watchSyncStatus(bridge: Bridge): SyncStatusStore {
  const subject = new BehaviorSubject<SyncStatus | null>(null)
  let heardEvent = false
  const off = bridge.on('sync.status', (status) => {
    heardEvent = true
    subject.next(status)
  })
  bridge.invoke('sync.status', {}).then(
    (status) => {
      // An event that arrived meanwhile is newer than this answer.
      if (!heardEvent) subject.next(status)
    },
    () => {},
  )
  return { status$: subject.asObservable(), current: () => subject.value, stop: off }
}

/**
 * "Now" on the server's clock: the PC's clock corrected by the offset measured at the last sync
 * (SPEC §4: time rules and recorded times use it). `serverOffsetMs` is PC minus server.
 */
export function serverNow(status: SyncStatus | null, pcNowMs: number = Date.now()): Date {
  return new Date(pcNowMs - (status?.serverOffsetMs ?? 0))
}
