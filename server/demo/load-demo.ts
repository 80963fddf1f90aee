// Puts the demo organisation (shared/demo) into an empty database on first start. Marked in
// server_state: 'loading' before the first batch, 'loaded' after the last, so a second start never
// loads it again, and a start after a crash in the middle loads it again from the beginning (the
// ids are deterministic, so that overwrites instead of duplicating). A database that holds
// documents without that mark is real data and is left alone.
import type { Db } from '../db/db'
import { insertInBatches, type SeedCollections } from './document-batches'

/** The demo arrives in parts (organisation-wide documents, then one location at a time). */
export type DemoParts = Iterable<SeedCollections>

const DEMO_KEY = 'demo'

export interface DemoLoadResult {
  loaded: boolean
  /** Why nothing was loaded, or how many documents per collection were. */
  reason?: 'already-loaded' | 'database-not-empty'
  counts?: Record<string, number>
}

export async function loadDemoIfEmpty(
  db: Db, source: () => DemoParts | Promise<DemoParts>, options: { batchSize?: number } = {},
): Promise<DemoLoadResult> {
  const decision = await db.tx(async (q) => {
    const state = await q.query<{ value: { status: string } }>('SELECT value FROM server_state WHERE key = $1 FOR UPDATE', [DEMO_KEY])
    const status = state[0]?.value.status
    if (status === 'loaded') return 'already-loaded' as const
    if (status === undefined) {
      const any = await q.query<{ present: boolean }>('SELECT EXISTS (SELECT 1 FROM documents) AS present')
      if (any[0]?.present === true) return 'database-not-empty' as const
    }
    await setDemoStatus(q, 'loading')
    return 'load' as const
  })
  if (decision !== 'load') return { loaded: false, reason: decision }

  const counts: Record<string, number> = {}
  // One part at a time: only the part being written is in memory.
  for (const part of await source()) {
    const written = await insertInBatches(db, part, { author: 'demo', device: null, clientTime: null }, options.batchSize)
    for (const [collection, n] of Object.entries(written)) counts[collection] = (counts[collection] ?? 0) + n
  }
  await db.tx((q) => setDemoStatus(q, 'loaded'))
  return { loaded: true, counts }
}

async function setDemoStatus(q: Pick<Db, 'query'>, status: 'loading' | 'loaded'): Promise<void> {
  await q.query(
    `INSERT INTO server_state (key, value) VALUES ($1, $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()`,
    [DEMO_KEY, JSON.stringify({ status })],
  )
}
