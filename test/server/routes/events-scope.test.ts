// R19 on the event stream: each PC's stream carries only the documents it covers (the same tags as
// pull), a change with nothing for a PC is not sent to it, and revoking a PC ends its open stream:
// at once through the device route, and within a check interval when revoked elsewhere.
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { SyncDoc } from '../../../shared/sync'
import { buildApp } from '../../../server/app'
import { acceptWellFormed } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'
import { bearer, passwordOf, people, seedPeople } from '../auth/auth-fixture'
import { addDevice, revokeTestDevice, type TestDevice } from '../support/devices'
import { openSseClient, type SseClient } from '../support/sse-client'

const absence = (id: string, locationId: string): SyncDoc => ({ id, _deleted: false, locationId })
const idsSeen = (client: SseClient) => client.changes.flatMap((c) => c.documents.map((d) => d.id))

describeOnDatabases('event stream scope (R19)', (current) => {
  let app: FastifyInstance
  let port: number
  let pcA: TestDevice
  let pcB: TestDevice
  let central: TestDevice
  const clients: SseClient[] = []
  beforeEach(async () => {
    const { db } = current()
    app = buildApp({ db, validatePush: acceptWellFormed, deviceCheckMs: 50 })
    await app.listen({ port: 0, host: '127.0.0.1' })
    port = (app.server.address() as AddressInfo).port
    ;[pcA, pcB, central] = [await addDevice(db, ['loc-a']), await addDevice(db, ['loc-b']), await addDevice(db, 'all')]
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close()
    await app.close()
  })

  const listen = async (pc: TestDevice) => {
    const client = openSseClient(port, pc.token)
    clients.push(client)
    await client.connected
    return client
  }
  const push = async (pc: TestDevice, collection: string, docs: SyncDoc[]) => {
    const res = await app.inject({ method: 'POST', url: `/sync/${collection}/push`, headers: pc.headers, payload: { rows: docs.map((d) => ({ newDocumentState: d })) } })
    expect(res.statusCode).toBe(200)
  }

  it('sends each PC only its part of a change, with the change\'s checkpoint, and nothing when nothing is its', async () => {
    const [onA, onB, onCentral] = [await listen(pcA), await listen(pcB), await listen(central)]
    await push(pcB, 'absences', [absence('b-only', 'loc-b')])
    await push(central, 'absences', [absence('a1', 'loc-a'), absence('b1', 'loc-b')])
    await push(pcA, 'notices', [{ id: 'n-a', _deleted: false, deviceId: pcA.deviceId }])
    await push(pcA, 'studydays', [{ id: 'school-1:2026-12-04', _deleted: false }])

    await onA.waitFor(() => idsSeen(onA).includes('school-1:2026-12-04'))
    // Events arrive in commit order: by the last one, any earlier one for A would have come.
    expect(onA.changes).toEqual([
      { collection: 'absences', documents: [absence('a1', 'loc-a')], checkpoint: { seq: 3 } },
      { collection: 'notices', documents: [{ id: 'n-a', _deleted: false, deviceId: pcA.deviceId }], checkpoint: { seq: 4 } },
      { collection: 'studydays', documents: [{ id: 'school-1:2026-12-04', _deleted: false }], checkpoint: { seq: 5 } },
    ])
    await onB.waitFor(() => idsSeen(onB).includes('school-1:2026-12-04'))
    expect(idsSeen(onB)).toEqual(['b-only', 'b1', 'school-1:2026-12-04'])
    await onCentral.waitFor(() => idsSeen(onCentral).includes('school-1:2026-12-04'))
    // A central PC sees every location, never another PC's notices.
    expect(idsSeen(onCentral)).toEqual(['b-only', 'a1', 'b1', 'school-1:2026-12-04'])
  })

  it('ends a PC\'s open stream when a manager revokes it, and only that stream', async () => {
    await seedPeople(current().db)
    const [onA, onB] = [await listen(pcA), await listen(pcB)]
    const signIn = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { staffId: people.manager.id, password: passwordOf(people.manager.id) } })
    const revoked = await app.inject({ method: 'POST', url: `/devices/${pcA.deviceId}/revoke`, headers: bearer(signIn.json<{ token: string }>().token) })
    expect(revoked.statusCode).toBe(200)
    await onA.ended
    await push(pcB, 'absences', [absence('b2', 'loc-b')])
    await onB.waitFor(() => idsSeen(onB).includes('b2'))
  })

  it('ends the stream of a PC revoked elsewhere (another server instance) at its next check', async () => {
    const onA = await listen(pcA)
    await revokeTestDevice(current().db, pcA)
    await onA.ended
  })
})
