// RxDB's pull handler on the server: documents of one collection changed after the checkpoint, that
// the pulling device covers (R19), optionally only those whose top-level `date` lies in a window (a
// new PC's first pass around today, DESIGN §4). Both filters run in SQL: the scope column holds each
// document's tags (scope-tags.ts). Filters change nothing about order or checkpoints: documents come
// in seq order and the checkpoint is the seq of the last one returned. Skipping rows the device does
// not cover is safe, because those rows are never for this device.
import type { Queryable } from '../db/db'
import type { PullRequest, PullResponse, SyncDoc } from '../../shared/sync'
import type { Caller } from './checks/check'
import { callerTags } from './scope-tags'

/**
 * Who reads: a registered device (only what it covers), or the server itself, which reads every
 * document (its own bookkeeping, and tests of the protocol). /sync/* always passes the device.
 */
export type PullReader = Caller | 'server'

export async function pull(q: Queryable, collection: string, request: PullRequest, reader: PullReader): Promise<PullResponse> {
  const params: unknown[] = [collection, request.checkpoint?.seq ?? 0]
  const where = ['collection = $1', 'seq > $2']
  if (request.window) {
    // 'yyyy-MM-dd' sorts as text, so BETWEEN is a date range.
    params.push(request.window.from, request.window.to)
    where.push(`data->>'date' BETWEEN $${params.length - 1} AND $${params.length}`)
  }
  if (reader !== 'server') {
    // The tags travel as a JSON array: the same SQL on pg and PGlite.
    params.push(JSON.stringify(callerTags(reader)))
    where.push(`scope && ARRAY(SELECT jsonb_array_elements_text($${params.length}::jsonb))`)
  }
  params.push(request.batchSize)
  const rows = await q.query<{ data: SyncDoc; seq: number }>(
    `SELECT data, seq FROM documents WHERE ${where.join(' AND ')} ORDER BY seq LIMIT $${params.length}`,
    params,
  )
  const last = rows.at(-1)
  return {
    documents: rows.map((r) => r.data),
    // Nothing new: hand the client's checkpoint back, so it resumes from the same place.
    checkpoint: last === undefined ? request.checkpoint : { seq: last.seq },
  }
}
