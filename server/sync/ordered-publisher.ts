// Change events must reach the PCs in commit order: a PC that got a newer version of a document
// and then, late, an older one would show the older one until its next resync. Writers commit in
// seq order (seq-counter.ts), but the code after each COMMIT runs in whatever order the sockets
// answer. So a writer reserves its place while it still holds the counter lock (the order of
// reservations is the commit order) and fills it after the commit; places are published strictly
// in reservation order.
import type { ChangeEvent } from '../../shared/sync'
import type { ChangeBus } from './change-bus'

export interface PublishSlot {
  /** After the commit: the event to publish, or null when the write stored nothing. */
  fill(event: ChangeEvent | null): void
  /** The transaction rolled back: nothing to publish, stop holding up later slots. */
  cancel(): void
}

export interface OrderedPublisher {
  /** Call inside the writing transaction, while it holds the counter lock. */
  reserve(): PublishSlot
}

export function createOrderedPublisher(bus: ChangeBus): OrderedPublisher {
  const queue: { settled: boolean; event: ChangeEvent | null }[] = []
  const flush = () => {
    while (queue[0]?.settled === true) {
      const { event } = queue.shift()!
      if (event !== null) bus.publish(event)
    }
  }
  return {
    reserve() {
      const entry = { settled: false, event: null as ChangeEvent | null }
      queue.push(entry)
      const settle = (event: ChangeEvent | null) => {
        if (entry.settled) return
        entry.settled = true
        entry.event = event
        flush()
      }
      return { fill: settle, cancel: () => settle(null) }
    },
  }
}
