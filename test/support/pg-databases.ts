// The server's tests run on both databases: PGlite (always; one instance per test file, in a temp
// data folder) and a real PostgreSQL when DATABASE_URL is set (CI starts one with
// scripts/pg-throwaway.sh). Each test file gets its own schema there, so parallel files and runs
// never see each other's rows; tests within a file start from empty tables (reset()).
import { rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe } from 'vitest'
import type { Db } from '../../server/db/db'
import { migrate } from '../../server/db/migrate'
import { openPg } from '../../server/db/pg-db'
import { openPglite } from '../../server/db/pglite-db'
import { freshPgliteDataDir } from './pg-lite-template'

export type DatabaseKind = 'pglite' | 'postgres'

export const databaseUrl: string | null = process.env.DATABASE_URL?.trim() || null
export const postgresSkipReason = 'DATABASE_URL is not set, so the PostgreSQL variant is skipped (CI sets it: .ci/run)'

export interface TestDatabase {
  kind: DatabaseKind
  db: Db
  /** A second Db on the same data (PostgreSQL only: another pool, for parallel writers). */
  openAnother?(options?: { max?: number }): Promise<Db>
  reset(): Promise<void>
  close(): Promise<void>
}

export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const dir = await freshPgliteDataDir()
    const db = await openPglite({ dataDir: dir })
    await migrate(db)
    return {
      kind, db,
      reset: () => resetTables(db),
      close: async () => {
        await db.close()
        await rm(dir, { recursive: true, force: true })
      },
    }
  }
  if (databaseUrl === null) throw new Error(postgresSkipReason)
  const url = databaseUrl
  const schema = `t_${randomBytes(6).toString('hex')}`
  const db = await openPg({ connectionString: url, schema })
  await migrate(db)
  const others: Db[] = []
  return {
    kind, db,
    async openAnother(options = {}) {
      const other = await openPg({ connectionString: url, schema, ...options })
      others.push(other)
      return other
    },
    reset: () => resetTables(db),
    async close() {
      await Promise.all(others.map((o) => o.close()))
      await db.exec(`DROP SCHEMA ${schema} CASCADE`)
      await db.close()
    },
  }
}

export async function resetTables(db: Db): Promise<void> {
  await db.exec('TRUNCATE documents, server_state, accounts, sessions, devices, outbox, privacy_log; UPDATE seq_counter SET value = 0')
}

export const databaseKinds: readonly DatabaseKind[] = ['pglite', 'postgres']

/**
 * One suite per database: `body` gets a getter for the database (opened once per suite, emptied
 * before each test). Without DATABASE_URL the PostgreSQL suite is skipped and says why in its name.
 */
export function describeOnDatabases(
  title: string, body: (current: () => TestDatabase) => void, kinds: readonly DatabaseKind[] = databaseKinds,
): void {
  for (const kind of kinds) {
    const available = kind === 'pglite' || databaseUrl !== null
    const name = available ? `${title} [${kind}]` : `${title} [${kind}] (skipped: ${postgresSkipReason})`
    if (!available) console.warn(name)
    describe.skipIf(!available)(name, () => {
      let current: TestDatabase | undefined
      beforeAll(async () => {
        current = await openTestDatabase(kind)
      }, 60_000)
      afterAll(async () => {
        await current?.close()
      })
      beforeEach(async () => {
        await current?.reset()
      })
      body(() => {
        if (current === undefined) throw new Error('database not open yet')
        return current
      })
    })
  }
}
