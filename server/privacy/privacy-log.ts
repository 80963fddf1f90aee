// The server-only record that a deletion happened (migration 008): the child by hash only, who,
// when and how many of each kind. Written in the deletion's own transaction: no deletion without
// its record, no record without the deletion.
import { createHash, createHmac } from 'node:crypto'
import type { Queryable } from '../db/db'

export function childHash(childId: string, key: string | null): string {
  return key === null
    ? createHash('sha256').update(childId, 'utf8').digest('hex')
    : createHmac('sha256', key).update(childId, 'utf8').digest('hex')
}

export interface PrivacyLogEntry {
  childHash: string
  deletedBy: string
  deletedAt: Date
  counts: Record<string, number>
}

export async function writePrivacyLog(q: Queryable, entry: PrivacyLogEntry): Promise<void> {
  await q.query(
    'INSERT INTO privacy_log (child_hash, deleted_by, deleted_at, counts) VALUES ($1, $2, $3, $4::jsonb)',
    [entry.childHash, entry.deletedBy, entry.deletedAt.toISOString(), JSON.stringify(entry.counts)],
  )
}
