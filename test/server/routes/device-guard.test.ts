// Every /sync/* route wants a registered PC's token (R19, DESIGN §5): none or an unknown one is 401
// pc-onbekend, a revoked PC 403 pc-ingetrokken, and an outdated client still hears 426 first.
// Nothing is stored for a refused call. On both databases.
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ErrorBody } from '../../../shared/api'
import { PROTOCOL_HEADER } from '../../../shared/sync'
import { buildApp } from '../../../server/app'
import { acceptWellFormed } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'
import { passwordOf, people, seedPeople } from '../auth/auth-fixture'
import { addDevice, revokeTestDevice, syncHeaders } from '../support/devices'

const absence = { id: 'a1', _deleted: false, locationId: 'loc-a' }
const calls = [
  { method: 'POST', url: '/sync/absences/pull', payload: { checkpoint: null, batchSize: 10 } },
  { method: 'POST', url: '/sync/absences/push', payload: { rows: [{ newDocumentState: absence }] } },
  { method: 'GET', url: '/sync/events' },
] as const

describeOnDatabases('the device guard on /sync/*', (current) => {
  let app: FastifyInstance
  beforeEach(async () => {
    app = buildApp({ db: current().db, validatePush: acceptWellFormed })
    await app.ready()
  })
  afterEach(async () => {
    await app.close()
  })

  const send = (call: (typeof calls)[number], headers: Record<string, string>) =>
    app.inject({ method: call.method, url: call.url, headers, ...('payload' in call ? { payload: call.payload } : {}) })
  const stored = () => current().db.query("SELECT id FROM documents WHERE collection <> 'staff'")

  it('answers 401 pc-onbekend without a token, with an unknown or malformed one, and with a sign-in token', async () => {
    await seedPeople(current().db)
    const signIn = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId: people.manager.id, password: passwordOf(people.manager.id) } })
    const staffToken = signIn.json<{ token: string }>().token
    const protocolOnly = { [PROTOCOL_HEADER]: '1' }
    for (const call of calls) {
      for (const headers of [protocolOnly, syncHeaders('x'.repeat(43)), { ...protocolOnly, authorization: 'Basic abc' }, syncHeaders(staffToken)]) {
        const res = await send(call, headers)
        expect(res.statusCode, `${call.url} ${JSON.stringify(headers)}`).toBe(401)
        expect(res.json<ErrorBody>()).toMatchObject({ statusCode: 401, code: 'pc-onbekend', message: expect.stringMatching(/\S/) })
      }
    }
    expect(await stored()).toEqual([])
  })

  it('answers 403 pc-ingetrokken to a revoked PC, and stores nothing it pushes', async () => {
    const pc = await addDevice(current().db, ['loc-a'])
    expect((await send(calls[0], pc.headers)).statusCode).toBe(200)
    await revokeTestDevice(current().db, pc)
    for (const call of calls) {
      const res = await send(call, pc.headers)
      expect(res.statusCode, call.url).toBe(403)
      expect(res.json<ErrorBody>()).toMatchObject({ statusCode: 403, code: 'pc-ingetrokken', message: expect.stringMatching(/\S/) })
    }
    expect(await stored()).toEqual([])
  })

  it('still answers an outdated client 426 first, with or without a token', async () => {
    const pc = await addDevice(current().db, ['loc-a'])
    for (const call of calls) {
      for (const headers of [{ ...pc.headers, [PROTOCOL_HEADER]: '0' }, { [PROTOCOL_HEADER]: '0' }, {}]) {
        expect((await send(call, headers)).statusCode, `${call.url} ${JSON.stringify(headers)}`).toBe(426)
      }
    }
  })

  it('records the token\'s device with what it stores, whatever x-device-id says', async () => {
    const pc = await addDevice(current().db, ['loc-a'])
    const res = await send(calls[1], { ...pc.headers, 'x-device-id': 'pc-van-iemand-anders' })
    expect(res.statusCode).toBe(200)
    expect(await current().db.query('SELECT id, device FROM documents')).toEqual([{ id: 'a1', device: pc.deviceId }])
  })
})
