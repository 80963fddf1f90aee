// A refused document over HTTP, as a PC meets it: the push answers 200 with the server's state for
// that document only, and the notice for the PC arrives through the ordinary pull of `notices`.
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { PullResponse, PushResponse } from '../../../shared/sync'
import { buildApp } from '../../../server/app'
import { createPushValidator } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'
import { attendanceDay, entry, fact, now } from '../sync/checks/documents'
import { addDevice, addStaff, staffMember, type TestDevice } from '../support/devices'

describeOnDatabases('refused pushes over HTTP', (current) => {
  let app: FastifyInstance
  let pc: TestDevice
  let headers: Record<string, string>
  beforeEach(async () => {
    app = buildApp({ db: current().db, validatePush: createPushValidator({ clock: () => now }) })
    await app.ready()
    // The PC and the author the documents name (seq 1 is the author's staff document).
    pc = await addDevice(current().db, ['loc-1'], { id: fact.device })
    headers = pc.headers
    await addStaff(current().db, [staffMember(fact.by, 'senior', ['loc-1'])])
  })
  afterEach(async () => {
    await app.close()
  })

  it('stores the good days of a batch, answers the bad one with a tombstone, and the notice reaches the PC by pull', async () => {
    const day = (group: string, entries = [entry('kind-1')]) => ({ ...attendanceDay(entries), id: `2026-11-23:${group}`, groupId: group })
    const bad = day('grp-2', [entry('kind-2', { checkOut: '2026-11-23T07:00:00.000Z', rev: 2 })])
    const res = await app.inject({
      method: 'POST', url: '/sync/attendance/push', headers,
      payload: { rows: [{ newDocumentState: day('grp-1') }, { newDocumentState: bad }, { newDocumentState: day('grp-3') }] },
    })
    expect(res.statusCode).toBe(200)
    expect(res.json<PushResponse>()).toEqual({
      conflicts: [{ id: bad.id, _deleted: true }],
      refused: [{ id: bad.id, code: 'uitchecken-voor-inchecken', message: expect.stringMatching(/\S/) }],
    })

    const days = await app.inject({ method: 'POST', url: '/sync/attendance/pull', headers, payload: { checkpoint: null, batchSize: 10 } })
    expect(days.json<PullResponse>().documents.map((d) => d.id)).toEqual(['2026-11-23:grp-1', '2026-11-23:grp-3'])
    const notices = await app.inject({ method: 'POST', url: '/sync/notices/pull', headers, payload: { checkpoint: null, batchSize: 10 } })
    expect(notices.json<PullResponse>()).toMatchObject({
      documents: [{ deviceId: pc.deviceId, kind: 'geweigerd', collectionName: 'attendance', docId: bad.id, code: 'uitchecken-voor-inchecken', localChange: bad }],
      checkpoint: { seq: 4 },
    })
  })

  it('validates by default: an app built without a validator refuses a document its schema refuses', async () => {
    const strict = buildApp({ db: current().db })
    try {
      const incomplete = { id: 'a1', _deleted: false, locationId: 'loc-1', childId: 'kind-1' }
      const res = await strict.inject({ method: 'POST', url: '/sync/absences/push', headers, payload: { rows: [{ newDocumentState: incomplete }] } })
      expect(res.json<PushResponse>()).toMatchObject({ conflicts: [{ id: 'a1', _deleted: true }], refused: [{ id: 'a1', code: 'ongeldig-document' }] })
      expect(await current().db.query("SELECT id FROM documents WHERE collection = 'absences'")).toEqual([])
    } finally {
      await strict.close()
    }
  })
})
