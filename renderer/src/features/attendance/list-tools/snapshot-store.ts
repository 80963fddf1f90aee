// Where a locked list's snapshot lives: an RxDB local document of the database. Local documents are
// per PC and never replicated (the snapshot is this PC's view of the list, not a fact to share), they
// cost no collection of the 13 RxDB allows (DESIGN §4), and they are observable, so the rows follow a
// new snapshot at once. A snapshot serves the day it was taken: one index document lists them and the
// ones of earlier days are removed whenever a new one is saved, so they never pile up.
import { map, type Observable } from 'rxjs'
import type { LocatiedeskDatabase } from '../../../db/collection-types'
import type { ListSnapshot } from './list-snapshot'

const INDEX_DOC = 'lijst-snapshots'
type SnapshotIndex = { lists: Record<string, string> }

export const snapshotDocId = (listId: string): string => `lijst:${listId}`

function isSnapshot(value: unknown): value is ListSnapshot {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Partial<ListSnapshot>
  return typeof v.listId === 'string' && typeof v.takenOn === 'string' && typeof v.takenAt === 'string'
    && typeof v.planning === 'object' && v.planning !== null && Array.isArray(v.planning.children) && Array.isArray(v.planning.requests)
    && typeof v.names === 'object' && v.names !== null
}

function isIndex(value: unknown): value is SnapshotIndex {
  return typeof value === 'object' && value !== null && typeof (value as { lists?: unknown }).lists === 'object'
}

type LocalDocs = Pick<LocatiedeskDatabase, 'getLocal' | 'getLocal$' | 'upsertLocal'>

/** The stored snapshot of a list (null when there is none or it is unreadable). */
export function watchSnapshot(db: LocalDocs, listId: string): Observable<ListSnapshot | null> {
  return db.getLocal$(snapshotDocId(listId)).pipe(map((doc) => {
    const data: unknown = doc?.toJSON().data
    return isSnapshot(data) ? data : null
  }))
}

export async function readSnapshot(db: LocalDocs, listId: string): Promise<ListSnapshot | null> {
  const data: unknown = (await db.getLocal(snapshotDocId(listId)))?.toJSON().data
  return isSnapshot(data) ? data : null
}

// Writes of one database one after another: the index is read, changed and written back.
const queues = new WeakMap<object, Promise<unknown>>()

function serialised<T>(db: object, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(db) ?? Promise.resolve()
  const next = previous.catch(() => undefined).then(work)
  queues.set(db, next)
  return next
}

/** Stores the snapshot (replacing the list's earlier one) and removes those of earlier days. */
export function saveSnapshot(db: LocalDocs, snapshot: ListSnapshot): Promise<void> {
  return serialised(db, async () => {
    await db.upsertLocal(snapshotDocId(snapshot.listId), snapshot)
    const indexData: unknown = (await db.getLocal(INDEX_DOC))?.toJSON().data
    const lists: Record<string, string> = isIndex(indexData) ? { ...indexData.lists } : {}
    lists[snapshot.listId] = snapshot.takenOn
    for (const [listId, takenOn] of Object.entries(lists)) {
      if (takenOn >= snapshot.takenOn) continue
      await (await db.getLocal(snapshotDocId(listId)))?.remove()
      delete lists[listId]
    }
    await db.upsertLocal(INDEX_DOC, { lists } satisfies SnapshotIndex)
  })
}
