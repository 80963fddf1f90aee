// RxDB's push handler on the server: compare-and-set per row. A row is written when its assumed
// master state is the stored document (or both are absent); otherwise the stored document comes
// back as a conflict. A row identical to the stored document is accepted without a write, so a
// retried push changes nothing. A refused document never fails the batch (a thrown batch is
// retried forever): it is answered with the stored state, when there is one, and reported in
// `refused` so that issue 4 can write a notice for the PC.
import type { Db, Queryable } from '../db/db'
import type { ChangeEvent, PushRow, SyncDoc } from '../../shared/sync'
import type { OrderedPublisher, PublishSlot } from './ordered-publisher'
import { readDocuments, writeDocuments, type StoredDoc, type WriteMeta } from './document-store'
import { withoutReplicationFields } from './replication-fields'
import { sameDocument } from './same-document'
import { lockSeqCounter, setSeqCounter } from './seq-counter'
import type { ValidatePush } from './validate-push'

export interface PushOutcome {
  conflicts: SyncDoc[]
  refused: { id: string | null; reason: string }[]
  /** What this push stored, in seq order (empty when every row was a conflict or a retry). */
  written: StoredDoc[]
}

/** The push inside a caller's transaction (tests use it to hold a transaction open). */
export async function pushWithin(
  q: Queryable, collection: string, rows: readonly PushRow[], meta: WriteMeta, validate: ValidatePush,
): Promise<PushOutcome> {
  // The lock first: from here on no other writer can change what we compare against.
  const lastSeq = await lockSeqCounter(q)
  const checked = rows.map((row) => ({ row, verdict: validate(collection, row.newDocumentState) }))
  // Refused rows too: their answer is the stored state, when there is one.
  const ids = [...new Set(rows.flatMap((r) => idOf(r.newDocumentState) ?? []))]
  const master = await readDocuments(q, collection, ids)

  const conflicts: SyncDoc[] = []
  const refused: PushOutcome['refused'] = []
  // Later rows for the same id see the earlier rows' result; only the last state is written.
  const toWrite = new Map<string, SyncDoc>()
  for (const { row, verdict } of checked) {
    if (!verdict.ok) {
      const id = idOf(row.newDocumentState)
      refused.push({ id, reason: verdict.reason })
      const stored = id === null ? undefined : master.get(id)
      if (stored !== undefined) conflicts.push(stored)
      continue
    }
    const next = withoutReplicationFields(verdict.doc)
    const stored = master.get(next.id)
    if (stored !== undefined && sameDocument(next, stored)) continue
    const assumed = row.assumedMasterState === undefined ? undefined : withoutReplicationFields(row.assumedMasterState)
    // No stored document: nothing to conflict with, so the write wins (RxDB's own servers do the same).
    if (stored === undefined || (assumed !== undefined && sameDocument(assumed, stored))) {
      toWrite.delete(next.id)
      toWrite.set(next.id, next)
      master.set(next.id, next)
    } else {
      conflicts.push(stored)
    }
  }

  const written = await writeDocuments(q, collection, [...toWrite.values()], lastSeq, meta)
  if (written.length > 0) await setSeqCounter(q, lastSeq + written.length)
  return { conflicts, refused, written }
}

/** One push in its own transaction; announces the stored documents, in commit order, once committed. */
export async function push(
  db: Db, publisher: OrderedPublisher, collection: string, rows: readonly PushRow[], meta: WriteMeta, validate: ValidatePush,
): Promise<PushOutcome> {
  let slot: PublishSlot | undefined
  try {
    const outcome = await db.tx(async (q) => {
      const result = await pushWithin(q, collection, rows, meta, validate)
      slot = publisher.reserve() // still holding the counter lock: this is the commit order
      return result
    })
    slot?.fill(changeEvent(collection, outcome.written))
    return outcome
  } catch (error) {
    slot?.cancel()
    throw error
  }
}

export function changeEvent(collection: string, written: readonly StoredDoc[]): ChangeEvent | null {
  const last = written.at(-1)
  if (last === undefined) return null
  return { collection, documents: written.map((w) => w.doc), checkpoint: { seq: last.seq } }
}

function idOf(doc: unknown): string | null {
  if (typeof doc !== 'object' || doc === null) return null
  const id = (doc as Record<string, unknown>).id
  return typeof id === 'string' ? id : null
}
