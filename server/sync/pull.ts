// RxDB's pull handler on the server: documents of one collection changed after the checkpoint,
// optionally only those whose top-level `date` lies in a window (a new PC's first pass around today,
// DESIGN §4). The window filters; it changes nothing about order or checkpoints: documents come in
// seq order and the checkpoint is the seq of the last one returned, so a windowed pass can resume too.
import type { Queryable } from '../db/db'
import type { PullRequest, PullResponse, PullWindow, SyncDoc } from '../../shared/sync'
import { readSince, type StoredDoc } from './document-store'

/** Same query as readSince, with the date filter. 'yyyy-MM-dd' sorts as text, so BETWEEN is a date range. */
async function readSinceInWindow(q: Queryable, collection: string, afterSeq: number, limit: number, window: PullWindow): Promise<StoredDoc[]> {
  const rows = await q.query<{ data: SyncDoc; seq: number }>(
    `SELECT data, seq FROM documents
      WHERE collection = $1 AND seq > $2 AND data->>'date' BETWEEN $3 AND $4
      ORDER BY seq
      LIMIT $5`,
    [collection, afterSeq, window.from, window.to, limit],
  )
  return rows.map((r) => ({ doc: r.data, seq: r.seq }))
}

export async function pull(q: Queryable, collection: string, request: PullRequest): Promise<PullResponse> {
  const afterSeq = request.checkpoint?.seq ?? 0
  const rows = request.window
    ? await readSinceInWindow(q, collection, afterSeq, request.batchSize, request.window)
    : await readSince(q, collection, afterSeq, request.batchSize)
  const last = rows.at(-1)
  return {
    documents: rows.map((r) => r.doc),
    // Nothing new: hand the client's checkpoint back, so it resumes from the same place.
    checkpoint: last === undefined ? request.checkpoint : { seq: last.seq },
  }
}
