// Committed writes fan out to the open event streams through this bus. For now it lives in one
// process; issue 4 adds an implementation over PostgreSQL LISTEN/NOTIFY so that several server
// instances share one stream of changes. Publishers and the SSE route only see this interface.
import type { ChangeEvent } from '../../shared/sync'

export interface ChangeBus {
  /** Called after the write committed, never inside the transaction. */
  publish(event: ChangeEvent): void
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: ChangeEvent) => void): () => void
}

export function createLocalChangeBus(): ChangeBus {
  const listeners = new Set<(event: ChangeEvent) => void>()
  return {
    publish(event) {
      for (const listener of [...listeners]) {
        // One broken subscriber (a stream that just died) must not keep the others from the change.
        try {
          listener(event)
        } catch {
          listeners.delete(listener)
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
