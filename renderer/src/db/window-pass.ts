// A new PC's first pass over the days around today (DESIGN §4: today usable fast, whatever the
// history's size): one run of a collection's pull restricted to a date window, before its full live
// replication starts.
//
// The pass is an RxDB replication with the SAME identity as the full one (replication.ts), stopped
// after its initial pull. So RxDB records every document it brings as "the server's state" in the meta data
// the full replication reads later: when the full pull brings those documents again, RxDB finds the
// local document equal to both the server's and the remembered state and writes nothing, and its
// push has nothing to send. The pass keeps its own position in the window in memory and stores the
// empty checkpoint `{}`, which RxDB merges into the stored one without moving the full pull's `seq`
// (an interrupted first sync resumes the full pull where it was, and simply runs the pass again).
import { filter, firstValueFrom, type Observable } from 'rxjs'
import type { WithDeleted } from 'rxdb'
import { replicateRxCollection } from 'rxdb/plugins/replication'
import type { Bridge } from '../../../shared/api'
import type { CollectionName } from '../../../shared/domain/collections'
import type { Checkpoint, PullWindow } from '../../../shared/sync'
import type { DocTypes, LocatiedeskDatabase } from './collection-types'
import { skipLocalPurges } from './local-purge-registry'
import type { PendingChanges } from './pending-changes'
import {
  DEFAULT_PULL_BATCH_SIZE, PUSH_BATCH_SIZE, pushHandler, sharedReplicationSettings, type CollectionReplication, type ReplicationCheckpoint,
} from './replication'

export interface WindowPassOptions<C extends CollectionName> {
  db: LocatiedeskDatabase
  collection: C
  bridge: Bridge
  serverUrl: string
  window: PullWindow
  pending?: PendingChanges
  onPulled?: (count: number) => void
  pullBatchSize?: number
  retryTimeMs?: number
}

export interface WindowPass {
  /** Resolves when every document of the window is stored locally and the pass has stopped. */
  readonly done: Promise<void>
  /** True while it pulls (RxDB's active$). */
  readonly active$: Observable<boolean>
  /** Stop early (the app closes during the first sync). */
  cancel(): Promise<void>
}

export function startWindowPass<C extends CollectionName>(options: WindowPassOptions<C>): WindowPass {
  type Doc = DocTypes[C]
  const { bridge, collection: name, window } = options
  // The position inside the window; only this run uses it.
  let position: Checkpoint | null = null
  const replication: CollectionReplication<C> = replicateRxCollection<Doc, ReplicationCheckpoint>({
    // Live, not RxDB's live: false: such a run cannot be cancelled while it waits for the server (its
    // cancel queues behind the run). Without a stream$ a live replication pulls once, and is
    // cancelled here when that initial pull is stored.
    ...sharedReplicationSettings(name, options.serverUrl, options.retryTimeMs),
    collection: options.db.collections[name],
    pull: {
      batchSize: options.pullBatchSize ?? DEFAULT_PULL_BATCH_SIZE,
      handler: async (_stored, batchSize) => {
        const response = await bridge.invoke('sync.pull', { collection: name, checkpoint: position, batchSize, window })
        position = response.checkpoint ?? position
        options.onPulled?.(response.documents.length)
        return { documents: response.documents as unknown as WithDeleted<Doc>[], checkpoint: {} }
      },
    },
    // With a push handler RxDB stores the pulled server states (it skips that for pull-only
    // replications), which is what lets the full replication recognise them. On a new PC there is
    // nothing local to push; after an interrupted first sync, a waiting local change may go out here.
    push: { batchSize: PUSH_BATCH_SIZE, handler: pushHandler<Doc>(bridge, name, options.pending), modifier: skipLocalPurges(options.db, name) },
  })
  const cancelled = firstValueFrom(replication.canceled$.pipe(filter(Boolean)))
  const done = Promise.race([replication.awaitInitialReplication(), cancelled]).then(() => replication.cancel())
  return {
    done,
    active$: replication.active$,
    async cancel() {
      await replication.cancel()
    },
  }
}
