// Change events must reach the PCs in commit order: a PC that got a newer version of a document
// and then, late, an older one would show the older one until its next resync. Writers commit in
// seq order (seq-counter.ts), but the code after each COMMIT runs in whatever order the sockets
// answer. So a writer reserves its place while it still holds the counter lock (the order of
// reservations is the commit order) and fills it after the commit; places are published strictly
// in reservation order. A bus that announces inside the transaction (LISTEN/NOTIFY) needs none of
// this: PostgreSQL delivers notifications in commit order.
import type { ChangeEvent } from '../../shared/sync'
import type { Queryable } from '../db/db'
import type { ChangeBus } from './change-bus'

export interface PublishSlot {
  /** After the commit: the events to publish (one per collection written), or null when the write stored nothing. */
  fill(events: ChangeEvent | readonly ChangeEvent[] | null): void
  /** The transaction rolled back: nothing to publish, stop holding up later slots. */
  cancel(): void
}

export interface OrderedPublisher {
  /** Call inside the writing transaction, while it holds the counter lock. */
  reserve(): PublishSlot
  /** Call inside the writing transaction, after its writes: announces them where the bus does so. */
  announceWithin(q: Queryable, events: readonly ChangeEvent[]): Promise<void>
}

const noSlot: PublishSlot = { fill: () => undefined, cancel: () => undefined }

export function createOrderedPublisher(bus: ChangeBus): OrderedPublisher {
  const announce = bus.announceWithin?.bind(bus)
  if (announce !== undefined) return { reserve: () => noSlot, announceWithin: announce }

  const queue: { settled: boolean; events: readonly ChangeEvent[] }[] = []
  const flush = () => {
    while (queue[0]?.settled === true) {
      for (const event of queue.shift()!.events) bus.publish(event)
    }
  }
  return {
    reserve() {
      const entry = { settled: false, events: [] as readonly ChangeEvent[] }
      queue.push(entry)
      const settle = (events: ChangeEvent | readonly ChangeEvent[] | null) => {
        if (entry.settled) return
        entry.settled = true
        entry.events = events === null ? [] : isEventList(events) ? events : [events]
        flush()
      }
      return { fill: settle, cancel: () => settle(null) }
    },
    announceWithin: async () => undefined,
  }
}

function isEventList(events: ChangeEvent | readonly ChangeEvent[]): events is readonly ChangeEvent[] {
  return Array.isArray(events)
}
