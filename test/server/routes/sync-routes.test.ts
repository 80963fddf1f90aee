import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { DEVICE_HEADER, MAX_BODY_BYTES, PROTOCOL_HEADER, SERVER_TIME_HEADER, type HealthResponse, type PullResponse, type PushResponse, type SyncDoc } from '../../../shared/sync'
import { buildApp } from '../../../server/app'
// The envelope, status codes and compare-and-set over HTTP, on documents without domain content: only the
// wire shape is checked here; push-refusals.test.ts pushes real documents through every check.
import { acceptWellFormed } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'
import { addDevice, type TestDevice } from '../support/devices'

// Children of the PC's own location: the pull returns only what the PC covers (R19, scope tests elsewhere).
const doc = (id: string, extra: Record<string, unknown> = {}): SyncDoc => ({ id, _deleted: false, locationIds: ['loc-a'], ...extra })
const isIso = (s: unknown) => typeof s === 'string' && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s

describeOnDatabases('HTTP sync routes', (current) => {
  let app: FastifyInstance
  let pc: TestDevice
  let headers: Record<string, string>
  beforeEach(async () => {
    app = buildApp({ db: current().db, version: '9.9.9-test', validatePush: acceptWellFormed })
    await app.ready()
    pc = await addDevice(current().db, ['loc-a'])
    // The old x-device-id header is still sent by old PCs: it must not count (the token names the PC).
    headers = { ...pc.headers, [DEVICE_HEADER]: 'pc-balkon' }
  })
  afterEach(async () => {
    await app.close()
  })

  it('GET /health answers ok with the server time and version, no protocol header needed', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' })
    expect(res.statusCode).toBe(200)
    const body = res.json<HealthResponse>()
    expect(body).toMatchObject({ ok: true, version: '9.9.9-test' })
    expect(isIso(body.serverTime)).toBe(true)
    expect(isIso(res.headers[SERVER_TIME_HEADER])).toBe(true)
  })

  it('answers 426 to a missing, lower or unknown protocol version, with the version it speaks', async () => {
    for (const sent of [undefined, '0', 'one', '2']) {
      const res = await app.inject({
        method: 'POST', url: '/sync/children/pull',
        headers: sent === undefined ? {} : { [PROTOCOL_HEADER]: sent },
        payload: { checkpoint: null, batchSize: 10 },
      })
      expect(res.statusCode, `protocol ${sent}`).toBe(426)
      expect(res.json()).toMatchObject({ protocol: 1 })
      expect(isIso(res.headers[SERVER_TIME_HEADER])).toBe(true)
    }
    const events = await app.inject({ method: 'GET', url: '/sync/events' })
    expect(events.statusCode).toBe(426)
    const pushed = await app.inject({ method: 'POST', url: '/sync/children/push', headers: { [PROTOCOL_HEADER]: '0' }, payload: { rows: [{ newDocumentState: doc('k1') }] } })
    expect(pushed.statusCode).toBe(426)
    expect(await current().db.query('SELECT id FROM documents')).toEqual([])
  })

  it('answers 404 to an unknown collection, before looking at the body', async () => {
    for (const url of ['/sync/kinderen/pull', '/sync/kinderen/push']) {
      const res = await app.inject({ method: 'POST', url, headers, payload: { nonsense: true } })
      expect(res.statusCode).toBe(404)
      expect(isIso(res.headers[SERVER_TIME_HEADER])).toBe(true)
    }
  })

  it('answers 413 to a body over 5 MB and stores nothing', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES)
    const res = await app.inject({
      method: 'POST', url: '/sync/children/push', headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ rows: [{ newDocumentState: doc('k1', { big }) }] }),
    })
    expect(res.statusCode).toBe(413)
    expect(await current().db.query('SELECT id FROM documents')).toEqual([])
  })

  it('accepts a push just under the limit', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES - 200)
    const res = await app.inject({ method: 'POST', url: '/sync/children/push', headers, payload: { rows: [{ newDocumentState: doc('k1', { big }) }] } })
    expect(res.statusCode).toBe(200)
  })

  it('answers 400 to a malformed envelope', async () => {
    const bad = [
      ['/sync/children/pull', { checkpoint: null }],
      ['/sync/children/pull', { checkpoint: { seq: -1 }, batchSize: 5 }],
      ['/sync/children/pull', { checkpoint: null, batchSize: 0 }],
      ['/sync/children/pull', { checkpoint: null, batchSize: 1_000_000 }],
      ['/sync/children/push', { rows: 'none' }],
      ['/sync/children/push', { rows: [{ assumedMasterState: doc('a') }] }],
    ] as const
    for (const [url, payload] of bad) {
      const res = await app.inject({ method: 'POST', url, headers, payload })
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
    }
  })

  it('pushes and pulls through HTTP: conflicts, checkpoints, device recorded, documents intact', async () => {
    const v1 = doc('k1', { firstName: 'Noor', allergies: ['noten'] })
    const push1 = await app.inject({ method: 'POST', url: '/sync/children/push', headers, payload: { rows: [{ newDocumentState: v1 }, { newDocumentState: doc('k2') }] } })
    expect(push1.statusCode).toBe(200)
    expect(push1.json<PushResponse>()).toEqual({ conflicts: [] })
    expect(isIso(push1.headers[SERVER_TIME_HEADER])).toBe(true)

    const stale = await app.inject({
      method: 'POST', url: '/sync/children/push', headers,
      payload: { rows: [{ newDocumentState: doc('k1', { firstName: 'Nora' }), assumedMasterState: doc('k1') }] },
    })
    expect(stale.json<PushResponse>()).toEqual({ conflicts: [v1] })

    const page1 = await app.inject({ method: 'POST', url: '/sync/children/pull', headers, payload: { checkpoint: null, batchSize: 1 } })
    expect(page1.json<PullResponse>()).toEqual({ documents: [v1], checkpoint: { seq: 1 } })
    const page2 = await app.inject({ method: 'POST', url: '/sync/children/pull', headers, payload: { checkpoint: { seq: 1 }, batchSize: 10 } })
    expect(page2.json<PullResponse>()).toEqual({ documents: [doc('k2')], checkpoint: { seq: 2 } })
    const devices = await current().db.query<{ device: string }>('SELECT DISTINCT device FROM documents')
    expect(devices).toEqual([{ device: pc.deviceId }])
  })

  it('answers a bad document with 200 and its master state, never with an error for the batch', async () => {
    await app.inject({ method: 'POST', url: '/sync/children/push', headers, payload: { rows: [{ newDocumentState: doc('k1') }] } })
    const res = await app.inject({
      method: 'POST', url: '/sync/children/push', headers,
      payload: { rows: [{ newDocumentState: { id: 'k1', _deleted: 'nee' } }, { newDocumentState: { _deleted: false } }, { newDocumentState: doc('k3') }] },
    })
    expect(res.statusCode).toBe(200)
    // The refused k1 is named so the PC settles on the master state; the row without an id has nothing to name.
    expect(res.json<PushResponse>()).toEqual({ conflicts: [doc('k1')], refused: [{ id: 'k1', code: expect.any(String), message: expect.any(String) }] })
    expect((await current().db.query<{ id: string }>("SELECT id FROM documents WHERE collection = 'children' ORDER BY seq")).map((r) => r.id)).toEqual(['k1', 'k3'])
  })
})
