// POST /staff and PATCH /staff/:id: managers manage the staff of their own locations; the staff
// document goes through the sync's document store, so it replicates.
import { beforeEach, expect, it } from 'vitest'
import type { Staff } from '../../../shared/domain'
import { staffAdminMessages } from '../../../server/auth/staff-scope'
import { pull } from '../../../server/sync/pull'
import { describeOnDatabases } from '../../support/pg-databases'
import { bearer, people, seedPeople, START, testServer, type TestServer } from './auth-fixture'

const newColleague = {
  id: 'sem.bakker', name: 'Sem Bakker', role: 'groepsmedewerker', locationIds: ['loc-b'], password: 'welkom-sem-2026', pin: '4321',
} as const

describeOnDatabases('staff management', (current) => {
  let server: TestServer
  let manager: string
  beforeEach(async () => {
    await seedPeople(current().db)
    server = await testServer(current().db)
    manager = await server.signIn(people.manager.id)
  })

  const create = (token: string, payload: object) =>
    server.app.inject({ method: 'POST', url: '/staff', headers: bearer(token), payload })
  const change = (token: string, id: string, payload: object) =>
    server.app.inject({ method: 'PATCH', url: `/staff/${id}`, headers: bearer(token), payload })
  const staffDocs = async () => (await pull(current().db, 'staff', { checkpoint: null, batchSize: 100 }, 'server')).documents as unknown as Staff[]

  it('a manager creates a colleague at their own location: replicated document, account, sign-in', async () => {
    const res = await create(manager, newColleague)
    expect(res.statusCode).toBe(201)
    const expected = {
      id: 'sem.bakker', name: 'Sem Bakker', role: 'groepsmedewerker', locationIds: ['loc-b'], active: true, updatedAt: START.toISOString(),
    }
    expect(res.json()).toEqual({ staff: expected })
    // Through the sync's store: a PC's pull sees it, and open event streams were told.
    expect((await staffDocs()).find((s) => s.id === 'sem.bakker')).toEqual({ ...expected, _deleted: false })
    expect(server.events.map((e) => [e.collection, e.documents.map((d) => d.id)])).toEqual([['staff', ['sem.bakker']]])
    const author = await current().db.query<{ author: string }>("SELECT author FROM documents WHERE collection = 'staff' AND id = 'sem.bakker'")
    expect(author).toEqual([{ author: people.manager.id }])
    // The secrets stay out of the document and are stored hashed.
    expect(JSON.stringify(await staffDocs())).not.toContain('welkom')
    const account = await current().db.query<{ password_hash: string; pin_hash: string }>("SELECT password_hash, pin_hash FROM accounts WHERE id = 'sem.bakker'")
    expect(account[0]?.password_hash).toMatch(/^scrypt\$/)
    expect(account[0]?.pin_hash).toMatch(/^scrypt\$/)
    expect(await server.signIn('sem.bakker', 'welkom-sem-2026')).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('refuses a second colleague with the same id', async () => {
    expect((await create(manager, { ...newColleague, id: people.elsewhere.id })).statusCode).toBe(409)
    expect((await create(manager, newColleague)).statusCode).toBe(201)
    expect((await create(manager, newColleague)).statusCode).toBe(409)
  })

  it('a manager deactivates a colleague: the document says so, sign-in and open sessions end', async () => {
    const anouk = await server.signIn(people.groep.id)
    const res = await change(manager, people.groep.id, { active: false })
    expect(res.statusCode).toBe(200)
    expect((await staffDocs()).find((s) => s.id === people.groep.id)).toMatchObject({ active: false, updatedAt: START.toISOString() })
    const signIn = await server.app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId: people.groep.id, password: `geheim-${people.groep.id}` } })
    expect(signIn.statusCode).toBe(403)
    expect((await server.app.inject({ method: 'POST', url: '/auth/sign-out', headers: bearer(anouk) })).statusCode).toBe(401)
    // And back again.
    expect((await change(manager, people.groep.id, { active: true })).statusCode).toBe(200)
    expect(await server.signIn(people.groep.id)).toBeTruthy()
  })

  it('changes name, role and locations within the manager\'s own locations', async () => {
    const res = await change(manager, people.groep.id, { name: 'Anouk de Vries', role: 'senior', locationIds: ['loc-a', 'loc-b'] })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ staff: { name: 'Anouk de Vries', role: 'senior', locationIds: ['loc-a', 'loc-b'] } })
  })

  it('refuses locations outside the manager\'s own, and staff of another location', async () => {
    const outside = await create(manager, { ...newColleague, locationIds: ['loc-a', 'loc-c'] })
    expect(outside.statusCode).toBe(403)
    expect(outside.json()).toMatchObject({ message: staffAdminMessages.notYourLocation })
    expect((await change(manager, people.groep.id, { locationIds: ['loc-a', 'loc-c'] })).statusCode).toBe(403)
    const foreign = await change(manager, people.elsewhere.id, { active: false })
    expect(foreign.statusCode).toBe(403)
    expect(foreign.json()).toMatchObject({ message: staffAdminMessages.notYourStaff })
    expect((await staffDocs()).map((s) => s.id)).not.toContain('sem.bakker')
    expect((await staffDocs()).find((s) => s.id === people.elsewhere.id)?.active).toBe(true)
    expect(server.events).toEqual([])
  })

  it('a manager may not create or promote to klantenservice or planner, nor touch their accounts', async () => {
    for (const role of ['klantenservice', 'planner']) {
      const res = await create(manager, { ...newColleague, role })
      expect(res.statusCode).toBe(403)
      expect(res.json()).toMatchObject({ message: staffAdminMessages.roleTooWide })
      expect((await change(manager, people.groep.id, { role })).statusCode).toBe(403)
    }
    expect((await change(manager, people.klantenservice.id, { active: false })).statusCode).toBe(403)
  })

  it('a groepsmedewerker may not manage staff, nor may klantenservice', async () => {
    for (const who of [people.groep.id, people.klantenservice.id]) {
      const token = await server.signIn(who)
      const res = await create(token, newColleague)
      expect(res.statusCode).toBe(403)
      expect(res.json()).toMatchObject({ message: staffAdminMessages.notAllowed })
      expect((await change(token, people.groep.id, { name: 'X' })).statusCode).toBe(403)
    }
  })

  it('refuses without a valid token, a short password, an unknown colleague and a manager locking themselves out', async () => {
    expect((await server.app.inject({ method: 'POST', url: '/staff', payload: newColleague })).statusCode).toBe(401)
    expect((await create('x'.repeat(43), newColleague)).statusCode).toBe(401)
    expect((await create(manager, { ...newColleague, password: 'kort' })).statusCode).toBe(400)
    expect((await change(manager, 'niemand', { name: 'X' })).statusCode).toBe(404)
    expect((await change(manager, people.manager.id, { active: false })).statusCode).toBe(403)
    expect((await change(manager, people.manager.id, { name: 'Marieke Jansen' })).statusCode).toBe(200)
  })
})
