// Committed writes fan out to the open event streams through this bus. The local bus lives in one
// process (PGlite, which lives in one process too); pg-change-bus.ts spans server instances on one
// PostgreSQL through LISTEN/NOTIFY. Publishers and the SSE route only see this interface.
import type { ChangeEvent } from '../../shared/sync'
import type { Queryable } from '../db/db'

export interface ChangeBus {
  /** Called after the write committed, never inside the transaction. */
  publish(event: ChangeEvent): void
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: ChangeEvent) => void): () => void
  /**
   * A bus that fans out through the database announces inside the writing transaction instead of
   * publishing after it: the database then delivers in commit order, to every instance alike. When
   * present, writers call this and never publish.
   */
  announceWithin?(q: Queryable, events: readonly ChangeEvent[]): Promise<void>
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
