// Removing documents from this PC's database without telling the server (R17). RxDB has no call for
// that: a removal is a tombstone, and tombstones replicate. So: register the ids (the push modifier
// then drops their deletions, local-purge-registry.ts), write the tombstones, and remove them
// physically with the storage's cleanup (what RxDB's cleanup plugin calls, here at once instead of
// after a month). Finally the copy of each document in the replication's meta store (the server
// state RxDB remembers, encrypted like the document) goes too, once the replication has handled the
// tombstones; then the ids leave the registry.
//
// The storage cleanup removes every tombstone of the collection, not only these. That is safe for
// the collections purged here (children, absences, requests, ledger, signuplines, journal): this PC
// never deletes their documents (children come from the import; the rest are facts, corrected by
// new facts, never removed), so every other tombstone in them came from the server and is in sync.
import { createRevision, now, type RxDocumentData, type RxStorageInstance } from 'rxdb'
import type { CollectionName } from '../../../shared/domain/collections'
import type { LocatiedeskDatabase } from './collection-types'
import { LOCAL_PURGE_CONTEXT, type LocalPurgeRegistry } from './local-purge-registry'
import type { ReplicationView } from './server-states'

type Doc = { id: string }
type Store = RxStorageInstance<Doc, unknown, unknown>

/** How long to wait for a replication to handle the tombstones before leaving its meta for the next run. */
export const SETTLE_TIMEOUT_MS = 5_000

function storeOf(db: LocatiedeskDatabase, collection: CollectionName): Store {
  // Every collection's documents have a string id as primary key (shared/domain schemas).
  return db.collections[collection].storageInstance as unknown as Store
}

export async function removeTombstones(store: Pick<Store, 'cleanup'>): Promise<void> {
  // cleanup(0): every tombstone written before now; a storage may need several rounds (it says when done).
  for (let round = 0; round < 100 && !(await store.cleanup(0)); round++) { /* again */ }
}

/**
 * Purge `docs` (as read from the storage) of one collection from this PC. A document written since it
 * was read is left alone (the write's 409): its newer state may hold a change for the server.
 * Returns the ids removed.
 */
export async function purgeLocally(
  db: LocatiedeskDatabase, registry: LocalPurgeRegistry, collection: CollectionName, docs: readonly RxDocumentData<Doc>[],
): Promise<string[]> {
  if (docs.length === 0) return []
  await registry.add(collection, docs.map((doc) => doc.id))
  const store = storeOf(db, collection)
  const result = await store.bulkWrite(docs.map((previous) => ({ previous, document: { ...previous, _deleted: true } })), LOCAL_PURGE_CONTEXT)
  const failed = new Set(result.error.map((error) => error.documentId))
  await removeTombstones(store)
  return docs.map((doc) => doc.id).filter((id) => !failed.has(id))
}

/**
 * Finish what purges left (this run's, an earlier run's, one a crash interrupted): tombstones still
 * stored, copies in the replications' meta stores. An id leaves the registry once nothing of it is
 * left, or once it lives again (pulled anew from the server, or written since): then it is no longer
 * this purge's. Only after the replication has handled every write so far, so that no tombstone is
 * still on its way to the push modifier. Without a running replication the ids wait for a later run.
 */
export async function finishLocalPurges(
  db: LocatiedeskDatabase,
  registry: LocalPurgeRegistry,
  replicationOf: (collection: CollectionName) => ReplicationView | undefined,
  settleTimeoutMs = SETTLE_TIMEOUT_MS,
): Promise<void> {
  for (const [collection, ids] of registry.entries()) {
    if (!db.collections[collection]) continue
    const store = storeOf(db, collection)
    const stored = await store.findDocumentsById(ids, true)
    if (stored.some((doc) => doc._deleted)) await removeTombstones(store)
    const live = new Set(stored.filter((doc) => !doc._deleted).map((doc) => doc.id))
    const replication = replicationOf(collection)
    if (!replication || !(await replicationSettled(replication, settleTimeoutMs))) continue
    const gone = ids.filter((id) => !live.has(id))
    await removeMetaCopies(db, replication, gone)
    await registry.drop(collection, ids)
  }
}

async function replicationSettled(replication: ReplicationView, timeoutMs: number): Promise<boolean> {
  await replication.startPromise
  const internal = replication.internalReplicationState
  if (!internal || !replication.metaInstance) return false
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  // Every local write so far is queued on the upstream's stream queue before its bulkWrite returns.
  const settled = await Promise.race([internal.streamQueue.up.then(() => true, () => true), timeout])
  clearTimeout(timer)
  return settled
}

/** Removes the replication's copies of the server state of these documents (server-deletions.ts uses it too). */
export async function removeMetaCopies(db: LocatiedeskDatabase, replication: ReplicationView, ids: readonly string[]): Promise<void> {
  const meta = replication.metaInstance
  if (!meta || ids.length === 0) return
  const rows = await meta.findDocumentsById(ids.map((id) => `${id}|0`), false)
  if (rows.length === 0) return
  // The meta store is a plain storage instance (not a collection's): revision and time are set here.
  await meta.bulkWrite(rows.map((previous) => ({
    previous,
    document: {
      id: previous.id, itemId: previous.itemId, isCheckpoint: previous.isCheckpoint,
      _deleted: true, _attachments: {}, _meta: { ...previous._meta, lwt: now() }, _rev: createRevision(db.token, previous),
    },
  })), LOCAL_PURGE_CONTEXT)
  await removeTombstones(meta)
}
