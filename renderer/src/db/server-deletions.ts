// Deletions the server sends (an AVG deletion, server/privacy) must not leave anything on this PC.
// RxDB keeps a deleted document as a tombstone in the storage (IndexedDB) and keeps the server's
// last state of it in the replication's meta store, until its cleanup removes them (by default a
// month later, and the meta copies never). The server's privacy tombstones hold only the id and the
// scope, but the id names the child (absence ids contain it), so this PC removes both for good:
//
// 1. the pull modifier registers each pulled tombstone's id in the local purge registry
//    (local-purge-registry.ts, a never-replicated local document) BEFORE RxDB writes it, so an app
//    that stops in between finds the id again at its next start (retention's finishLocalPurges);
// 2. shortly after, once the replication is in sync (the tombstone and its meta copy are written,
//    no local write is still on its way up), the tombstones are removed from the storage and the
//    meta copies from the meta store (local-purge.ts), and the ids leave the registry.
//
// Only collections this PC never deletes from itself: the storage cleanup removes every tombstone
// of a collection, and a local deletion must reach the server first (local-purge.ts says the same).
import { Subject } from 'rxjs'
import { createRevision, now, type RxDocumentData } from 'rxdb'
import type { RxReplicationState } from 'rxdb/plugins/replication'
import type { CollectionName } from '../../../shared/domain/collections'
import type { LocatiedeskDatabase } from './collection-types'
import { removeMetaCopies, removeTombstones } from './local-purge'
import { localPurges } from './local-purge-registry'
import type { MetaRow, ReplicationView } from './server-states'

/** What a privacy deletion tombstones (server/privacy/privacy-deletion.ts); attendance days get a new version instead. */
export const PURGED_WHEN_DELETED = ['children', 'absences', 'requests', 'ledger', 'signuplines', 'journal', 'notices'] as const satisfies readonly CollectionName[]

/** A running replication as far as this module uses it. */
export type PurgeReplication = ReplicationView & Pick<RxReplicationState<unknown, unknown>, 'awaitInSync'>

/** Wait after the first tombstone of a batch, so one deletion's many tombstones are purged in one run. */
export const DELETION_PURGE_DELAY_MS = 500
/** How long a run waits for a replication to be in sync before it leaves the ids for the next run. */
export const DELETION_SETTLE_TIMEOUT_MS = 10_000

/** Per database: the ids pulled as tombstones and not purged yet, saved in batches. */
class PulledDeletions {
  readonly pending = new Map<CollectionName, Set<string>>()
  readonly recorded$ = new Subject<void>()
  private batch: Map<CollectionName, string[]> | null = null
  private saving: Promise<void> = Promise.resolve()

  constructor(private readonly db: LocatiedeskDatabase) {}

  /** Resolves once the id is in the saved registry. RxDB calls the modifier for a whole pull at once: one save for all. */
  record(collection: CollectionName, id: string): Promise<void> {
    if (this.batch === null) {
      const batch = new Map<CollectionName, string[]>()
      this.batch = batch
      this.saving = this.saving.catch(() => {}).then(async () => {
        this.batch = null
        const registry = await localPurges(this.db)
        for (const [name, ids] of batch) await registry.add(name, ids)
        this.recorded$.next()
      })
    }
    const ids = this.batch.get(collection) ?? []
    ids.push(id)
    this.batch.set(collection, ids)
    const set = this.pending.get(collection) ?? new Set<string>()
    set.add(id)
    this.pending.set(collection, set)
    return this.saving
  }

  /** Forget purged ids, in turn with the saves above: two writes of the registry's local document at once conflict. */
  forget(collection: CollectionName, ids: readonly string[]): Promise<void> {
    this.saving = this.saving.catch(() => {}).then(async () => {
      // A database closed meanwhile keeps the ids: the next start finishes them.
      if (!this.db.closed) await (await localPurges(this.db)).drop(collection, ids)
    })
    return this.saving
  }
}

const pulled = new WeakMap<LocatiedeskDatabase, PulledDeletions>()

function pulledDeletions(db: LocatiedeskDatabase): PulledDeletions {
  const known = pulled.get(db)
  if (known) return known
  const created = new PulledDeletions(db)
  pulled.set(db, created)
  return created
}

/** RxDB pull modifier of a collection's replication (replication.ts): registers tombstones before they are stored. */
export function recordServerDeletions<T extends { id?: unknown; _deleted?: unknown }>(db: LocatiedeskDatabase, collection: CollectionName) {
  const purged = (PURGED_WHEN_DELETED as readonly CollectionName[]).includes(collection)
  return async (doc: T): Promise<T> => {
    if (purged && doc._deleted === true && typeof doc.id === 'string') await pulledDeletions(db).record(collection, doc.id)
    return doc
  }
}

export interface ServerDeletionPurge {
  /** Purge what was pulled so far (after any run under way). Ids whose replication is not in sync stay for a later run. */
  run(): Promise<void>
  stop(): void
}

export interface ServerDeletionPurgeOptions {
  db: LocatiedeskDatabase
  replicationOf: (collection: CollectionName) => PurgeReplication | undefined
  delayMs?: number
  settleTimeoutMs?: number
}

export function purgeServerDeletions(options: ServerDeletionPurgeOptions): ServerDeletionPurge {
  const { db } = options
  const deletions = pulledDeletions(db)
  const delayMs = options.delayMs ?? DELETION_PURGE_DELAY_MS
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let queue: Promise<unknown> = Promise.resolve()

  function schedule(): void {
    if (stopped || timer !== undefined) return
    timer = setTimeout(() => {
      timer = undefined
      run().then((left) => { if (left) schedule() }, (error: unknown) => {
        console.warn('Verwijderde gegevens nog niet van deze pc gewist, volgende keer opnieuw', error)
        schedule()
      })
    }, delayMs)
  }

  /** Resolves true when ids are left for a later run. */
  function run(): Promise<boolean> {
    const next = queue.then(() => purgeOnce())
    queue = next.catch(() => {})
    return next
  }

  async function purgeOnce(): Promise<boolean> {
    let left = false
    for (const [collection, set] of deletions.pending) {
      const replication = options.replicationOf(collection)
      if (stopped || db.closed || !db.collections[collection]) return left
      if (!replication || !(await inSync(replication, options.settleTimeoutMs ?? DELETION_SETTLE_TIMEOUT_MS))) {
        left = true
        continue
      }
      const ids = [...set]
      const store = db.collections[collection].storageInstance
      const stored = await store.findDocumentsById(ids, true)
      if (stored.some((doc) => doc._deleted)) await removeTombstones(store)
      // A document the server sent again since (alive) is no longer deleted: only the gone ones lose their meta copy.
      const live = new Set(stored.filter((doc) => !doc._deleted).map((doc) => (doc as { id: string }).id))
      const gone = ids.filter((id) => !live.has(id))
      await removeMetaCopies(db, replication, gone)
      await forgetInCheckpoint(db, replication, gone)
      await deletions.forget(collection, ids)
      for (const id of ids) set.delete(id)
      if (set.size === 0) deletions.pending.delete(collection)
    }
    return left
  }

  const subscription = deletions.recorded$.subscribe(() => schedule())
  // What an earlier session registered and did not finish (the app stopped in between): at the start
  // no R17 removal is under way, so every registered id of these collections is a leftover to finish.
  void localPurges(db).then((registry) => {
    for (const [collection, ids] of registry.entries()) {
      if (!(PURGED_WHEN_DELETED as readonly CollectionName[]).includes(collection)) continue
      const set = deletions.pending.get(collection) ?? new Set<string>()
      for (const id of ids) set.add(id)
      deletions.pending.set(collection, set)
    }
    if (deletions.pending.size > 0) schedule()
  }, () => {})

  return {
    async run() {
      await run()
    },
    stop() {
      stopped = true
      clearTimeout(timer)
      subscription.unsubscribe()
    },
  }
}

async function inSync(replication: PurgeReplication, timeoutMs: number): Promise<boolean> {
  let timeout: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<false>((resolve) => {
    timeout = setTimeout(() => resolve(false), timeoutMs)
  })
  const settled = await Promise.race([replication.awaitInSync().then(() => true, () => false), late])
  clearTimeout(timeout)
  return settled
}

/** RxDB's meta id of the upstream checkpoint (RxStorageReplicationMeta: itemId 'up', isCheckpoint '1'). */
const UP_CHECKPOINT = 'up|1'

/**
 * The upstream's checkpoint is the position in this PC's own change list: the last write it handled,
 * by time and id, and that can be a tombstone just removed. The id then goes, the time stays: from a
 * time with an empty id, a restart looks again only at writes of that very millisecond, which the
 * upstream compares with the server's state and leaves alone. A running replication that writes its
 * next checkpoint meets this write as a conflict and retries on top of it (RxDB's setCheckpoint).
 */
async function forgetInCheckpoint(db: LocatiedeskDatabase, replication: ReplicationView, ids: readonly string[]): Promise<void> {
  const meta = replication.metaInstance
  if (!meta || ids.length === 0) return
  const [previous] = await meta.findDocumentsById([UP_CHECKPOINT], false)
  const checkpoint = (previous as { checkpointData?: { id?: unknown } } | undefined)?.checkpointData
  if (!previous || typeof checkpoint?.id !== 'string' || !ids.includes(checkpoint.id)) return
  const document = {
    ...previous, checkpointData: { ...checkpoint, id: '' }, _meta: { ...previous._meta, lwt: now() }, _rev: createRevision(db.token, previous),
  } as RxDocumentData<MetaRow>
  // A conflict means the replication moved its checkpoint on meanwhile: to a later write, not this id.
  await meta.bulkWrite([{ previous, document }], 'locatiedesk-forget-deleted')
}
