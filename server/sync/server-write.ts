// Documents the server itself writes (an import, the parent portal's channel, the outbox's delivery
// facts, a privacy deletion): like a push, under the seq counter lock, in one transaction, announced
// to the PCs in commit order. The work decides under the lock, so what it read cannot change before
// its writes commit.
import type { ChangeEvent, SyncDoc } from '../../shared/sync'
import type { Db, Queryable } from '../db/db'
import { writeDocuments, type StoredDoc, type WriteMetaFor } from './document-store'
import type { OrderedPublisher, PublishSlot } from './ordered-publisher'
import { changeEvent } from './push'
import { lockSeqCounter, setSeqCounter } from './seq-counter'

export interface ServerWrites {
  collection: string
  /** Whole documents (with `_deleted`), as they are to be stored. */
  docs: readonly SyncDoc[]
  meta: WriteMetaFor
}

export interface ServerWriteDeps {
  db: Db
  publisher: OrderedPublisher
}

/** What the work decided: its answer, and what to store (nothing is stored when `writes` is empty). */
export interface ServerWork<T> {
  result: T
  writes: readonly ServerWrites[]
}

/**
 * Runs `work` under the counter lock, stores its writes with consecutive seqs and announces them.
 * A thrown error rolls everything back: nothing is half-written.
 */
export async function writeAsServer<T>(deps: ServerWriteDeps, work: (q: Queryable) => Promise<ServerWork<T>>): Promise<T> {
  let slot: PublishSlot | undefined
  let events: ChangeEvent[] = []
  try {
    const result = await deps.db.tx(async (q) => {
      const lastSeq = await lockSeqCounter(q)
      const decided = await work(q)
      let seq = lastSeq
      const written: { collection: string; stored: StoredDoc[] }[] = []
      for (const w of decided.writes) {
        const stored = await writeDocuments(q, w.collection, w.docs, seq, w.meta)
        seq += stored.length
        written.push({ collection: w.collection, stored })
      }
      if (seq > lastSeq) await setSeqCounter(q, seq)
      events = written.map((w) => changeEvent(w.collection, w.stored)).filter((e) => e !== null)
      if (events.length > 0) await deps.publisher.announceWithin(q, events)
      slot = deps.publisher.reserve() // still under the counter lock: the commit order
      return decided.result
    })
    slot?.fill(events)
    return result
  } catch (error) {
    slot?.cancel()
    throw error
  }
}
