// The real server (server/app.ts) on a test database, with the people, PC and child the bad-input
// suites aim at: valid tokens of several roles, a registered PC, a child with personal data that
// must never appear in a refusal. Also the two checks every refusal gets: its body, and the database
// left exactly as it was.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { expect } from 'vitest'
import { buildApp } from '../../../server/app'
import type { Db } from '../../../server/db/db'
import { insertInBatches } from '../../../server/demo/document-batches'
import { createPushValidator } from '../../../server/sync/validate-push'
import { passwordOf, people, seedPeople } from '../../server/auth/auth-fixture'
import { child, fact, now } from '../../server/sync/checks/documents'
import { addDevice, addStaff, staffMember } from '../../server/support/devices'
import { resetTables } from '../../support/pg-databases'

export const portalToken = 'portaal-geheim-voor-de-fuzz-tests-0123456789'

/** A child on the manager's location, with the kind of data a refusal must not give away. */
export const secretChild = {
  ...child('kind-fuzz'),
  firstName: 'Lieke', lastName: 'Zwanenburg', locationIds: ['loc-a'],
  parents: [{ rank: 1 as const, name: 'Joost Zwanenburg', phones: ['0612345678'], emails: ['joost.zwanenburg@example.nl'] }],
  medical: { allergies: ['pinda'], notes: 'epilepsie-medicatie' },
}
const personal = ['Lieke', 'Zwanenburg', '0612345678', 'joost.zwanenburg@example.nl', 'epilepsie-medicatie']

export type AuthKind = 'none' | 'garbage' | 'manager' | 'groep' | 'klantenservice' | 'device' | 'portal'
export const authKinds: readonly AuthKind[] = ['none', 'garbage', 'manager', 'groep', 'klantenservice', 'device', 'portal']

export interface ServerStack {
  app: FastifyInstance
  /** The Authorization header of each kind (none: absent). */
  auth(kind: AuthKind): Record<string, string>
  /** Everything secret this stack handed out: none may appear in an answer. */
  secrets(): string[]
  /** Table row counts and the server's seq: what a refused request must leave as it was. */
  snapshot(): Promise<string>
  /** Empty the tables and seed again (after a request that was allowed to change things). */
  reseed(): Promise<void>
  close(): Promise<void>
}

export async function openServerStack(db: Db): Promise<ServerStack> {
  // The parent channel is closed without PORTAL_TOKEN (503 on every /portal route); open it here, for this app only.
  const before = process.env.PORTAL_TOKEN
  process.env.PORTAL_TOKEN = portalToken
  let app: FastifyInstance
  try {
    app = buildApp({ db, validatePush: createPushValidator({ clock: () => now }) })
  } finally {
    if (before === undefined) delete process.env.PORTAL_TOKEN
    else process.env.PORTAL_TOKEN = before
  }
  await app.ready()
  let tokens: Record<AuthKind, string | null> = { none: null, garbage: 'Bearer nep-token', manager: null, groep: null, klantenservice: null, device: null, portal: `Bearer ${portalToken}` }
  const passwords = Object.values(people).map((p) => passwordOf(p.id))

  async function signIn(staffId: string): Promise<string> {
    const res = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId, password: passwordOf(staffId) } })
    if (res.statusCode !== 200) throw new Error(`sign-in of ${staffId} failed: ${res.statusCode}`)
    return `Bearer ${res.json<{ token: string }>().token}`
  }
  async function seed(): Promise<void> {
    await seedPeople(db)
    // The PC and author the push documents (test/server/sync/checks/documents.ts) name.
    await addStaff(db, [staffMember(fact.by, 'manager', ['loc-1'])])
    const device = await addDevice(db, 'all', { id: fact.device })
    await insertInBatches(db, { children: [secretChild] }, { author: 'test', device: null, clientTime: null })
    tokens = {
      ...tokens,
      manager: await signIn(people.manager.id), groep: await signIn(people.groep.id), klantenservice: await signIn(people.klantenservice.id),
      device: `Bearer ${device.token}`,
    }
  }
  await seed()

  return {
    app,
    auth: (kind): Record<string, string> => {
      const value = tokens[kind]
      return value === null ? {} : { authorization: value }
    },
    secrets: () => [...passwords, ...Object.values(tokens).flatMap((t) => (t === null || t === tokens.garbage ? [] : [t.slice('Bearer '.length)])), ...personal],
    async snapshot() {
      const [row] = await db.query<Record<string, string>>(`SELECT
        (SELECT count(*) FROM documents)::text AS documents, (SELECT coalesce(max(seq), 0) FROM documents)::text AS max_seq,
        (SELECT value FROM seq_counter)::text AS seq, (SELECT count(*) FROM server_state)::text AS server_state,
        (SELECT count(*) FROM accounts)::text AS accounts, (SELECT count(*) FROM sessions)::text AS sessions,
        (SELECT count(*) FROM sessions WHERE revoked_at IS NOT NULL)::text AS revoked_sessions,
        (SELECT count(*) FROM devices)::text AS devices, (SELECT count(*) FROM devices WHERE revoked_at IS NOT NULL)::text AS revoked_devices,
        (SELECT count(*) FROM outbox)::text AS outbox, (SELECT count(*) FROM privacy_log)::text AS privacy_log`)
      return JSON.stringify(row)
    },
    async reseed() {
      await resetTables(db)
      await seed()
    },
    close: () => app.close(),
  }
}

/** English words Fastify and ajv use; a Dutch message has none of them. */
const english = /\b(must|should|the|not|found|invalid|unsupported|expected|required|property|allowed|unknown|failed|error)\b/i
const stack = /\n\s+at |node_modules|\.ts:\d+|\/server\/|\/work\//

/**
 * A refusal as the API documents it: JSON with a stable kebab-case code and a Dutch message, and
 * nothing in it that the caller should not see (stack, paths, secrets, a child's personal data).
 */
export function expectRefusal(res: LightMyRequestResponse, secrets: readonly string[], what: string): void {
  expect(res.statusCode, what).toBeGreaterThanOrEqual(400)
  expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBeLessThan(500)
  expect(res.headers['content-type'], what).toMatch(/^application\/json/)
  const body = JSON.parse(res.body) as { code?: unknown; message?: unknown }
  expect(body.code, `${what}: ${res.body.slice(0, 300)}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  expect(typeof body.message === 'string' && /\S/.test(body.message), what).toBe(true)
  expect(String(body.message), `${what}: English or internals in the message`).not.toMatch(english)
  expect(res.body, `${what}: internals in the body`).not.toMatch(stack)
  for (const secret of secrets) expect(res.body.includes(secret), `${what}: ${secret} in the answer`).toBe(false)
}
