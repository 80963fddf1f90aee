// Starts and supervises the replications of all open collections: on a PC's first sync in the order
// of first-sync-plan.ts (master data, the days around today through a date window, then everything,
// with progress for F7), afterwards all at once; counts the local changes still waiting for the
// server; pulls at once when main reports the connection is back; and, when asked, runs R17's local
// removal of children who left (retention-schedule.ts) once the first sync is done and daily after.
import { BehaviorSubject, combineLatest, distinctUntilChanged, map, of, switchMap, type Observable } from 'rxjs'
import type { Bridge } from '../../../shared/api'
import type { CollectionName } from '../../../shared/domain/collections'
import type { LocatiedeskDatabase } from './collection-types'
import {
  FIRST_SYNC_BATCH_SIZES, firstSyncPlan, windowAround, type FirstSyncPhaseName, type FirstSyncProgress, type FirstSyncStep,
} from './first-sync-plan'
import { localPurges } from './local-purge-registry'
import { PendingChanges } from './pending-changes'
import { replicateCollection, type CollectionReplication } from './replication'
import { scheduleRetention, type RetentionSchedule, type RetentionScheduleOptions } from './retention-schedule'
import { purgeServerDeletions, type ServerDeletionPurge } from './server-deletions'
import { mark } from './timing-marks'
import { startWindowPass, type WindowPass } from './window-pass'

/** RxDB local document (never replicated) that marks this PC's first sync as complete. */
export const FIRST_SYNC_DOC = 'first-sync'

export interface SyncEngine {
  readonly firstSync$: Observable<FirstSyncProgress>
  /** True while any replication is pulling or pushing (RxDB's active$): F7's "Synchroniseren…". */
  readonly active$: Observable<boolean>
  readonly pending: PendingChanges
  /** Resolves when the first sync has completed (at once on a PC that did it before). */
  readonly firstSyncDone: Promise<void>
  replication(collection: CollectionName): CollectionReplication<CollectionName> | undefined
  /** R17's removal of children who left, when startSync was given `retention`. */
  readonly retention: RetentionSchedule | null
  /** Removes what the server deleted (tombstones, their meta copies) from this PC for good (server-deletions.ts). */
  readonly serverDeletions: ServerDeletionPurge
  stop(): Promise<void>
}

export interface StartSyncOptions {
  db: LocatiedeskDatabase
  bridge: Bridge
  serverUrl: string
  retryTimeMs?: number
  /** Documents per pull for every replication; by default per first-sync phase (FIRST_SYNC_BATCH_SIZES). */
  pullBatchSize?: number
  /**
   * Today ('yyyy-MM-dd', Amsterdam, on the server's clock). When given, a first sync fetches the
   * days around it (FIRST_SYNC_WINDOW) before the history; without it, collection by collection.
   */
  today?: string
  /** R17: remove children who left from this PC (not from the server), after the first sync and daily. */
  retention?: Pick<RetentionScheduleOptions, 'today' | 'firstRunDelayMs' | 'intervalMs' | 'onReport'>
}

export async function startSync(options: StartSyncOptions): Promise<SyncEngine> {
  const { db, bridge } = options
  const opened = Object.keys(db.collections) as CollectionName[]
  const window = options.today === undefined ? null : windowAround(options.today)
  const phases = firstSyncPlan(opened, window !== null)
  const steps = phases.reduce((n, phase) => n + phase.steps.length, 0)
  const pending = new PendingChanges()
  const replications = new Map<CollectionName, CollectionReplication<CollectionName>>()
  const windowPasses = new Set<WindowPass>()
  // Every running replication and window pass, so that active$ follows the ones started later too.
  const running = new BehaviorSubject<Observable<boolean>[]>([])
  const track = (active$: Observable<boolean>) => running.next([...running.value, active$])
  const cleanups: (() => void)[] = []
  const alreadyDone = (await db.getLocal(FIRST_SYNC_DOC)) !== null
  // Before any replication starts: the push modifiers must know this PC's own removals (R17).
  const purges = await localPurges(db)
  const progress = new BehaviorSubject<FirstSyncProgress>({
    state: alreadyDone ? 'done' : 'running',
    phase: null,
    phaseNumber: 0,
    phaseCount: phases.length,
    collectionsDone: alreadyDone ? steps : 0,
    collectionsTotal: steps,
    documents: 0,
  })

  function countPulled(count: number): void {
    if (count > 0 && progress.value.state === 'running') progress.next({ ...progress.value, documents: progress.value.documents + count })
  }

  // Every collection from the start: a check-in during the first sync, before its collection's
  // replication runs, waits for the server too.
  for (const name of opened) {
    const watch = pending.watch(db.collections[name])
    cleanups.push(() => watch.unsubscribe())
  }

  function batchSize(phase: FirstSyncPhaseName | null): { pullBatchSize?: number } {
    const size = options.pullBatchSize ?? (phase === null ? undefined : FIRST_SYNC_BATCH_SIZES[phase])
    return size === undefined ? {} : { pullBatchSize: size }
  }

  function start(name: CollectionName, reconcile: boolean, phase: FirstSyncPhaseName | null = null): CollectionReplication<CollectionName> {
    const collection = db.collections[name]
    const replication = replicateCollection({
      db, bridge, collection: name, serverUrl: options.serverUrl, pending,
      ...(options.retryTimeMs !== undefined ? { retryTimeMs: options.retryTimeMs } : {}),
      ...batchSize(phase),
      onPulled: countPulled,
    }) as CollectionReplication<CollectionName>
    replications.set(name, replication)
    track(replication.active$)
    // Writes made before a restart and not yet confirmed by the server count as waiting, too. (An
    // empty collection on a first sync has no earlier session: every local write is seen live.)
    if (reconcile) pending.reconcile(collection, replication, purges).catch(() => {})
    return replication
  }

  let stopped = false

  async function runStep(step: FirstSyncStep, phase: FirstSyncPhaseName, hadDocuments: ReadonlySet<CollectionName>): Promise<void> {
    if (stopped) return
    if (step.mode === 'full') {
      await start(step.collection, hadDocuments.has(step.collection), phase).awaitInitialReplication()
    } else if (window !== null) {
      const pass = startWindowPass({
        db, bridge, collection: step.collection, serverUrl: options.serverUrl, window, pending, onPulled: countPulled,
        ...(options.retryTimeMs !== undefined ? { retryTimeMs: options.retryTimeMs } : {}),
        ...batchSize(phase),
      })
      windowPasses.add(pass)
      track(pass.active$)
      await pass.done
      windowPasses.delete(pass)
    }
    if (stopped) return
    mark(`first-sync:${step.collection}:${step.mode}`)
    progress.next({ ...progress.value, collectionsDone: progress.value.collectionsDone + 1 })
  }

  async function runFirstSync(hadDocuments: ReadonlySet<CollectionName>): Promise<void> {
    for (const [index, phase] of phases.entries()) {
      if (stopped) return
      mark(`first-sync:${phase.name}`)
      progress.next({ ...progress.value, phase: phase.name, phaseNumber: index + 1 })
      await Promise.all(phase.steps.map((step) => runStep(step, phase.name, hadDocuments)))
    }
    if (stopped) return
    mark('first-sync:done')
    await db.upsertLocal(FIRST_SYNC_DOC, { doneAt: new Date().toISOString() })
    progress.next({ ...progress.value, state: 'done', phase: null })
  }

  let firstSyncDone: Promise<void>
  if (alreadyDone) {
    for (const name of opened) start(name, true)
    firstSyncDone = Promise.resolve()
  } else {
    // Documents already there mean an earlier, interrupted first sync whose writes may wait (counted
    // before this run's window passes add documents of their own).
    const counts = await Promise.all(opened.map(async (name) => [name, await db.collections[name].count().exec()] as const))
    firstSyncDone = runFirstSync(new Set(counts.filter(([, n]) => n > 0).map(([name]) => name)))
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

  const serverDeletions = purgeServerDeletions({ db, replicationOf: (name) => replications.get(name) })

  const retention = options.retention
    ? scheduleRetention({
      ...options.retention, db, ready: firstSyncDone,
      replicationOf: (name) => replications.get(name),
    })
    : null

  return {
    firstSync$: progress.asObservable(),
    active$: running.pipe(
      switchMap((list) => (list.length === 0 ? of([false]) : combineLatest(list))),
      map((states) => states.some(Boolean)),
      distinctUntilChanged(),
    ),
    pending,
    firstSyncDone,
    replication: (name) => replications.get(name),
    retention,
    serverDeletions,
    async stop() {
      stopped = true
      retention?.stop()
      serverDeletions.stop()
      for (const cleanup of cleanups) cleanup()
      await Promise.all([...windowPasses].map((pass) => pass.cancel()))
      await Promise.all([...replications.values()].map((replication) => replication.cancel()))
    },
  }
}
