// Starts and supervises the replications of all open collections: on a PC's first sync in the order
// of first-sync-plan.ts (with progress for F7), afterwards all at once; counts the local changes still
// waiting for the server; and pulls at once when main reports the connection is back.
import { BehaviorSubject, type Observable } from 'rxjs'
import type { Bridge } from '../../../shared/api'
import type { CollectionName } from '../../../shared/domain/collections'
import type { LocatiedeskDatabase } from './collection-types'
import { phasesFor, type FirstSyncProgress } from './first-sync-plan'
import { PendingChanges } from './pending-changes'
import { replicateCollection, type CollectionReplication } from './replication'

/** RxDB local document (never replicated) that marks this PC's first sync as complete. */
export const FIRST_SYNC_DOC = 'first-sync'

export interface SyncEngine {
  readonly firstSync$: Observable<FirstSyncProgress>
  readonly pending: PendingChanges
  /** Resolves when the first sync has completed (at once on a PC that did it before). */
  readonly firstSyncDone: Promise<void>
  replication(collection: CollectionName): CollectionReplication<CollectionName> | undefined
  stop(): Promise<void>
}

export interface StartSyncOptions {
  db: LocatiedeskDatabase
  bridge: Bridge
  serverUrl: string
  retryTimeMs?: number
  pullBatchSize?: number
}

export async function startSync(options: StartSyncOptions): Promise<SyncEngine> {
  const { db, bridge } = options
  const opened = Object.keys(db.collections) as CollectionName[]
  const phases = phasesFor(opened)
  const pending = new PendingChanges()
  const replications = new Map<CollectionName, CollectionReplication<CollectionName>>()
  const cleanups: (() => void)[] = []
  const alreadyDone = (await db.getLocal(FIRST_SYNC_DOC)) !== null
  const progress = new BehaviorSubject<FirstSyncProgress>({
    state: alreadyDone ? 'done' : 'running',
    phase: null,
    collectionsDone: alreadyDone ? opened.length : 0,
    collectionsTotal: opened.length,
    documents: 0,
  })

  function start(name: CollectionName, reconcile: boolean): CollectionReplication<CollectionName> {
    const collection = db.collections[name]
    const watch = pending.watch(collection)
    cleanups.push(() => watch.unsubscribe())
    const replication = replicateCollection({
      db, bridge, collection: name, serverUrl: options.serverUrl, pending,
      ...(options.retryTimeMs !== undefined ? { retryTimeMs: options.retryTimeMs } : {}),
      ...(options.pullBatchSize !== undefined ? { pullBatchSize: options.pullBatchSize } : {}),
      onPulled: (count) => {
        if (count > 0 && progress.value.state === 'running') progress.next({ ...progress.value, documents: progress.value.documents + count })
      },
    }) as CollectionReplication<CollectionName>
    replications.set(name, replication)
    // Writes made before a restart and not yet confirmed by the server count as waiting, too. (An
    // empty collection on a first sync has no earlier session: every local write is seen live.)
    if (reconcile) pending.reconcile(collection, replication).catch(() => {})
    return replication
  }

  let stopped = false

  async function runFirstSync(): Promise<void> {
    for (const phase of phases) {
      if (stopped) return
      progress.next({ ...progress.value, phase: phase.name })
      await Promise.all(phase.collections.map(async (name) => {
        // Documents already there mean an earlier, interrupted first sync whose writes may wait.
        const hadDocuments = (await db.collections[name].count().exec()) > 0
        if (stopped) return
        await start(name, hadDocuments).awaitInitialReplication()
        progress.next({ ...progress.value, collectionsDone: progress.value.collectionsDone + 1 })
      }))
    }
    await db.upsertLocal(FIRST_SYNC_DOC, { doneAt: new Date().toISOString() })
    progress.next({ ...progress.value, state: 'done', phase: null })
  }

  let firstSyncDone: Promise<void>
  if (alreadyDone) {
    for (const name of opened) start(name, true)
    firstSyncDone = Promise.resolve()
  } else {
    firstSyncDone = runFirstSync()
    // Nobody may be waiting for it (the progress stream tells the UI); a failure must not go unhandled.
    firstSyncDone.catch(() => {})
  }

  // RxDB retries a failed pull after retryTime; when main says the server is reachable again,
  // pull at once instead, so a PC coming back online shows the others' changes within seconds.
  let wasOnline: boolean | null = null
  cleanups.push(bridge.on('sync.status', (status) => {
    if (status.online && wasOnline === false) for (const replication of replications.values()) replication.reSync()
    wasOnline = status.online
  }))

  return {
    firstSync$: progress.asObservable(),
    pending,
    firstSyncDone,
    replication: (name) => replications.get(name),
    async stop() {
      stopped = true
      for (const cleanup of cleanups) cleanup()
      await Promise.all([...replications.values()].map((replication) => replication.cancel()))
    },
  }
}
