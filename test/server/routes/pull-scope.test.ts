// R19 on pull, over HTTP with the demo organisation's own documents: a PC of location A never
// receives B's attendance, absences, requests, ledger, children or sheets, nor another PC's notices;
// every PC gets what everyone keeps (study days, organisation-wide staff); a central PC ('all') gets
// every location's documents but no other PC's notices. Paged and windowed pulls filter the same.
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Notice } from '../../../shared/domain'
import { collectionNames } from '../../../shared/domain'
import { demoStaff, generateDemo } from '../../../shared/demo'
import type { Checkpoint, PullResponse, PullWindow, SyncDoc } from '../../../shared/sync'
import { buildApp } from '../../../server/app'
import { insertInBatches } from '../../../server/demo/document-batches'
import { acceptWellFormed } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'
import { addDevice, type TestDevice } from '../support/devices'

const A = 'loc-goverwelle'
const B = 'loc-bloemendaal'
const demo = generateDemo({ today: '2026-11-23', historyDays: 10 })
const docsOf = { [A]: demo.location(A), [B]: demo.location(B) }
const meta = { author: 'test', device: null, clientTime: null }

function notice(id: string, where: { deviceId?: string; locationId?: string }): Notice & SyncDoc {
  return {
    id, _deleted: false, ...where, kind: 'geweigerd', collectionName: 'absences', docId: 'x', code: 'test', message: 'Geweigerd',
    at: '2026-11-23T09:00:00.000Z',
  }
}

/** The location(s) a document is about, as its fields say (the test's own reading, not the server's). */
function locationsOf(collection: string, doc: SyncDoc): string[] {
  if (collection === 'locations') return [doc.id]
  if (Array.isArray(doc.locationIds)) return doc.locationIds as string[]
  if (typeof doc.locationId === 'string') return [doc.locationId]
  return []
}

describeOnDatabases('pull scope (R19)', (current) => {
  let app: FastifyInstance
  let pcA: TestDevice
  let pcB: TestDevice
  let central: TestDevice
  beforeEach(async () => {
    const { db } = current()
    app = buildApp({ db, validatePush: acceptWellFormed })
    await app.ready()
    ;[pcA, pcB, central] = [await addDevice(db, [A]), await addDevice(db, [B]), await addDevice(db, 'all')]
    await insertInBatches(db, { staff: demoStaff }, meta)
    for (const docs of Object.values(docsOf)) await insertInBatches(db, docs, meta)
    await insertInBatches(db, {
      notices: [notice('n-a', { deviceId: pcA.deviceId, locationId: A }), notice('n-b', { deviceId: pcB.deviceId, locationId: A }), notice('n-loc-b', { locationId: B })],
    }, meta)
  })
  afterEach(async () => {
    await app.close()
  })

  async function pullAll(pc: TestDevice, collection: string, batchSize = 1000, window?: PullWindow): Promise<SyncDoc[]> {
    const documents: SyncDoc[] = []
    let checkpoint: Checkpoint | null = null
    for (;;) {
      const res = await app.inject({
        method: 'POST', url: `/sync/${collection}/pull`, headers: pc.headers,
        payload: { checkpoint, batchSize, ...(window ? { window } : {}) },
      })
      expect(res.statusCode, res.body).toBe(200)
      const page: PullResponse = res.json<PullResponse>()
      if (page.documents.length === 0) return documents
      documents.push(...page.documents)
      checkpoint = page.checkpoint
    }
  }
  const ids = (docs: readonly { id: string }[]) => docs.map((d) => d.id).sort()

  it('a PC of A receives exactly A\'s documents of every location-bound collection, nothing of B', async () => {
    for (const collection of ['attendance', 'absences', 'requests', 'ledger', 'journal', 'children', 'locations', 'signupsheets', 'signuplines'] as const) {
      const pulled = await pullAll(pcA, collection)
      expect(ids(pulled), collection).toEqual(ids(docsOf[A][collection]))
      for (const doc of pulled) expect(locationsOf(collection, doc), `${collection} ${doc.id}`).toContain(A)
      // And B's PC the other way round (the demo has documents of both in each of these collections).
      expect(docsOf[B][collection].length, collection).toBeGreaterThan(0)
      expect(ids(await pullAll(pcB, collection)), collection).toEqual(ids(docsOf[B][collection]))
    }
  })

  it('notices reach only their own PC; a location notice every PC of that location', async () => {
    expect(ids(await pullAll(pcA, 'notices'))).toEqual(['n-a'])
    expect(ids(await pullAll(pcB, 'notices'))).toEqual(['n-b', 'n-loc-b'])
    expect(ids(await pullAll(central, 'notices'))).toEqual(['n-loc-b'])
  })

  it('study days and organisation-wide staff reach every PC; location staff only their locations\' PCs', async () => {
    const studydays = [...docsOf[A].studydays, ...docsOf[B].studydays]
    for (const pc of [pcA, pcB, central]) expect(ids(await pullAll(pc, 'studydays'))).toEqual([...new Set(ids(studydays))])
    const staffOfA = demoStaff.filter((s) => s.locationIds.includes(A) || s.role === 'klantenservice' || s.role === 'planner')
    expect(ids(await pullAll(pcA, 'staff'))).toEqual(ids(staffOfA))
    expect(ids(await pullAll(central, 'staff'))).toEqual(ids(demoStaff.filter((s) => s.locationIds.length > 0 || s.role === 'klantenservice' || s.role === 'planner')))
  })

  it('a central PC receives every location\'s documents', async () => {
    for (const collection of collectionNames.filter((c) => c !== 'notices' && c !== 'staff' && c !== 'studydays')) {
      expect(ids(await pullAll(central, collection)), collection).toEqual([...new Set(ids([...docsOf[A][collection], ...docsOf[B][collection]]))])
    }
  })

  it('pages and windows filter the same: small pages resume from the last returned seq', async () => {
    const children = docsOf[A].children
    expect(ids(await pullAll(pcA, 'children', 7))).toEqual(ids(children))
    const window = { from: '2026-11-17', to: '2026-11-18' }
    const inWindow = docsOf[A].attendance.filter((d) => d.date >= window.from && d.date <= window.to)
    expect(inWindow.length).toBeGreaterThan(0)
    expect(ids(await pullAll(pcA, 'attendance', 1, window))).toEqual(ids(inWindow))
  })
})
