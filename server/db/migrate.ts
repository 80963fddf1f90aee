// Applies server/db/migrations/NNN-name.sql in name order, each once, recorded in
// schema_migrations. All of it runs in one transaction under an advisory lock, so two servers
// starting together on one database do not both apply a migration, and a failed migration leaves
// nothing half done.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Db } from './db'

const MIGRATIONS_DIR = path.join(import.meta.dirname, 'migrations')
const MIGRATION_FILE = /^\d{3}-[a-z0-9-]+\.sql$/
/** Any fixed number: it names "the migration lock" for pg_advisory_xact_lock. */
const MIGRATION_LOCK_KEY = 7_302_001

export interface Migration {
  name: string
  sql: string
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((n) => MIGRATION_FILE.test(n)).sort()
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(path.join(dir, name), 'utf8') })))
}

/** Returns the names of the migrations applied by this call (none when the database is up to date). */
export async function migrate(db: Db, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await readMigrations())
  return db.tx(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
    await q.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name       text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
    const done = new Set((await q.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name))
    const applied: string[] = []
    for (const m of all) {
      if (done.has(m.name)) continue
      await q.exec(m.sql)
      await q.query('INSERT INTO schema_migrations (name) VALUES ($1)', [m.name])
      applied.push(m.name)
    }
    return applied
  })
}
