// What RxDB's replication last saw on the server for some documents: its meta instance keeps that
// state per document (the `assumedMasterState` of the next push), under `${docId}|0` (RxDB's
// replication meta schema: itemId|isCheckpoint). A local document equal to it is on the server; one
// that differs, or has no such state, holds a change the server has not confirmed.
import { deepEqual, type BulkWriteRow, type RxDocumentData } from 'rxdb'
import type { SyncDoc } from '../../../shared/sync'
import { isServerState, toSyncDoc } from './sync-doc'

/** A row of RxDB's replication meta store (RxStorageReplicationMeta), as far as it is read here. */
export interface MetaRow {
  id: string
  itemId: string
  isCheckpoint: string
  docData?: unknown
}

/** What these modules read of an RxDB replication, whatever its document type. */
export interface ReplicationView {
  readonly startPromise: Promise<void>
  readonly metaInstance?: {
    findDocumentsById(ids: string[], withDeleted: boolean): Promise<RxDocumentData<MetaRow>[]>
    bulkWrite(rows: BulkWriteRow<MetaRow>[], context: string): Promise<unknown>
    cleanup(minimumDeletedTime: number): Promise<boolean>
  }
  /** RxDB's internal state: its upstream queue tells when every local write so far has been handled. */
  readonly internalReplicationState?: { readonly streamQueue: { readonly up: Promise<unknown> } }
}

/** id → the server's state as this PC last saw it; ids the replication never saw are absent. */
export async function serverStates(replication: ReplicationView, ids: readonly string[]): Promise<Map<string, SyncDoc> | null> {
  await replication.startPromise
  const meta = replication.metaInstance
  if (!meta) return null
  const known = await meta.findDocumentsById(ids.map((id) => `${id}|0`), false)
  return new Map(known.map((m) => [m.itemId, toSyncDoc(m.docData as object)]))
}

/**
 * The ids among `docs` whose stored state is surely the server's. Without a running replication only
 * RxDB's own tag can tell (isServerState), which misses some: such documents count as unconfirmed,
 * the safe side for anything that would remove them.
 */
export async function confirmedByServer(
  replication: ReplicationView | undefined, docs: readonly RxDocumentData<unknown>[],
): Promise<Set<string>> {
  const states = replication ? await serverStates(replication, docs.map((doc) => toSyncDoc(doc).id)) : null
  const confirmed = new Set<string>()
  for (const doc of docs) {
    const mine = toSyncDoc(doc)
    const theirs = states?.get(mine.id)
    if (isServerState(doc) || (theirs !== undefined && deepEqual(theirs, mine))) confirmed.add(mine.id)
  }
  return confirmed
}
