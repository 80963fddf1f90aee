// Migration 005 gives the rows already stored the same scope tags that writeDocuments gives new ones
// (server/sync/scope-tags.ts), computed in SQL on both PostgreSQL 18 (PGlite) and 15. Generated
// documents with odd fields are stored under migrations 001–004, then 005 runs over them.
import { rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collectionNames } from '../../../shared/domain'
import type { Db } from '../../../server/db/db'
import { migrate, readMigrations } from '../../../server/db/migrate'
import { openPg } from '../../../server/db/pg-db'
import { openPglite } from '../../../server/db/pglite-db'
import { scopeTags } from '../../../server/sync/scope-tags'
import { databaseUrl, postgresSkipReason } from '../../support/pg-databases'
import { freshPgliteDataDir } from '../../support/pg-lite-template'

const placeId = fc.constantFrom('loc-a', 'loc-b', '*', "o'hara", 'loc:x', '')
const oddValue = fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.constant({ id: 'loc-a' }), fc.constant(['loc-a']))
const fields = fc.record({
  locationId: fc.oneof(placeId, oddValue),
  locationIds: fc.oneof(fc.array(fc.oneof(placeId, oddValue), { maxLength: 4 }), placeId, oddValue),
  deviceId: fc.oneof(fc.constantFrom('pc-1', ''), oddValue),
  role: fc.oneof(fc.constantFrom('groepsmedewerker', 'manager', 'klantenservice', 'planner'), oddValue),
}, { requiredKeys: [] })
const row = fc.tuple(fc.constantFrom(...collectionNames, 'onbekend'), fields)

async function backfillMatches(db: Db): Promise<void> {
  const all = await readMigrations()
  const before005 = all.filter((m) => m.name < '005')
  expect(before005.length).toBe(4)
  await migrate(db, before005)
  const rows = fc.sample(row, { numRuns: 400, seed: 4 }).map(([collection, f], i) => ({ collection, id: `d${i}`, data: { id: `d${i}`, _deleted: false, ...f }, seq: i + 1 }))
  await db.query(
    `INSERT INTO documents (collection, id, data, seq)
     SELECT r.collection, r.id, r.data, r.seq FROM jsonb_to_recordset($1::jsonb) AS r(collection text, id text, data jsonb, seq bigint)`,
    [JSON.stringify(rows)],
  )
  expect(await migrate(db)).toEqual(all.filter((m) => m.name >= '005').map((m) => m.name))
  const stored = await db.query<{ collection: string; id: string; data: Record<string, unknown>; scope: string[] }>(
    'SELECT collection, id, data, scope FROM documents ORDER BY seq')
  expect(stored).toHaveLength(rows.length)
  for (const r of stored) {
    expect([...r.scope].sort(), `${r.collection} ${JSON.stringify(r.data)}`).toEqual(scopeTags(r.collection, r.data).sort())
  }
}

describe('scope backfill of migration 005', () => {
  it('tags existing rows as scope-tags.ts does [pglite]', async () => {
    const dir = await freshPgliteDataDir()
    const db = await openPglite({ dataDir: dir })
    try {
      await backfillMatches(db)
    } finally {
      await db.close()
      await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it.skipIf(databaseUrl === null)(`tags existing rows as scope-tags.ts does [postgres]${databaseUrl === null ? ` (skipped: ${postgresSkipReason})` : ''}`, async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`
    const db = await openPg({ connectionString: databaseUrl!, schema })
    try {
      await backfillMatches(db)
    } finally {
      await db.exec(`DROP SCHEMA ${schema} CASCADE`)
      await db.close()
    }
  }, 60_000)
})
