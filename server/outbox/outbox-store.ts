// The outbox table (migration 007): enqueue once per source, claim due messages so that no two
// workers (or server instances) hold the same one, and record how each attempt ended. Claiming
// takes rows with FOR UPDATE SKIP LOCKED and, in the same statement, moves their next_attempt_at
// forward by a lease: after the claim commits, the rows are not due for anyone else while this
// worker sends them; a worker that dies mid-send leaves them to be claimed again when the lease ends.
import type { Queryable } from '../db/db'

export type OutboxKind = 'wachtwoord' | 'besluit'
export type OutboxStatus = 'wachtend' | 'verzonden' | 'mislukt'

/** What the sender needs; stored as jsonb and never shown by GET /outbox. */
export interface OutboxPayload {
  subject: string
  text: string
  /** The fact or request the message is about, and where it belongs (for the `verzonden` fact). */
  locationId: string
  factId?: string
  requestId?: string
  status?: string
}

export interface NewMessage {
  kind: OutboxKind
  childId: string
  parentRank: 1 | 2
  recipient: string | null
  payload: OutboxPayload
  sourceId: string
}

export interface OutboxMessage extends NewMessage {
  id: number
  status: OutboxStatus
  attempts: number
  lastError: string | null
  createdAt: string
  sentAt: string | null
}

/** Why a message without an address is never attempted (F8's most common trouble). */
export const NO_ADDRESS_ERROR = 'Deze ouder heeft geen e-mailadres: het bericht kan niet worden verzonden.'

interface Row {
  id: number
  kind: OutboxKind
  child_id: string
  parent_rank: number
  recipient: string | null
  payload: OutboxPayload
  status: OutboxStatus
  attempts: number
  last_error: string | null
  created_at: Date | string
  sent_at: Date | string | null
  source_id: string
}

const iso = (value: Date | string): string => (value instanceof Date ? value.toISOString() : new Date(value).toISOString())

function messageOf(row: Row): OutboxMessage {
  return {
    id: Number(row.id), kind: row.kind, childId: row.child_id, parentRank: row.parent_rank === 2 ? 2 : 1, recipient: row.recipient,
    payload: row.payload, sourceId: row.source_id, status: row.status, attempts: row.attempts, lastError: row.last_error,
    createdAt: iso(row.created_at), sentAt: row.sent_at === null ? null : iso(row.sent_at),
  }
}

const columns = 'id, kind, child_id, parent_rank, recipient, payload, status, attempts, last_error, created_at, sent_at, source_id'

/** Adds messages whose source has none yet; returns how many were added. A message without an address is `mislukt` at once. */
export async function enqueue(q: Queryable, messages: readonly NewMessage[], now: Date): Promise<number> {
  if (messages.length === 0) return 0
  const records = messages.map((m) => ({
    kind: m.kind, child_id: m.childId, parent_rank: m.parentRank, recipient: m.recipient, payload: m.payload, source_id: m.sourceId,
    status: m.recipient === null ? 'mislukt' : 'wachtend', last_error: m.recipient === null ? NO_ADDRESS_ERROR : null,
  }))
  const rows = await q.query<{ id: number }>(
    `INSERT INTO outbox (kind, child_id, parent_rank, recipient, payload, source_id, status, last_error, created_at, next_attempt_at)
     SELECT r.kind, r.child_id, r.parent_rank, r.recipient, r.payload, r.source_id, r.status, r.last_error, $2::timestamptz, $2::timestamptz
       FROM jsonb_to_recordset($1::jsonb)
         AS r(kind text, child_id text, parent_rank integer, recipient text, payload jsonb, source_id text, status text, last_error text)
     ON CONFLICT (source_id) DO NOTHING
     RETURNING id`,
    [JSON.stringify(records), now.toISOString()],
  )
  return rows.length
}

/** Claims up to `limit` due messages for `leaseMs`, counting the attempt now. Run in its own transaction (it commits the lease). */
export async function claimDue(q: Queryable, a: { now: Date; limit: number; leaseMs: number }): Promise<OutboxMessage[]> {
  const rows = await q.query<Row>(
    `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $2::timestamptz
      WHERE id IN (
        SELECT id FROM outbox WHERE status = 'wachtend' AND next_attempt_at <= $1::timestamptz
         ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
      RETURNING ${columns}`,
    [a.now.toISOString(), new Date(a.now.getTime() + a.leaseMs).toISOString(), a.limit],
  )
  return rows.map(messageOf).sort((x, y) => x.id - y.id)
}

export async function markSent(q: Queryable, id: number, sentAt: Date): Promise<void> {
  await q.query(`UPDATE outbox SET status = 'verzonden', sent_at = $2::timestamptz, last_error = NULL WHERE id = $1`, [id, sentAt.toISOString()])
}

/** A failed attempt: tried again at `retryAt`, or given up (`mislukt`) when there is none. */
export async function markFailed(q: Queryable, id: number, error: string, retryAt: Date | null): Promise<void> {
  await q.query(
    `UPDATE outbox SET last_error = $2, status = CASE WHEN $3::timestamptz IS NULL THEN 'mislukt' ELSE 'wachtend' END,
            next_attempt_at = COALESCE($3::timestamptz, next_attempt_at)
      WHERE id = $1`,
    [id, error.slice(0, 1000), retryAt?.toISOString() ?? null],
  )
}

/** The newest messages, of one child or of all, without their bodies (customer service, F8). */
export async function listMessages(q: Queryable, childId: string | null, limit = 200): Promise<OutboxMessage[]> {
  const rows = await q.query<Row>(
    `SELECT ${columns} FROM outbox WHERE ($1::text IS NULL OR child_id = $1) ORDER BY id DESC LIMIT $2`,
    [childId, limit],
  )
  return rows.map(messageOf)
}
