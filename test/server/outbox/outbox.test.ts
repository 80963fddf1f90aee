// The outbox (issue 8): a `wachtwoord` fact pushed by a PC becomes a message, delivered as an .eml
// file with a `verzonden` fact for the PCs; a parent without an address is `mislukt` at once; a
// failing sender is retried and then given up; two workers never send one message twice; a
// decision on a parent's request is queued for parent 1; customer service sees the status.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { JournalEntry } from '../../../shared/domain'
import type { PushResponse } from '../../../shared/sync'
import { insertAccount } from '../../../server/auth/account-store'
import { hashSecret } from '../../../server/auth/secret-hash'
import { createLocalChangeBus } from '../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../server/sync/ordered-publisher'
import { createEmlSender } from '../../../server/outbox/eml-sender'
import { claimDue, enqueue, type OutboxMessage } from '../../../server/outbox/outbox-store'
import { deliverDue, type OutboxWorkerDeps } from '../../../server/outbox/outbox-worker'
import type { OutboxSender } from '../../../server/outbox/sender'
import { describeOnDatabases } from '../../support/pg-databases'
import { cheapScrypt } from '../auth/auth-fixture'
import { addStaff, staffMember } from '../support/devices'
import { staffIds } from '../sync/checks/documents'
import { ahead, portalHeaders, portalWorld, type PortalWorld } from '../portal/portal-fixture'

describeOnDatabases('the outbox', (current) => {
  let world: PortalWorld
  let dir: string
  beforeEach(async () => {
    await current().db.exec('TRUNCATE outbox')
    world = await portalWorld(current().db)
    dir = await mkdtemp(path.join(tmpdir(), 'outbox-'))
  })
  afterEach(async () => {
    await world.app.close()
    vi.unstubAllEnvs()
    await rm(dir, { recursive: true, force: true })
  })

  const app = (): FastifyInstance => world.app
  const deps = (sender: OutboxSender, extra: Partial<OutboxWorkerDeps> = {}): OutboxWorkerDeps => ({
    db: current().db, publisher: createOrderedPublisher(createLocalChangeBus()), sender, maxAttempts: 3, backoffMs: () => 0, ...extra,
  })
  const rows = () => current().db.query<{ kind: string; status: string; attempts: number; last_error: string | null; recipient: string | null; source_id: string }>(
    'SELECT kind, status, attempts, last_error, recipient, source_id FROM outbox ORDER BY id',
  )
  const password = (parentRank: number, id = `wachtwoord:kind-1:${parentRank}`): JournalEntry & { _deleted: boolean } => ({
    id, kind: 'wachtwoord', locationId: 'loc-1', targetId: 'kind-1', data: { parentRank },
    by: staffIds.senior, device: world.pc.deviceId, at: new Date().toISOString(), _deleted: false,
  })
  const pushJournal = (doc: object) => app().inject({
    method: 'POST', url: '/sync/journal/push', headers: world.pc.headers, payload: { rows: [{ newDocumentState: doc }] },
  })

  it('turns a wachtwoord fact into an .eml file to the sign-in address, and tells the PCs it went out', async () => {
    const fact = password(1)
    expect((await pushJournal(fact)).json<PushResponse>()).toEqual({ conflicts: [] })
    await pushJournal(fact) // a retried push queues nothing twice
    expect(await rows()).toEqual([{ kind: 'wachtwoord', status: 'wachtend', attempts: 0, last_error: null, recipient: 'eva.werk@example.nl', source_id: fact.id }])

    const round = await deliverDue(deps(createEmlSender({ dir, from: 'Locatiedesk <noreply@example.nl>' })))
    expect(round).toEqual({ sent: 1, retried: 0, failed: 0 })
    const files = await readdir(dir)
    expect(files).toEqual([expect.stringMatching(/^0+\d+-wachtwoord\.eml$/)])
    const eml = await readFile(path.join(dir, files[0]!), 'utf8')
    expect(eml).toMatch(/^From: Locatiedesk <noreply@example\.nl>\r\nTo: eva\.werk@example\.nl\r\nSubject: Nieuw wachtwoord voor het ouderportaal\r\n/)
    expect(eml).toContain('Content-Transfer-Encoding: quoted-printable\r\n\r\nBeste Eva de Vries,')
    expect(eml.split('\r\n').every((line) => line.length <= 78)).toBe(true)

    expect(await rows()).toMatchObject([{ status: 'verzonden', attempts: 1 }])
    const [delivered] = await current().db.query<{ data: JournalEntry }>("SELECT data FROM documents WHERE collection = 'journal' AND id = $1", [`verzonden:${fact.id}`])
    expect(delivered?.data).toMatchObject({ kind: 'verzonden', targetId: fact.id, locationId: 'loc-1', by: 'systeem', device: 'server', data: { channel: 'eml' } })
    expect(await deliverDue(deps(createEmlSender({ dir, from: 'x <x@example.nl>' })))).toEqual({ sent: 0, retried: 0, failed: 0 })

    // Customer service sees the status, not the address or the text; a location PC cannot write `verzonden` itself.
    await addStaff(current().db, [staffMember(staffIds.klantenservice, 'klantenservice', [])])
    await insertAccount(current().db, { id: staffIds.klantenservice, passwordHash: await hashSecret('geheim-ks', cheapScrypt), pinHash: null, active: true })
    const signIn = await app().inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId: staffIds.klantenservice, password: 'geheim-ks' } })
    const token = signIn.json<{ token: string }>().token
    const listed = await app().inject({ method: 'GET', url: '/outbox?childId=kind-1', headers: { authorization: `Bearer ${token}` } })
    expect(listed.json()).toEqual({ messages: [expect.objectContaining({ kind: 'wachtwoord', childId: 'kind-1', parentRank: 1, hasRecipient: true, status: 'verzonden', attempts: 1, lastError: null })] })
    expect(listed.body).not.toContain('example.nl')
    expect((await app().inject({ method: 'GET', url: '/outbox' })).statusCode).toBe(401)
    expect((await app().inject({ method: 'GET', url: '/outbox', headers: portalHeaders })).statusCode).toBe(401)
  })

  it('queues a message to a parent without an address as mislukt, with the reason in Dutch', async () => {
    const { db } = current()
    await enqueue(db, [{
      kind: 'wachtwoord', childId: 'kind-1', parentRank: 2, recipient: null, sourceId: 'wachtwoord:kind-1:2',
      payload: { subject: 's', text: 't', locationId: 'loc-1', factId: 'wachtwoord:kind-1:2' },
    }], new Date())
    expect(await rows()).toMatchObject([{ status: 'mislukt', attempts: 0, last_error: expect.stringMatching(/geen e-mailadres/) }])
    expect(await deliverDue(deps(createEmlSender({ dir, from: 'x <x@example.nl>' })))).toEqual({ sent: 0, retried: 0, failed: 0 })
  })

  it('retries a failing sender, then gives up as mislukt with the last error, writing no verzonden fact', async () => {
    expect((await pushJournal(password(1))).json<PushResponse>()).toEqual({ conflicts: [] })
    let calls = 0
    const failing: OutboxSender = { channel: 'portal', send: async () => { calls++; throw new Error(`parent portal answered 50${calls}`) } }
    expect(await deliverDue(deps(failing))).toEqual({ sent: 0, retried: 1, failed: 0 })
    expect(await rows()).toMatchObject([{ status: 'wachtend', attempts: 1, last_error: 'parent portal answered 501' }])
    // The backoff holds it back until its time.
    expect(await deliverDue(deps(failing, { backoffMs: () => 60_000 }))).toEqual({ sent: 0, retried: 1, failed: 0 })
    expect(await deliverDue(deps(failing))).toEqual({ sent: 0, retried: 0, failed: 0 })
    expect(await deliverDue(deps(failing, { now: () => new Date(Date.now() + 120_000) }))).toEqual({ sent: 0, retried: 0, failed: 1 })
    expect(calls).toBe(3)
    expect(await rows()).toMatchObject([{ status: 'mislukt', attempts: 3, last_error: 'parent portal answered 503' }])
    expect(await current().db.query("SELECT id FROM documents WHERE collection = 'journal' AND data->>'kind' = 'verzonden'")).toEqual([])
  })

  it('never hands one message to two workers running at once', async () => {
    await enqueue(current().db, Array.from({ length: 12 }, (_, i) => ({
      kind: 'besluit' as const, childId: 'kind-1', parentRank: 1 as const, recipient: 'eva@example.nl', sourceId: `besluit:r${i}:goedgekeurd`,
      payload: { subject: 's', text: 't', locationId: 'loc-1', requestId: `r${i}`, status: 'goedgekeurd' },
    })), new Date())
    const sent: number[] = []
    const slow: OutboxSender = {
      channel: 'portal',
      send: async (m: OutboxMessage) => {
        sent.push(m.id)
        await new Promise((resolve) => setTimeout(resolve, 5))
      },
    }
    const rounds = await Promise.all([1, 2, 3].map(() => deliverDue(deps(slow, { batchSize: 5 }))))
    const more = await deliverDue(deps(slow, { batchSize: 50 }))
    expect(rounds.reduce((n, r) => n + r.sent, 0) + more.sent).toBe(12)
    expect(new Set(sent).size).toBe(sent.length)
    expect(sent).toHaveLength(12)
    expect((await rows()).map((r) => `${r.status}/${r.attempts}`)).toEqual(Array.from({ length: 12 }, () => 'verzonden/1'))
  })

  it('holds a claimed message for its worker until the lease ends (a worker that died mid-send)', async () => {
    const { db } = current()
    await enqueue(db, [{
      kind: 'besluit', childId: 'kind-1', parentRank: 1, recipient: 'eva@example.nl', sourceId: 'besluit:r1:afgekeurd',
      payload: { subject: 's', text: 't', locationId: 'loc-1', requestId: 'r1', status: 'afgekeurd' },
    }], new Date())
    const now = new Date()
    const first = await db.tx((q) => claimDue(q, { now, limit: 10, leaseMs: 60_000 }))
    expect(first.map((m) => m.attempts)).toEqual([1])
    expect(await db.tx((q) => claimDue(q, { now: new Date(now.getTime() + 59_000), limit: 10, leaseMs: 60_000 }))).toEqual([])
    const again = await db.tx((q) => claimDue(q, { now: new Date(now.getTime() + 61_000), limit: 10, leaseMs: 60_000 }))
    expect(again.map((m) => [m.id, m.attempts])).toEqual([[first[0]!.id, 2]])
  })

  it('queues a decision on a parent\'s request for parent 1, once per decision', async () => {
    const { request } = (await app().inject({
      method: 'POST', url: '/portal/requests', headers: portalHeaders,
      payload: { id: crypto.randomUUID(), childId: 'kind-1', date: ahead(6), dayPart: 'hele dag', kind: 'extra dag' },
    })).json<{ request: { id: string } & Record<string, unknown> }>()
    const at = new Date().toISOString()
    const waitlisted = { ...request, status: 'wachtlijst', waitlistedAt: at, decisions: [{ status: 'wachtlijst', by: staffIds.senior, device: world.pc.deviceId, at }], updatedAt: at, _deleted: false }
    const res = await app().inject({
      method: 'POST', url: '/sync/requests/push', headers: world.pc.headers,
      payload: { rows: [{ newDocumentState: waitlisted, assumedMasterState: { ...request, _deleted: false } }] },
    })
    expect(res.json<PushResponse>()).toEqual({ conflicts: [] })
    expect(await rows()).toEqual([{ kind: 'besluit', status: 'wachtend', attempts: 0, last_error: null, recipient: 'eva.werk@example.nl', source_id: `besluit:${request.id}:wachtlijst` }])
    const [payload] = await current().db.query<{ payload: { subject: string; text: string } }>('SELECT payload FROM outbox')
    expect(payload?.payload.text).toMatch(/staat op de wachtlijst/)
  })
})
