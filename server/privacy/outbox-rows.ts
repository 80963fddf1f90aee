// The outbox's messages about a child (migration 007, server/outbox): server-only rows with the
// parent's address and the message text. The privacy code reads and deletes them only where that
// table exists with a child_id column, so it runs against a database without the outbox too.
import type { Queryable } from '../db/db'

export type OutboxRow = Record<string, unknown>

async function hasOutbox(q: Queryable): Promise<boolean> {
  const rows = await q.query<{ present: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'outbox' AND column_name = 'child_id'
     ) AS present`,
  )
  return rows[0]?.present === true
}

/** Every column of every message about the child (payloads included: the export holds everything), oldest first. */
export async function readOutboxRows(q: Queryable, childId: string): Promise<OutboxRow[] | null> {
  if (!(await hasOutbox(q))) return null
  const rows = await q.query<{ row: OutboxRow }>(
    'SELECT to_jsonb(o) AS row FROM outbox o WHERE o.child_id = $1 ORDER BY o.created_at, o.source_id', [childId],
  )
  return rows.map((r) => r.row)
}

/** Deletes the child's messages (sent or not: an unsent one must not go out about a deleted child). Returns how many. */
export async function deleteOutboxRows(q: Queryable, childId: string): Promise<number> {
  if (!(await hasOutbox(q))) return 0
  const rows = await q.query<{ n: number }>(
    'WITH gone AS (DELETE FROM outbox WHERE child_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM gone', [childId],
  )
  return rows[0]?.n ?? 0
}
