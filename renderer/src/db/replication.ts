// One RxDB replication per collection, over the bridge (DESIGN §1): the handlers never touch the
// network themselves. Pull and push go to main's sync transport; the live stream is the bridge's
// `sync.event` (server changes, and 'RESYNC' after the event stream was interrupted).
import { Observable } from 'rxjs'
import type { RxReplicationPullStreamItem, RxReplicationWriteToMasterRow, WithDeleted } from 'rxdb'
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication'
import type { Bridge } from '../../../shared/api'
import type { CollectionName } from '../../../shared/domain/collections'
import type { Checkpoint, PushRow } from '../../../shared/sync'
import type { DocTypes, LocatiedeskDatabase } from './collection-types'
import type { PendingChanges } from './pending-changes'
import { skipLocalPurges } from './local-purge-registry'
import { markRefused } from './refused-changes'
import { recordServerDeletions } from './server-deletions'
import { toSyncDoc } from './sync-doc'

/** Documents per pull. */
export const DEFAULT_PULL_BATCH_SIZE = 250

export interface ReplicateOptions<C extends CollectionName> {
  db: LocatiedeskDatabase
  collection: C
  bridge: Bridge
  /** Part of the replication's identity: checkpoints of one server mean nothing to another. */
  serverUrl: string
  pending?: PendingChanges
  /** Told how many documents each pull brought (first-sync progress). */
  onPulled?: (count: number) => void
  pullBatchSize?: number
  pushBatchSize?: number
  retryTimeMs?: number
}

/**
 * The checkpoint RxDB stores for a collection's replication: the server's seq, or nothing yet. `seq`
 * is optional because a first pass over a date window (window-pass.ts) shares this replication's
 * identity and must leave the position of the full pull where it was (it stores `{}`).
 */
export type ReplicationCheckpoint = Partial<Checkpoint>

export type CollectionReplication<C extends CollectionName> = RxReplicationState<DocTypes[C], ReplicationCheckpoint>

/**
 * One identity per collection and server. RxDB keys the replication's meta data (checkpoint, the
 * server state last seen per document) by it, so a first pass and the full replication that share
 * it agree on what the server already sent.
 */
export function replicationIdentifier(collection: CollectionName, serverUrl: string): string {
  return `locatiedesk:${collection}@${serverUrl}`
}

export const PUSH_BATCH_SIZE = 250

/**
 * The settings every replication of a collection shares, the full one and the first sync's window
 * pass alike: the same identity (see above), always live (a live run can be cancelled while it waits),
 * no leader election between tabs (one window per PC), and no pause while the window is hidden: a
 * minimised window keeps syncing, since a check-in must reach the other PCs in seconds regardless.
 */
export function sharedReplicationSettings(collection: CollectionName, serverUrl: string, retryTimeMs = 2_000) {
  return {
    replicationIdentifier: replicationIdentifier(collection, serverUrl),
    live: true,
    retryTime: retryTimeMs,
    waitForLeadership: false,
    toggleOnDocumentVisible: false,
  } as const
}

/** What crosses the wire as a checkpoint: the seq, or null before the first document. */
export function wireCheckpoint(checkpoint: ReplicationCheckpoint | undefined): Checkpoint | null {
  return checkpoint?.seq === undefined ? null : { seq: checkpoint.seq }
}

/** The bridge's event stream, narrowed to what RxDB's pull.stream$ expects for one collection. */
export function pullStream<T>(bridge: Bridge, collection: string): Observable<RxReplicationPullStreamItem<T, ReplicationCheckpoint>> {
  return new Observable((subscriber) =>
    bridge.on('sync.event', (event) => {
      if (event.kind === 'resync') subscriber.next('RESYNC')
      else if (event.change.collection === collection) {
        // Documents come from the server, which validates them against the same schemas.
        subscriber.next({ documents: event.change.documents as unknown as WithDeleted<T>[], checkpoint: event.change.checkpoint })
      }
    }),
  )
}

/** RxDB's push handler over the bridge; conflicts come back as the server's current state. */
export function pushHandler<T>(bridge: Bridge, name: CollectionName, pending?: PendingChanges) {
  return async (rows: RxReplicationWriteToMasterRow<T>[]): Promise<WithDeleted<T>[]> => {
    const sent = rows.map((row) => toSyncDoc(row.newDocumentState))
    const wireRows: PushRow[] = rows.map((row, i) => ({
      newDocumentState: sent[i]!,
      ...(row.assumedMasterState ? { assumedMasterState: toSyncDoc(row.assumedMasterState) } : {}),
    }))
    const response = await bridge.invoke('sync.push', { collection: name, rows: wireRows })
    markRefused(name, (response.refused ?? []).map((r) => r.id))
    pending?.pushed(name, sent, response.conflicts)
    return response.conflicts as unknown as WithDeleted<T>[]
  }
}

export function replicateCollection<C extends CollectionName>(options: ReplicateOptions<C>): CollectionReplication<C> {
  type Doc = DocTypes[C]
  const { bridge, collection: name, pending } = options
  const collection = options.db.collections[name]
  return replicateRxCollection<Doc, ReplicationCheckpoint>({
    ...sharedReplicationSettings(name, options.serverUrl, options.retryTimeMs),
    collection,
    pull: {
      batchSize: options.pullBatchSize ?? DEFAULT_PULL_BATCH_SIZE,
      handler: async (checkpoint, batchSize) => {
        const response = await bridge.invoke('sync.pull', { collection: name, checkpoint: wireCheckpoint(checkpoint), batchSize })
        options.onPulled?.(response.documents.length)
        return {
          documents: response.documents as unknown as WithDeleted<Doc>[],
          checkpoint: response.checkpoint ?? checkpoint ?? {},
        }
      },
      stream$: pullStream<Doc>(bridge, name),
      // A deletion from the server is registered before it is stored, then purged from this PC (server-deletions.ts).
      modifier: recordServerDeletions<WithDeleted<Doc>>(options.db, name),
    },
    push: {
      batchSize: options.pushBatchSize ?? PUSH_BATCH_SIZE,
      handler: pushHandler<Doc>(bridge, name, pending),
      // R17's local purge: this PC's removals of a child's documents never reach the server.
      modifier: skipLocalPurges(options.db, name),
    },
  })
}
