// The accounts table (migration 004): one row per staff member who can sign in.
import type { Queryable } from '../db/db'

export interface Account {
  id: string
  passwordHash: string
  pinHash: string | null
  failedAttempts: number
  lockedUntil: Date | null
  active: boolean
}

interface AccountRow {
  id: string
  password_hash: string
  pin_hash: string | null
  failed_attempts: number
  locked_until: Date | string | null
  active: boolean
}

export async function readAccount(q: Queryable, id: string): Promise<Account | null> {
  const rows = await q.query<AccountRow>(
    'SELECT id, password_hash, pin_hash, failed_attempts, locked_until, active FROM accounts WHERE id = $1', [id],
  )
  const row = rows[0]
  if (row === undefined) return null
  return {
    id: row.id, passwordHash: row.password_hash, pinHash: row.pin_hash, failedAttempts: Number(row.failed_attempts),
    lockedUntil: row.locked_until === null ? null : new Date(row.locked_until), active: row.active,
  }
}

export async function insertAccount(
  q: Queryable, account: { id: string; passwordHash: string; pinHash: string | null; active: boolean },
): Promise<void> {
  await q.query(
    'INSERT INTO accounts (id, password_hash, pin_hash, active) VALUES ($1, $2, $3, $4)',
    [account.id, account.passwordHash, account.pinHash, account.active],
  )
}

export async function setAccountActive(q: Queryable, id: string, active: boolean): Promise<void> {
  await q.query('UPDATE accounts SET active = $2, updated_at = now() WHERE id = $1', [id, active])
}

/**
 * Counts a failed sign-in in one statement (two failures at once both count). On the limit the
 * account is locked until `lockUntil` and the count starts again.
 */
export async function recordFailedSignIn(q: Queryable, id: string, limit: number, lockUntil: Date): Promise<void> {
  await q.query(
    `UPDATE accounts SET
       locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN $3::timestamptz ELSE locked_until END,
       failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END,
       updated_at = now()
     WHERE id = $1`,
    [id, limit, lockUntil.toISOString()],
  )
}

export async function recordSuccessfulSignIn(q: Queryable, id: string): Promise<void> {
  await q.query('UPDATE accounts SET failed_attempts = 0, locked_until = NULL, updated_at = now() WHERE id = $1', [id])
}
