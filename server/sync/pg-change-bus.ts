// The change bus across server instances on one real PostgreSQL (DESIGN §1: stateless servers,
// fan-out through LISTEN/NOTIFY). A writer announces inside its transaction with pg_notify and a
// small payload (collection and seq range: NOTIFY payloads stop at 8000 bytes, a push can be 5 MB).
// PostgreSQL delivers notifications only after the commit and in commit order, and writers commit
// in seq order (seq-counter.ts), so every instance, the writer's own included, hears of the writes
// in seq order. Each instance holds one dedicated connection that LISTENs, reads what was announced
// from the documents table (everything after the last seq it delivered, up to the announced one),
// and hands it to its SSE streams as change events, in seq order.
// After a lost connection it reconnects and catches up from the last seq it delivered, so a stream
// misses nothing that was written meanwhile.
import pg from 'pg'
import type { ChangeEvent, SyncDoc } from '../../shared/sync'
import type { Db, Queryable } from '../db/db'
import type { ChangeBus } from './change-bus'

export const DEFAULT_CHANGE_CHANNEL = 'locatiedesk_changes'
/** Rows per read while catching up; a large import arrives as several events, not one huge one. */
const READ_PAGE = 500

export interface PgChangeBusOptions {
  connectionString: string
  /** Reads the announced documents: the same database and schema the writers use. */
  db: Db
  /** One channel per data set: tests on one database give each schema its own. */
  channel?: string
  reconnect?: { baseMs: number; maxMs: number }
  onError?: (error: unknown) => void
}

export interface PgChangeBus extends ChangeBus {
  close(): Promise<void>
}

interface Announcement {
  collection: string
  from: number
  to: number
}

export async function openPgChangeBus(options: PgChangeBusOptions): Promise<PgChangeBus> {
  const channel = options.channel ?? DEFAULT_CHANGE_CHANNEL
  const { baseMs, maxMs } = options.reconnect ?? { baseMs: 250, maxMs: 10_000 }
  const onError = options.onError ?? (() => undefined)
  const listeners = new Set<(event: ChangeEvent) => void>()
  let lastSeq = await counterValue(options.db)
  let delivering: Promise<void> = Promise.resolve()
  let client: pg.Client | null = null
  let closed = false
  let retryTimer: NodeJS.Timeout | undefined
  let failures = 0

  const emit = (event: ChangeEvent) => {
    for (const listener of [...listeners]) {
      // One broken subscriber (a stream that just died) must not keep the others from the change.
      try {
        listener(event)
      } catch {
        listeners.delete(listener)
      }
    }
  }

  /**
   * Emits every document after the last seq delivered up to `to`, in seq order, one delivery at a
   * time. Reading from the last seq delivered, not from the announced range, means that nothing is
   * ever skipped: not after a failed read, not after a lost connection, not a write that was never
   * announced (a writer that stores outside a push; none of them run while streams are open, see main.ts).
   */
  const deliverUpTo = (to: number) => {
    delivering = delivering.then(async () => {
      while (!closed && lastSeq < to) {
        const rows = await options.db.query<{ collection: string; data: SyncDoc; seq: number }>(
          'SELECT collection, data, seq FROM documents WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3',
          [lastSeq, to, READ_PAGE],
        )
        if (rows.length === 0) {
          lastSeq = to // rewritten since: they come again with the later announcement
          break
        }
        for (const event of eventsOf(rows)) emit(event)
        lastSeq = rows.at(-1)!.seq
      }
    }).catch(onError) // lastSeq stays: the next announcement reads the range again
  }

  const connect = async () => {
    const next = new pg.Client({ connectionString: options.connectionString })
    client = next
    const lost = (error?: unknown) => {
      if (client !== next) return
      client = null
      if (error !== undefined) onError(error)
      next.removeAllListeners('notification')
      void next.end().catch(() => undefined)
      scheduleReconnect()
    }
    next.on('error', lost)
    next.on('end', () => lost())
    next.on('notification', (message) => {
      if (message.channel !== channel) return
      const announced = parseAnnouncement(message.payload)
      if (announced !== null) deliverUpTo(announced.to)
    })
    await next.connect()
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
    failures = 0
    // Whatever was written while no one listened (a reconnect, a start racing a write).
    deliverUpTo(await counterValue(options.db))
  }

  const scheduleReconnect = () => {
    if (closed || retryTimer !== undefined) return
    const delay = Math.min(maxMs, baseMs * 2 ** failures)
    failures += 1
    retryTimer = setTimeout(() => {
      retryTimer = undefined
      connect().catch((error: unknown) => {
        onError(error)
        const failed = client
        client = null
        void failed?.end().catch(() => undefined)
        scheduleReconnect()
      })
    }, delay)
  }

  try {
    await connect()
  } catch (error) {
    // No bus at all: the server must not start as if its streams were fed.
    closed = true
    clearTimeout(retryTimer)
    await (client as pg.Client | null)?.end().catch(() => undefined)
    throw error
  }

  return {
    publish(event) {
      // Outside a transaction (a writer that is not a push): announce now, in no particular order.
      void notify(options.db, channel, event).catch(onError)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    async announceWithin(q, events) {
      for (const event of events) await notify(q, channel, event)
    },
    async close() {
      closed = true
      clearTimeout(retryTimer)
      const current = client
      client = null
      await current?.end().catch(() => undefined)
      await delivering
      listeners.clear()
    },
  }
}

async function notify(q: Queryable, channel: string, event: ChangeEvent): Promise<void> {
  const to = event.checkpoint.seq
  // A push writes its documents with consecutive seqs ending at the checkpoint.
  const payload: Announcement = { collection: event.collection, from: to - event.documents.length + 1, to }
  await q.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(payload)])
}

async function counterValue(db: Queryable): Promise<number> {
  const rows = await db.query<{ value: number }>('SELECT value FROM seq_counter WHERE singleton')
  return rows[0]?.value ?? 0
}

function parseAnnouncement(payload: string | undefined): Announcement | null {
  try {
    const value: unknown = JSON.parse(payload ?? '')
    if (typeof value !== 'object' || value === null) return null
    const { collection, from, to } = value as Record<string, unknown>
    if (typeof collection !== 'string' || !Number.isSafeInteger(from) || !Number.isSafeInteger(to)) return null
    return { collection, from: from as number, to: to as number }
  } catch {
    return null
  }
}

/** Rows in seq order as change events: one per run of the same collection, its checkpoint the run's last seq. */
export function eventsOf(rows: readonly { collection: string; data: SyncDoc; seq: number }[]): ChangeEvent[] {
  const events: ChangeEvent[] = []
  for (const row of rows) {
    const current = events.at(-1)
    if (current !== undefined && current.collection === row.collection) {
      current.documents.push(row.data)
      current.checkpoint = { seq: row.seq }
    } else {
      events.push({ collection: row.collection, documents: [row.data], checkpoint: { seq: row.seq } })
    }
  }
  return events
}
