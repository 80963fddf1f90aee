// How many documents hold a local write the server has not confirmed yet (F7: "3 wijzigingen
// wachten"). Per document the latest local state is remembered; a push the server accepted with
// exactly that state clears it. After a restart the list is rebuilt by comparing each locally
// written document with the state RxDB's replication last saw on the server (its meta instance);
// until that rebuild is done a count of 0 means "not counted yet", not "everything on the server".
import { BehaviorSubject, distinctUntilChanged, map, type Observable, type Subscription } from 'rxjs'
import { deepEqual, getChangedDocumentsSince, type RxCollection } from 'rxdb'
import type { RxReplicationState } from 'rxdb/plugins/replication'
import type { SyncDoc } from '../../../shared/sync'
import type { CollectionName } from '../../../shared/domain/collections'
import { LOCAL_PURGE_CONTEXT, type LocalPurgeRegistry } from './local-purge-registry'
import { serverStates } from './server-states'
import { isServerState, toSyncDoc } from './sync-doc'

const SCAN_BATCH = 500
/** The bulkWrite context of RxDB's downstream (replication-protocol/index.js: 'replication-downstream-' + checkpointKey). */
const DOWNSTREAM_CONTEXT = 'replication-downstream-'
/** The bulkWrite context of a resolved conflict (replication-protocol/upstream.js). */
const CONFLICT_CONTEXT = 'replication-up-write-conflict'

export class PendingChanges {
  private readonly waiting = new Map<string, Map<string, SyncDoc>>()
  /** The server's state per document from the last push that answered with a conflict. */
  private readonly conflicts = new Map<string, Map<string, SyncDoc>>()
  private readonly total = new BehaviorSubject(0)
  readonly count$: Observable<number> = this.total.asObservable()
  /**
   * Per collection whose scan runs: the ids a live event handled since it began (a local write, a
   * push the server accepted, a write from the server). The scan's copy of those is older than what
   * the live event settled; counting them from it would leave them waiting forever (a push the
   * replication finished between the scan's read of the server states and its count).
   */
  private readonly handledDuringScan = new Map<string, Set<string>>()
  /** Rebuilds (reconcile) still running: each collection's scan of the writes made before a restart. */
  private readonly scans = new BehaviorSubject(0)
  /**
   * True while the writes made before a restart are still being looked for. F7 must not say
   * "Alles opgeslagen op de server" then: a PC shut down on that word would keep its changes.
   */
  readonly counting$: Observable<boolean> = this.scans.pipe(map((n) => n > 0), distinctUntilChanged())

  get count(): number {
    return this.total.value
  }

  get counting(): boolean {
    return this.scans.value > 0
  }

  /**
   * Follow a collection's writes: local ones become pending, ones from the server settle it. The
   * write's context tells them apart, as RxDB's own upstream does (`replication-downstream-…`);
   * the document's `_meta.o` tag is not enough because RxDB 17.6 drops it on inserts.
   */
  watch(collection: RxCollection): Subscription {
    return collection.eventBulks$.subscribe((bulk) => {
      if (bulk.isLocal) return
      // A local purge (R17) removes documents from this PC only: nothing of it goes to the server.
      const fromServer = bulk.context.startsWith(DOWNSTREAM_CONTEXT) || bulk.context === LOCAL_PURGE_CONTEXT
      const resolved = bulk.context === CONFLICT_CONTEXT
      for (const event of bulk.events) {
        this.handledDuringScan.get(collection.name)?.add(event.documentId)
        const doc = fromServer ? null : toSyncDoc(event.documentData)
        // A conflict resolved to exactly the server's state has nothing left to push: RxDB sends
        // nothing, so no push would ever clear it (a refused change, a lost one).
        if (fromServer || (resolved && doc && this.isServerAnswer(collection.name, doc))) this.settle(collection.name, event.documentId)
        else if (doc) this.mark(collection.name, doc)
      }
    })
  }

  /** Called by the push handler with what it sent and what came back as conflicts. */
  pushed(collection: string, sent: readonly SyncDoc[], conflicts: readonly SyncDoc[]): void {
    const refused = new Set(conflicts.map((doc) => doc.id))
    if (conflicts.length > 0) {
      const answers = this.conflicts.get(collection) ?? new Map<string, SyncDoc>()
      this.conflicts.set(collection, answers)
      for (const doc of conflicts) answers.set(doc.id, doc)
    }
    const scanning = this.handledDuringScan.get(collection)
    for (const doc of sent) if (!refused.has(doc.id)) scanning?.add(doc.id)
    const map = this.waiting.get(collection)
    if (!map) return
    for (const doc of sent) {
      if (refused.has(doc.id)) continue
      // Only when the server got the latest local state: an edit made during the push stays pending.
      const latest = map.get(doc.id)
      if (latest && deepEqual(latest, doc)) map.delete(doc.id)
    }
    this.recount()
  }

  /** Rebuild after a restart: local writes whose state differs from the server state RxDB last saw. */
  async reconcile<T, C>(collection: RxCollection, replication: RxReplicationState<T, C>, purges?: LocalPurgeRegistry): Promise<void> {
    // Counted as running from the call on (synchronously), so a screen that subscribes right after never sees a premature 0.
    this.scans.next(this.scans.value + 1)
    this.handledDuringScan.set(collection.name, new Set())
    try {
      await this.scan(collection, replication, purges)
    } finally {
      this.handledDuringScan.delete(collection.name)
      this.scans.next(this.scans.value - 1)
    }
  }

  private async scan<T, C>(collection: RxCollection, replication: RxReplicationState<T, C>, purges?: LocalPurgeRegistry): Promise<void> {
    await replication.startPromise
    if (!replication.metaInstance) return
    const name = collection.name as CollectionName
    let checkpoint: unknown = undefined
    for (;;) {
      const page = await getChangedDocumentsSince(collection.storageInstance, SCAN_BATCH, checkpoint)
      // A tombstone of this PC's own purge is never pushed (local-purge-registry.ts): nothing waits.
      const local = page.documents.filter((doc) => !isServerState(doc) && !purges?.isPurgeDeletion(name, toSyncDoc(doc)))
      if (local.length > 0) {
        const serverState = (await serverStates(replication, local.map((doc) => toSyncDoc(doc).id))) ?? new Map<string, SyncDoc>()
        for (const doc of local) {
          const mine = toSyncDoc(doc)
          const theirs = serverState.get(mine.id)
          // A write or push seen live during the scan is newer than the scan's copy: that one counts.
          if (this.waiting.get(collection.name)?.has(mine.id) || this.handledDuringScan.get(collection.name)?.has(mine.id)) continue
          if (!theirs || !deepEqual(theirs, mine)) this.mark(collection.name, mine, false)
        }
        this.recount()
      }
      if (page.documents.length < SCAN_BATCH) return
      checkpoint = page.checkpoint
    }
  }

  private isServerAnswer(collection: string, doc: SyncDoc): boolean {
    const answers = this.conflicts.get(collection)
    const answer = answers?.get(doc.id)
    answers?.delete(doc.id)
    return answer !== undefined && deepEqual(answer, doc)
  }

  private mark(collection: string, doc: SyncDoc, recount = true): void {
    const map = this.waiting.get(collection) ?? new Map<string, SyncDoc>()
    this.waiting.set(collection, map)
    map.set(doc.id, doc)
    if (recount) this.recount()
  }

  private settle(collection: string, id: string): void {
    if (this.waiting.get(collection)?.delete(id)) this.recount()
  }

  private recount(): void {
    let n = 0
    for (const map of this.waiting.values()) n += map.size
    if (n !== this.total.value) this.total.next(n)
  }
}
