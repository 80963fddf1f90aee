// The checkpoint order. Every writer first locks the single counter row and sets it before it
// commits. The row lock serialises writers, so they commit in seq order, and PostgreSQL makes a
// commit visible before it releases its locks: a reader's snapshot therefore always holds a prefix
// of the seqs, and a pull that saw seq n has seen every seq below n (DESIGN §4; a sequence does
// not give that, because numbers are handed out before, not in, commit order).
import type { Queryable } from '../db/db'

/** Locks the counter until the transaction ends; returns the last seq handed out. */
export async function lockSeqCounter(q: Queryable): Promise<number> {
  const rows = await q.query<{ value: number }>('SELECT value FROM seq_counter WHERE singleton FOR UPDATE')
  const row = rows[0]
  if (row === undefined) throw new Error('seq_counter has no row: migrations did not run')
  return row.value
}

export async function setSeqCounter(q: Queryable, last: number): Promise<void> {
  await q.query('UPDATE seq_counter SET value = $1 WHERE singleton', [last])
}
