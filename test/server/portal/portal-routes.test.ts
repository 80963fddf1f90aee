// The parent channel over HTTP (SPEC §5), as the parent portal and a location PC meet it: closed
// without PORTAL_TOKEN, only the portal's token passes, a parent's request 3 days ahead is refused
// and 4 days ahead accepted and pulled by the PC, a retry answers what the first did, the PC's
// decision is readable by the portal, and a PC still cannot act as the parent.
import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { afterEach, expect, it, vi } from 'vitest'
import type { Child, LedgerEntry, Request } from '../../../shared/domain'
import type { PullResponse, PushResponse } from '../../../shared/sync'
import { describeOnDatabases } from '../../support/pg-databases'
import { decided, staffIds } from '../sync/checks/documents'
import { ahead, portalChild, portalHeaders, portalWorld, today } from './portal-fixture'

describeOnDatabases('the parent channel', (current) => {
  let app: FastifyInstance | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
    vi.unstubAllEnvs()
  })
  const ask = (extra: Record<string, unknown> = {}) => ({ id: randomUUID(), childId: 'kind-1', date: ahead(4), dayPart: 'hele dag', kind: 'extra dag', ...extra })
  const post = (url: string, payload: object, headers: Record<string, string> = portalHeaders) => app!.inject({ method: 'POST', url, headers, payload })

  it('is closed without PORTAL_TOKEN, and lets only the portal\'s token in', async () => {
    ;({ app } = await portalWorld(current().db, { token: null }))
    const closed = await post('/portal/requests', ask())
    expect(closed.statusCode).toBe(503)
    expect(closed.json()).toMatchObject({ code: 'ouderportaal-uit', message: expect.stringMatching(/ouderportaal/) })
    await app.close()
    vi.unstubAllEnvs()
    await current().reset()

    const world = await portalWorld(current().db)
    app = world.app
    expect((await post('/portal/requests', ask(), {})).statusCode).toBe(401)
    expect((await post('/portal/requests', ask(), { authorization: 'Bearer niet-het-goede-token-0123456789' })).json()).toMatchObject({ code: 'ouderportaal-onbekend' })
    // A PC's device token is not the portal's.
    expect((await post('/portal/requests', ask(), { authorization: `Bearer ${world.pc.token}` })).statusCode).toBe(401)
    expect((await app.inject({ method: 'GET', url: '/portal/children/kind-1', headers: portalHeaders })).statusCode).toBe(200)
  })

  it('refuses a request 3 days ahead, accepts one 4 days ahead, and the PC pulls it as a parent\'s request', async () => {
    const { app: built, pc } = await portalWorld(current().db)
    app = built
    const early = await post('/portal/requests', ask({ date: ahead(3) }))
    expect(early.statusCode).toBe(422)
    expect(early.json()).toEqual({ statusCode: 422, error: 'Unprocessable Entity', code: 'te-kort-van-tevoren', message: expect.stringMatching(/kan alleen een medewerker/) })

    const body = ask()
    const res = await post('/portal/requests', body)
    expect(res.statusCode).toBe(201)
    const { request } = res.json<{ request: Request }>()
    expect(request).toMatchObject({
      id: body.id, childId: 'kind-1', groupId: 'grp-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', date: ahead(4),
      dayPart: 'hele dag', kind: 'extra dag', payment: 'factuur', hours: 11, invoiceHours: 11, submittedVia: 'ouder', status: 'ingediend',
      decisions: [], by: 'ouderportaal', device: 'ouderportaal',
    })

    const pulled = await app.inject({ method: 'POST', url: '/sync/requests/pull', headers: pc.headers, payload: { checkpoint: null, batchSize: 50 } })
    expect(pulled.json<PullResponse>().documents).toEqual([{ ...request, _deleted: false }])

    // A retry answers what the first did and stores nothing twice; the same id for another day is refused.
    const again = await post('/portal/requests', body)
    expect(again.statusCode).toBe(201)
    expect(again.json<{ request: Request }>().request).toEqual(request)
    expect(await current().db.query("SELECT id FROM documents WHERE collection = 'requests'")).toEqual([{ id: body.id }])
    expect((await post('/portal/requests', { ...body, date: ahead(5) })).json()).toMatchObject({ code: 'nummer-al-gebruikt' })
  })

  it('applies R2, R3 and the payment rules as for a parent, and reserves swap hours of a ruildag with the request', async () => {
    const taxi: Child = { ...portalChild('kind-taxi'), taxi: true }
    const credit: LedgerEntry = {
      id: 'handmatig:1', childId: 'kind-1', locationId: 'loc-1', unit: 'ruiluren', careType: 'KDV', kind: 'handmatig', amount: 12, date: today(),
      by: staffIds.senior, device: 'pc', at: new Date().toISOString(),
    }
    ;({ app } = await portalWorld(current().db, { children: [portalChild(), taxi], ledger: [credit] }))
    expect((await post('/portal/requests', ask({ childId: 'kind-taxi' }))).json()).toMatchObject({ code: 'taxi-alleen-medewerker' })
    expect((await post('/portal/requests', ask({ kind: 'Q-blok' }))).json()).toMatchObject({ code: 'soort-niet-mogelijk' })
    expect((await post('/portal/requests', ask({ childId: 'kind-onbekend' }))).statusCode).toBe(404)

    const body = ask({ kind: 'ruildag', remarks: '  Opa is jarig.  ' })
    const res = await post('/portal/requests', body)
    expect(res.statusCode).toBe(201)
    expect(res.json<{ request: Request }>().request).toMatchObject({ kind: 'ruildag', payment: 'ruiluren', hours: 11, remarks: 'Opa is jarig.' })
    const [reservation] = await current().db.query<{ data: LedgerEntry }>("SELECT data FROM documents WHERE collection = 'ledger' AND id = $1", [`gereserveerd:${body.id}`])
    expect(reservation?.data).toMatchObject({ kind: 'gereserveerd', amount: 11, careType: 'KDV', sourceId: body.id, by: 'ouderportaal' })
    // 1 hour left: not enough for another day, and the request is not stored without its reservation.
    const second = ask({ kind: 'ruildag', date: ahead(5) })
    expect((await post('/portal/requests', second)).json()).toMatchObject({ code: expect.stringMatching(/\S/), message: expect.stringMatching(/\S/) })
    expect(await current().db.query("SELECT id FROM documents WHERE collection = 'requests' AND id = $1", [second.id])).toEqual([])
  })

  it('shows the portal the decision a PC took, with the balances', async () => {
    const { app: built, pc } = await portalWorld(current().db)
    app = built
    const { request } = (await post('/portal/requests', ask())).json<{ request: Request }>()
    const approved = decided({ ...request, _deleted: false }, 'afgekeurd', staffIds.senior, new Date().toISOString(), { reason: 'De groep is die dag vol.', device: pc.deviceId })
    const pushed = await app.inject({
      method: 'POST', url: '/sync/requests/push', headers: pc.headers, payload: { rows: [{ newDocumentState: approved, assumedMasterState: { ...request, _deleted: false } }] },
    })
    expect(pushed.json<PushResponse>()).toEqual({ conflicts: [] })

    const seen = await app.inject({ method: 'GET', url: '/portal/children/kind-1', headers: portalHeaders })
    expect(seen.statusCode).toBe(200)
    expect(seen.json()).toEqual({
      childId: 'kind-1',
      requests: [{
        id: request.id, date: request.date, dayPart: 'hele dag', kind: 'extra dag', payment: 'factuur', hours: 11, submittedVia: 'ouder',
        status: 'afgekeurd', decisions: [{ status: 'afgekeurd', at: approved.decisions[0]!.at, reason: 'De groep is die dag vol.' }],
      }],
      balances: [{ unit: 'ruiluren', careType: 'KDV', valid: 0, reserved: 0 }],
      signups: [],
    })
    expect((await app.inject({ method: 'GET', url: '/portal/children/niemand', headers: portalHeaders })).json()).toMatchObject({ code: 'kind-onbekend' })
  })

  it('takes a parent\'s absence report (earning swap hours on time), once, and records account activation', async () => {
    ;({ app } = await portalWorld(current().db))
    const body = { id: randomUUID(), childId: 'kind-1', date: ahead(1), dayPart: 'hele dag', reason: 'ziek' }
    const res = await post('/portal/absences', body)
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ id: body.id, absenceId: `${ahead(1)}:kind-1:hele dag`, earnedHours: 11 })
    expect((await post('/portal/absences', { ...body, id: randomUUID() })).json()).toMatchObject({ absenceId: `${ahead(1)}:kind-1:hele dag`, earnedHours: 11 })
    const stored = await current().db.query<{ collection: string; n: number }>(
      "SELECT collection, count(*)::int AS n FROM documents WHERE collection IN ('absences', 'ledger') GROUP BY collection ORDER BY collection",
    )
    expect(stored).toEqual([{ collection: 'absences', n: 1 }, { collection: 'ledger', n: 1 }])
    expect((await post('/portal/absences', { ...body, date: ahead(-1) })).json()).toMatchObject({ code: 'datum-verleden' })
    expect((await post('/portal/absences', { ...body, reason: 'overig', date: ahead(2) })).json()).toMatchObject({ code: 'reden-verplicht' })

    const acceptedAt = '2026-01-10T09:30:00.000Z'
    const activated = await post('/portal/activations', { childId: 'kind-1', parentRank: 2, acceptedAt })
    expect(activated.json()).toEqual({ childId: 'kind-1', parentRank: 2, portalActivatedAt: acceptedAt })
    const [child] = await current().db.query<{ data: Child }>("SELECT data FROM documents WHERE collection = 'children' AND id = 'kind-1'")
    expect(child?.data.parents.map((p) => p.portalActivatedAt)).toEqual([undefined, acceptedAt])
    expect((await post('/portal/activations', { childId: 'kind-1', parentRank: 1, acceptedAt: '2999-01-01T00:00:00.000Z' })).statusCode).toBe(422)
  })
})
