// buildApp's `now`: the server's one clock. The time header every answer carries (the PCs measure
// their offset with it), /health, and the push checks all read it, so a test that moves it moves the
// whole server (a simulated month offline, test/reliability/long-offline.spec.ts).
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { SERVER_TIME_HEADER, type HealthResponse, type PushResponse } from '../../shared/sync'
import { buildApp } from '../../server/app'
import { describeOnDatabases } from '../support/pg-databases'
import { movableClock, type MovableClock } from '../support/movable-clock'
import { attendanceDay, entry, fact, now as documentsNow } from './sync/checks/documents'
import { addDevice, addStaff, staffMember, type TestDevice } from './support/devices'

const DAY_MS = 24 * 60 * 60 * 1000

describeOnDatabases('the server clock (buildApp now)', (current) => {
  let app: FastifyInstance
  let clock: MovableClock
  let pc: TestDevice
  beforeEach(async () => {
    // A day before the documents' time: what they say happened is still a day ahead of the server.
    clock = movableClock(() => documentsNow.getTime() - DAY_MS)
    app = buildApp({ db: current().db, now: clock.now })
    await app.ready()
    pc = await addDevice(current().db, ['loc-1'], { id: fact.device })
    await addStaff(current().db, [staffMember(fact.by, 'senior', ['loc-1'])])
  })
  afterEach(async () => {
    await app.close()
  })

  it('stamps every answer and /health with the given clock, and follows it when it moves', async () => {
    const first = await app.inject({ method: 'GET', url: '/health' })
    expect(first.json<HealthResponse>().serverTime).toBe(new Date(documentsNow.getTime() - DAY_MS).toISOString())
    expect(first.headers[SERVER_TIME_HEADER]).toBe(new Date(documentsNow.getTime() - DAY_MS).toISOString())

    clock.advance(30 * DAY_MS)
    const later = await app.inject({ method: 'POST', url: '/sync/attendance/pull', headers: pc.headers, payload: { checkpoint: null, batchSize: 1 } })
    expect(later.statusCode).toBe(200)
    expect(later.headers[SERVER_TIME_HEADER]).toBe(new Date(documentsNow.getTime() + 29 * DAY_MS).toISOString())
  })

  it('judges a push by the given clock: a check-in a day ahead of it is refused, accepted once the day has come', async () => {
    const push = () => app.inject({ method: 'POST', url: '/sync/attendance/push', headers: pc.headers, payload: { rows: [{ newDocumentState: attendanceDay([entry('kind-1')]) }] } })
    expect((await push()).json<PushResponse>()).toMatchObject({ refused: [{ code: 'tijd-in-toekomst' }] })

    clock.advance(DAY_MS)
    expect((await push()).json<PushResponse>()).toEqual({ conflicts: [] })
    const stored = await current().db.query<{ id: string }>(`SELECT id FROM documents WHERE collection = 'attendance'`)
    expect(stored).toHaveLength(1)
  })
})
