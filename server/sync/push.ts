// RxDB's push handler on the server: every row is validated on its own (validate-push.ts), then
// written by compare-and-set. A row is written when its assumed master state is the stored document
// (or both are absent); otherwise the stored document comes back as a conflict. A row identical to
// the stored document is accepted without a write, so a retried push changes nothing.
// A refused row never fails the batch (a thrown batch is retried forever): it comes back as a
// conflict carrying the server's state, and a notice for the pushing PC is written in the same
// transaction (refusal-notice.ts), so the refused change stays visible to staff (SPEC §6).
import { collectionNames, type CollectionName } from '../../shared/domain'
import type { ChangeEvent, PushRow, SyncDoc } from '../../shared/sync'
import type { Db, Queryable } from '../db/db'
import type { Caller } from './checks/check'
import type { Refusal } from './checks/refusal'
import { readDocuments, writeDocuments, type StoredDoc, type WriteMeta } from './document-store'
import type { OrderedPublisher, PublishSlot } from './ordered-publisher'
import { refusalNotice } from './refusal-notice'
import { withoutReplicationFields } from './replication-fields'
import { sameDocument } from './same-document'
import { lockSeqCounter, setSeqCounter } from './seq-counter'
import { hasUnstorableText } from './storable-text'
import { storedPicture } from './stored-picture'
import type { ValidatePush } from './validate-push'
import { writeAction } from './write-action'

export interface RefusedRow {
  id: string | null
  /** For the log: code, and what exactly was wrong. */
  reason: string
  refusal: Refusal
}

export interface PushOutcome {
  conflicts: SyncDoc[]
  refused: RefusedRow[]
  /** What this push stored, in seq order (empty when every row was a conflict or a retry). */
  written: StoredDoc[]
  /** The notices written for refused rows (retries meet the notice already there and write none). */
  notices: StoredDoc[]
}

const knownCollections: ReadonlySet<string> = new Set(collectionNames)

/**
 * What a refused document is answered with when the server has no state for it. RxDB's push
 * handler can only answer with conflicts, and a row it gets no conflict for counts as stored: the
 * PC would keep, for good, a document the server never took. A tombstone is a master state that
 * says "the server has no such document": RxDB hands it to the collection's conflict handler, which
 * settles on it, so the PC stops pushing the refused document; what it held is not lost, since the
 * notice carries it (localChange) back to that PC.
 */
export function tombstone(id: string): SyncDoc {
  return { id, _deleted: true }
}

/** The push inside a caller's transaction (tests use it to hold a transaction open). */
export async function pushWithin(
  q: Queryable, collection: string, rows: readonly PushRow[], meta: WriteMeta, validate: ValidatePush, caller: Caller | null = null,
): Promise<PushOutcome> {
  // The lock first: from here on no other writer can change what we compare against or check with.
  const lastSeq = await lockSeqCounter(q)
  // An id jsonb cannot hold cannot be stored either: looking it up would only fail the batch.
  const ids = [...new Set(rows.flatMap((r) => idOf(r.newDocumentState) ?? []))].filter((id) => !hasUnstorableText(id))
  const master = await readDocuments(q, collection, ids)
  const before = new Map(master)
  // Later rows for the same id see the earlier rows' result; only the last state is written.
  const toWrite = new Map<string, SyncDoc>()
  const picture = storedPicture(q, collection, toWrite)
  const now = validate.now()

  const conflicts: SyncDoc[] = []
  const refused: RefusedRow[] = []
  const notices = new Map<string, SyncDoc>()
  for (const row of rows) {
    const id = idOf(row.newDocumentState)
    const stored = id === null ? undefined : master.get(id)
    const assumed = isObject(row.assumedMasterState) ? row.assumedMasterState : undefined
    const verdict = await validate.check({ collection, doc: row.newDocumentState, assumed, stored, picture, caller })
    if (!verdict.ok) {
      const { refusal } = verdict
      refused.push({ id, reason: refusal.detail === undefined ? refusal.code : `${refusal.code}: ${refusal.detail}`, refusal })
      // A document the PC may not see (another location's, another PC's notice) is never shown to it,
      // not even as a conflict: it gets the tombstone, as if the server had no such document.
      if (id !== null && id !== '') conflicts.push(stored !== undefined && refusal.conceal !== true ? stored : tombstone(id))
      // A notice about a refused notice would only tell the PC about its own bookkeeping.
      if (knownCollections.has(collection) && collection !== 'notices') {
        const notice = refusalNotice({
          collection: collection as CollectionName, doc: row.newDocumentState, refusal, device: meta.device, at: now,
          author: isObject(row.newDocumentState) ? writeAction(collection, row.newDocumentState, stored).author : null,
        })
        notices.set(notice.id, notice)
      }
      continue
    }
    const next = withoutReplicationFields(verdict.doc)
    if (stored !== undefined && sameDocument(next, stored)) continue
    const assumedState = assumed === undefined ? undefined : withoutReplicationFields(assumed)
    // No stored document: nothing to conflict with, so the write wins (RxDB's own servers do the same).
    if (stored === undefined || (assumedState !== undefined && sameDocument(assumedState, stored))) {
      toWrite.delete(next.id)
      toWrite.set(next.id, next)
      master.set(next.id, next)
    } else {
      conflicts.push(stored)
    }
  }

  // Who and when, per document: the change is what differs from the state before this push.
  const written = await writeDocuments(q, collection, [...toWrite.values()], lastSeq, (doc) => ({
    ...meta, ...writeAction(collection, doc, before.get(doc.id)),
  }))
  const noticesWritten = await writeNewNotices(q, [...notices.values()], lastSeq + written.length, meta)
  const count = written.length + noticesWritten.length
  if (count > 0) await setSeqCounter(q, lastSeq + count)
  return { conflicts, refused, written, notices: noticesWritten }
}

/** Notices already stored (a retried push) are left as they are: the PC may have marked them read. */
async function writeNewNotices(q: Queryable, notices: readonly SyncDoc[], lastSeq: number, meta: WriteMeta): Promise<StoredDoc[]> {
  if (notices.length === 0) return []
  const existing = await readDocuments(q, 'notices', notices.map((n) => n.id))
  const fresh = notices.filter((n) => !existing.has(n.id))
  return writeDocuments(q, 'notices', fresh, lastSeq, { author: null, device: meta.device, clientTime: null })
}

/** One push in its own transaction; announces the stored documents, in commit order. */
export async function push(
  db: Db, publisher: OrderedPublisher, collection: string, rows: readonly PushRow[], meta: WriteMeta, validate: ValidatePush,
  caller: Caller | null = null,
): Promise<PushOutcome> {
  let slot: PublishSlot | undefined
  let events: ChangeEvent[] = []
  try {
    const outcome = await db.tx(async (q) => {
      const result = await pushWithin(q, collection, rows, meta, validate, caller)
      events = changeEvents(collection, result)
      if (events.length > 0) await publisher.announceWithin(q, events)
      slot = publisher.reserve() // still holding the counter lock: this is the commit order
      return result
    })
    slot?.fill(events)
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

/** The pushed collection's event first: its seqs come before the notices'. */
function changeEvents(collection: string, outcome: PushOutcome): ChangeEvent[] {
  return [changeEvent(collection, outcome.written), changeEvent('notices', outcome.notices)].filter((e) => e !== null)
}

function isObject(value: unknown): value is SyncDoc {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function idOf(doc: unknown): string | null {
  if (!isObject(doc)) return null
  const id = (doc as Record<string, unknown>).id
  return typeof id === 'string' ? id : null
}
