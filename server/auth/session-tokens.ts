// Sign-in tokens: 32 random bytes handed to the PC once; the server keeps only their sha-256,
// with an expiry. Times come from the caller's clock, so tests can move it.
import type { Queryable } from '../db/db'
import { newToken, tokenHash } from './token-hash'

/** A working day and a bit: a PC signs in in the morning and stays signed in through closing (F1). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000

export interface IssuedToken {
  token: string
  expiresAt: Date
}

export async function issueToken(q: Queryable, staffId: string, now: Date, ttlMs = SESSION_TTL_MS): Promise<IssuedToken> {
  const token = newToken()
  const expiresAt = new Date(now.getTime() + ttlMs)
  await q.query(
    'INSERT INTO sessions (token_hash, staff_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
    [tokenHash(token), staffId, now.toISOString(), expiresAt.toISOString()],
  )
  return { token, expiresAt }
}

/** The staff id a token signs in, or null when it is unknown, revoked or expired. */
export async function tokenStaffId(q: Queryable, token: string, now: Date): Promise<string | null> {
  const rows = await q.query<{ staff_id: string }>(
    `SELECT staff_id FROM sessions
      WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2::timestamptz`,
    [tokenHash(token), now.toISOString()],
  )
  return rows[0]?.staff_id ?? null
}

/** Returns whether a live token was revoked (an expired or already revoked one is no sign-in to end). */
export async function revokeToken(q: Queryable, token: string, now: Date): Promise<boolean> {
  const rows = await q.query<{ token_hash: string }>(
    `UPDATE sessions SET revoked_at = $2::timestamptz
      WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2::timestamptz
      RETURNING token_hash`,
    [tokenHash(token), now.toISOString()],
  )
  return rows.length > 0
}

/** A deactivated staff member's PCs lose their sessions at once. */
export async function revokeAllTokens(q: Queryable, staffId: string, now: Date): Promise<void> {
  await q.query('UPDATE sessions SET revoked_at = $2::timestamptz WHERE staff_id = $1 AND revoked_at IS NULL', [staffId, now.toISOString()])
}
