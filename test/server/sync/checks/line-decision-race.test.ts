// F6's idempotency over HTTP, as two customer-service PCs meet it: both processed the same closed
// sheet, and each line's decision reaches the server twice. The first stands; the second PC gets the
// stored decision back as its conflict answer and a notice naming whose decision won, so each line
// is exactly one booking (or one rejection), never two, never both.
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { PullResponse, PushResponse, SyncDoc } from '../../../../shared/sync'
import { buildApp } from '../../../../server/app'
import { createPushValidator } from '../../../../server/sync/validate-push'
import { describeOnDatabases } from '../../../support/pg-databases'
import { addDevice, addStaff, staffMember, type TestDevice } from '../../support/devices'
import { location, now } from './documents'
import { seed } from './seed'
import { closedSheet, processed, rejected, signupLine, t } from './signup-documents'

describeOnDatabases('two customer-service PCs process the same sheet', (current) => {
  let app: FastifyInstance
  let pcA: TestDevice
  let pcB: TestDevice
  beforeEach(async () => {
    app = buildApp({ db: current().db, validatePush: createPushValidator({ clock: () => now }) })
    await app.ready()
    pcA = await addDevice(current().db, 'all', { name: 'klantenservice-1' })
    pcB = await addDevice(current().db, 'all', { name: 'klantenservice-2' })
    await addStaff(current().db, [
      staffMember('linda.ks', 'klantenservice', []), staffMember('youssef.ks', 'klantenservice', []), staffMember('piet.bakker', 'groepsmedewerker', ['loc-1']),
    ])
    await seed(current().db, 'locations', [location()])
    await seed(current().db, 'signupsheets', [closedSheet()])
    await seed(current().db, 'signuplines', [signupLine('regel-1'), signupLine('regel-2', { childId: 'kind-2' })])
  })
  afterEach(async () => {
    await app.close()
  })

  const push = async (pc: TestDevice, docs: SyncDoc[]) => (await app.inject({
    method: 'POST', url: '/sync/journal/push', headers: pc.headers, payload: { rows: docs.map((d) => ({ newDocumentState: d })) },
  })).json<PushResponse>()
  const pull = async (pc: TestDevice, collection: string) => (await app.inject({
    method: 'POST', url: `/sync/${collection}/pull`, headers: pc.headers, payload: { checkpoint: null, batchSize: 100 },
  })).json<PullResponse>().documents
  const byA = { by: 'linda.ks', device: 'klantenservice-1' }
  const byB = { by: 'youssef.ks', device: 'klantenservice-2' }

  it('keeps the first decision of each line; the second PC gets it back and a notice with the winner', async () => {
    const first = [processed('regel-1', 'factuur', { ...byA, at: t('08:40') }), processed('regel-2', 'inclusief', { ...byA, at: t('08:41') })]
    expect(await push(pcA, first)).toEqual({ conflicts: [] })

    // B processed regel-1 too (a moment later) and rejected regel-2, offline.
    const second = [processed('regel-1', 'factuur', { ...byB, at: t('08:45') }), rejected('regel-2', 'Dubbel ingetekend.', { ...byB, at: t('08:46') })]
    const answer = await push(pcB, second)
    expect(answer.conflicts).toEqual(first)
    expect(answer.refused?.map((r) => [r.id, r.code])).toEqual([['verwerking:regel-1', 'al-vastgelegd'], ['verwerking:regel-2', 'al-vastgelegd']])

    const decisions = (await pull(pcA, 'journal')).filter((d) => d.kind === 'verwerkt' || d.kind === 'afgewezen')
    expect(decisions).toEqual(first)
    const notices = await pull(pcB, 'notices')
    expect(notices).toMatchObject([
      { deviceId: pcB.deviceId, kind: 'conflict', code: 'al-vastgelegd', docId: 'verwerking:regel-1', winner: { by: 'linda.ks', at: t('08:40') }, localChange: second[0] },
      { deviceId: pcB.deviceId, kind: 'conflict', code: 'al-vastgelegd', docId: 'verwerking:regel-2', winner: { by: 'linda.ks', at: t('08:41') }, localChange: second[1] },
    ])
    expect(await pull(pcA, 'notices')).toEqual([])
  })

  it('a retry of the winning push changes nothing and tells nobody anything', async () => {
    const first = [processed('regel-1', 'factuur', byA)]
    await push(pcA, first)
    expect(await push(pcA, first)).toEqual({ conflicts: [] })
    expect(await pull(pcB, 'journal')).toEqual(first)
    expect(await pull(pcA, 'notices')).toEqual([])
  })

  it('both PCs in one race, pushed at the same moment: exactly one decision per line is stored', async () => {
    const a = [processed('regel-1', 'factuur', byA), processed('regel-2', 'factuur', byA)]
    const b = [rejected('regel-1', 'Nee.', byB), processed('regel-2', 'inclusief', byB)]
    const [answerA, answerB] = await Promise.all([push(pcA, a), push(pcB, b)])
    const stored = (await current().db.query<{ data: SyncDoc }>("SELECT data FROM documents WHERE collection = 'journal' ORDER BY id")).map((r) => r.data)
    expect(stored).toHaveLength(2)
    // Whichever push took the counter lock first won both lines; the other was refused both.
    const winner = stored[0]!.by === 'linda.ks' ? { won: answerA, lost: answerB, docs: a } : { won: answerB, lost: answerA, docs: b }
    expect(stored).toEqual(winner.docs)
    expect(winner.won).toEqual({ conflicts: [] })
    expect(winner.lost.refused?.map((r) => r.code)).toEqual(['al-vastgelegd', 'al-vastgelegd'])
  })
})
