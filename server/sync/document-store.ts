// Reading and writing the documents table. Writers must hold the seq counter lock (seq-counter.ts).
// Every write goes through writeDocuments, which also stores the document's scope tags (R19,
// scope-tags.ts): no writer can store a row that pull and the event stream would misjudge.
import type { Queryable } from '../db/db'
import type { SyncDoc } from '../../shared/sync'
import { scopeTags } from './scope-tags'

/** Who wrote and from where: server-only, never part of the replicated document. */
export interface WriteMeta {
  author: string | null
  device: string | null
  /** When the action was taken on the PC (ISO), if the client said so. */
  clientTime: string | null
}

export interface StoredDoc {
  doc: SyncDoc
  seq: number
}

export async function readDocuments(q: Queryable, collection: string, ids: readonly string[]): Promise<Map<string, SyncDoc>> {
  if (ids.length === 0) return new Map()
  // The ids travel as one JSON array parameter: the same SQL on pg and PGlite, whatever the count.
  const rows = await q.query<{ data: SyncDoc }>(
    `SELECT data FROM documents
      WHERE collection = $1 AND id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [collection, JSON.stringify(ids)],
  )
  return new Map(rows.map((r) => [r.data.id, r.data]))
}

/** The same meta for every document, or each document's own (who did that change, and when on the PC). */
export type WriteMetaFor = WriteMeta | ((doc: SyncDoc) => WriteMeta)

/**
 * Inserts or replaces docs with consecutive seqs after lastSeq, in one statement. The caller holds
 * the counter lock and sets the counter to the returned last seq before it commits.
 */
export async function writeDocuments(
  q: Queryable, collection: string, docs: readonly SyncDoc[], lastSeq: number, meta: WriteMetaFor,
): Promise<StoredDoc[]> {
  const stored = docs.map((doc, i) => ({ doc, seq: lastSeq + 1 + i }))
  if (stored.length === 0) return stored
  const metaOf = typeof meta === 'function' ? meta : () => meta
  const records = stored.map(({ doc, seq }) => {
    const m = metaOf(doc)
    return {
      id: doc.id, data: doc, deleted: doc._deleted, seq, author: m.author, device: m.device, client_time: m.clientTime,
      scope: scopeTags(collection, doc),
    }
  })
  // jsonb_to_recordset turns each record's JSON array of tags into the text[] column (PostgreSQL 10+).
  await q.query(
    `INSERT INTO documents (collection, id, data, deleted, seq, author, device, client_time, scope)
     SELECT $1, r.id, r.data, r.deleted, r.seq, r.author, r.device, r.client_time, r.scope
       FROM jsonb_to_recordset($2::jsonb)
         AS r(id text, data jsonb, deleted boolean, seq bigint, author text, device text, client_time timestamptz, scope text[])
     ON CONFLICT (collection, id) DO UPDATE SET
       data = excluded.data, deleted = excluded.deleted, seq = excluded.seq, author = excluded.author,
       device = excluded.device, server_time = now(), client_time = excluded.client_time, scope = excluded.scope`,
    [collection, JSON.stringify(records)],
  )
  return stored
}
