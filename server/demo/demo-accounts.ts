// The demo staff's accounts (shared/demo demoPasswords, listed in the README), so the demo can be
// signed into. Only accounts still missing are made: a restart hashes nothing, and a start after
// a crash halfway finishes the job. Passwords never go into the replicated staff documents.
import { demoPasswords, demoStaff } from '../../shared/demo'
import type { Db } from '../db/db'
import { hashSecret, type ScryptParams } from '../auth/secret-hash'

export interface DemoAccountsResult {
  created: number
}

/** `params` lets tests hash cheaply; the server uses the default cost. */
export async function ensureDemoAccounts(db: Db, params?: ScryptParams): Promise<DemoAccountsResult> {
  const ids = demoStaff.map((s) => s.id)
  const existing = await db.query<{ id: string }>(
    'SELECT id FROM accounts WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))', [JSON.stringify(ids)],
  )
  const have = new Set(existing.map((r) => r.id))
  const missing = demoStaff.filter((s) => !have.has(s.id) && demoPasswords[s.id] !== undefined)
  const rows = await Promise.all(missing.map(async (s) => {
    const credentials = demoPasswords[s.id]!
    return {
      id: s.id, active: s.active,
      password_hash: await hashSecret(credentials.password, params), pin_hash: await hashSecret(credentials.pin, params),
    }
  }))
  if (rows.length === 0) return { created: 0 }
  await db.query(
    `INSERT INTO accounts (id, password_hash, pin_hash, active)
     SELECT r.id, r.password_hash, r.pin_hash, r.active
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, password_hash text, pin_hash text, active boolean)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(rows)],
  )
  return { created: rows.length }
}
