// A small organisation with accounts, and a Fastify app with the auth and staff routes on a clock
// the test moves. Accounts are hashed cheaply here: the cost is a parameter stored with each hash.
import Fastify, { type FastifyInstance } from 'fastify'
import type { Staff } from '../../../shared/domain'
import type { ChangeEvent } from '../../../shared/sync'
import type { Db } from '../../../server/db/db'
import { insertAccount } from '../../../server/auth/account-store'
import { hashSecret, type ScryptParams } from '../../../server/auth/secret-hash'
import { insertInBatches } from '../../../server/demo/document-batches'
import { registerAuthRoutes } from '../../../server/routes/auth-routes'
import { registerStaffRoutes } from '../../../server/routes/staff-routes'
import { createLocalChangeBus } from '../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../server/sync/ordered-publisher'

export const cheapScrypt: ScryptParams = { N: 1024, r: 8, p: 1 }
export const START = new Date('2026-03-02T07:30:00.000Z')

function staff(id: string, role: Staff['role'], locationIds: string[], active = true): Staff {
  return { id, name: id.replace('.', ' '), role, locationIds, active, updatedAt: '2026-01-01T00:00:00.000Z' }
}

/** Marieke manages loc-a and loc-b; loc-c belongs to another manager. */
export const people = {
  manager: staff('marieke.jansen', 'manager', ['loc-a', 'loc-b']),
  otherManager: staff('dennis.hoogendoorn', 'manager', ['loc-c']),
  groep: staff('anouk.devries', 'groepsmedewerker', ['loc-a']),
  elsewhere: staff('iris.mulder', 'groepsmedewerker', ['loc-c']),
  gone: staff('vincent.oud', 'groepsmedewerker', ['loc-a'], false),
  klantenservice: staff('linda.ks', 'klantenservice', ['loc-a', 'loc-b', 'loc-c']),
} as const

export const passwordOf = (id: string): string => `geheim-${id}`

export async function seedPeople(db: Db): Promise<void> {
  await db.exec('TRUNCATE accounts CASCADE')
  const all = Object.values(people)
  await insertInBatches(db, { staff: all }, { author: 'test', device: null, clientTime: null })
  for (const s of all) {
    await insertAccount(db, { id: s.id, passwordHash: await hashSecret(passwordOf(s.id), cheapScrypt), pinHash: null, active: s.active })
  }
}

export interface TestServer {
  app: FastifyInstance
  clock: { now: Date }
  events: ChangeEvent[]
  signIn(staffId: string, password?: string): Promise<string>
}

export async function testServer(db: Db): Promise<TestServer> {
  const clock = { now: START }
  const now = () => clock.now
  const bus = createLocalChangeBus()
  const events: ChangeEvent[] = []
  bus.subscribe((e) => events.push(e))
  const app = Fastify()
  registerAuthRoutes(app, { db, now })
  registerStaffRoutes(app, { db, publisher: createOrderedPublisher(bus), now })
  await app.ready()
  return {
    app, clock, events,
    async signIn(staffId, password = passwordOf(staffId)) {
      const res = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId, password } })
      if (res.statusCode !== 200) throw new Error(`sign-in of ${staffId} failed: ${res.body}`)
      return (res.json() as { token: string }).token
    },
  }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
