// Streams documents into the documents table in batches: one multi-row INSERT per batch, each in
// its own short transaction with seqs from the counter, so a big data set never holds the writer
// lock for long and never needs to be in memory at once (the source may be a generator).
import type { Db } from '../db/db'
import type { SyncDoc } from '../../shared/sync'
import { writeDocuments, type WriteMeta } from '../sync/document-store'
import { lockSeqCounter, setSeqCounter } from '../sync/seq-counter'

/** Any document with an id: the demo's typed documents need no index signature to pass. */
export type SeedDocument = { readonly id: string; readonly _deleted?: boolean }
export type SeedCollections = Readonly<Partial<Record<string, Iterable<SeedDocument>>>>

export const DEFAULT_BATCH_SIZE = 1000

export async function insertInBatches(
  db: Db, collections: SeedCollections, meta: WriteMeta, batchSize = DEFAULT_BATCH_SIZE,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const [collection, docs] of Object.entries(collections)) {
    if (docs === undefined) continue
    let batch: SyncDoc[] = []
    const flush = async () => {
      const docsToWrite = batch
      batch = []
      await db.tx(async (q) => {
        const last = await lockSeqCounter(q)
        const written = await writeDocuments(q, collection, docsToWrite, last, meta)
        await setSeqCounter(q, last + written.length)
      })
    }
    counts[collection] = 0
    for (const doc of docs) {
      // RxDB adds _deleted itself; a generated document may leave it out.
      batch.push({ ...doc, _deleted: doc._deleted ?? false })
      counts[collection] += 1
      if (batch.length >= batchSize) await flush()
    }
    if (batch.length > 0) await flush()
  }
  return counts
}
