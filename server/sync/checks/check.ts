// The shape of a check on one pushed document. A check returns the refusal, or null when it has
// nothing against the document. Document checks judge the document with what the push itself
// carries (the stored state of that same document included, which the push has read anyway);
// picture checks also read other stored documents (e.g. a child's ledger), inside the writing
// transaction, so their answer cannot go stale before the commit.
import type { CollectionName, LedgerEntry } from '../../../shared/domain'
import type { SyncDoc } from '../../../shared/sync'
import type { Refusal } from './refusal'

export interface CheckInput<D = SyncDoc> {
  collection: CollectionName
  /** The pushed document, already valid against its collection's JSON schema. */
  doc: D & SyncDoc
  /** The server's current state of this document (earlier rows of the same push included), if any. */
  stored: SyncDoc | undefined
  /** What the PC believed the stored state was (RxDB's assumedMasterState). */
  assumed: SyncDoc | undefined
  /** The server's clock at the push. */
  now: Date
}

export type DocumentCheck<D = SyncDoc> = (input: CheckInput<D>) => Refusal | null

/** What picture checks may read: stored documents, plus what earlier rows of the same push wrote. */
export interface StoredPicture {
  /** Every ledger entry of one child (not deleted), of all units. */
  ledgerOfChild(childId: string): Promise<LedgerEntry[]>
}

export type PictureCheck<D = SyncDoc> = (input: CheckInput<D>, picture: StoredPicture) => Promise<Refusal | null>
