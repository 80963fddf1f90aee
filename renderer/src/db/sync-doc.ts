// What crosses the wire: the document without RxDB's local bookkeeping (_rev, _meta, _attachments),
// as shared/sync/wire.ts defines SyncDoc. Also how to tell a write that came from the server from
// one made on this PC.
import { getHeightOfRevision, type RxDocumentData } from 'rxdb'
import type { SyncDoc } from '../../../shared/sync'

export function toSyncDoc(doc: object): SyncDoc {
  const { _rev: _r, _meta: _m, _attachments: _a, ...fields } = doc as Record<string, unknown>
  const id = fields.id
  if (typeof id !== 'string') throw new Error('Document zonder id kan niet gesynchroniseerd worden')
  return { ...fields, id, _deleted: fields._deleted === true }
}

/**
 * RxDB's replication tags a document it updates from the server with the revision height of that
 * write (`_meta.o`); a later local edit raises the height. So a document whose height equals its tag
 * is exactly what the server sent. The converse does not hold (RxDB 17.6 drops the tag when the
 * server's write is an insert): use it only to skip documents that surely need no closer look.
 */
export function isServerState(doc: RxDocumentData<unknown>): boolean {
  const origin = doc._meta.o
  return origin !== undefined && origin._rev === getHeightOfRevision(doc._rev)
}
