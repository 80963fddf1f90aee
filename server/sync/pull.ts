// RxDB's pull handler on the server: documents of one collection changed after the checkpoint.
import type { Queryable } from '../db/db'
import type { PullRequest, PullResponse } from '../../shared/sync'
import { readSince } from './document-store'

export async function pull(q: Queryable, collection: string, request: PullRequest): Promise<PullResponse> {
  const rows = await readSince(q, collection, request.checkpoint?.seq ?? 0, request.batchSize)
  const last = rows.at(-1)
  return {
    documents: rows.map((r) => r.doc),
    // Nothing new: hand the client's checkpoint back, so it resumes from the same place.
    checkpoint: last === undefined ? request.checkpoint : { seq: last.seq },
  }
}
