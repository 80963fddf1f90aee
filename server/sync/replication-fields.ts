// RxDB's bookkeeping fields are not part of the wire document (shared/sync SyncDoc). A client that
// sends them anyway must not get them stored: each PC keeps its own revisions.
import type { SyncDoc } from '../../shared/sync'

const RXDB_FIELDS = ['_rev', '_meta', '_attachments'] as const

export function withoutReplicationFields(doc: SyncDoc): SyncDoc {
  if (!RXDB_FIELDS.some((f) => Object.hasOwn(doc, f))) return doc
  const copy: Record<string, unknown> = { ...doc }
  for (const f of RXDB_FIELDS) delete copy[f]
  return copy as SyncDoc
}
