// The real generators of shared/demo through the server's loaders: everything arrives, once, as
// documents the push validation would accept (schema and every document check, each as a new document).
import { expect, it } from 'vitest'
import { generateDemo, locationYearDocuments } from '../../../shared/demo'
import type { SyncDoc } from '../../../shared/sync'
import { loadDemoIfEmpty } from '../../../server/demo/load-demo'
import { seedLocationYear } from '../../../server/demo/seed-location-year'
import { checkDocument } from '../../../server/sync/validate-push'
import type { CollectionName } from '../../../shared/domain'
import { describeOnDatabases } from '../../support/pg-databases'

const today = '2026-11-23'
/** The end of the demo's today: its history is in the past of this clock. */
const now = new Date('2026-11-23T22:59:00.000Z')

describeOnDatabases('the demo organisation on the server', (current) => {
  it('loads every part of the demo (short history), each document valid for replication', async () => {
    const { db } = current()
    const demo = generateDemo({ seed: 3, today, historyDays: 10 })
    const expected = Object.fromEntries(Object.entries(demo.all()).map(([c, docs]) => [c, docs.length]))
    const result = await loadDemoIfEmpty(db, function* () {
      for (const part of demo.parts()) yield part.documents
    }, { batchSize: 500 })
    expect(result).toEqual({ loaded: true, counts: expected })

    const stored = await db.query<{ collection: string; n: number }>('SELECT collection, count(*) AS n FROM documents GROUP BY collection')
    const nonEmpty = Object.fromEntries(Object.entries(expected).filter(([, n]) => n > 0))
    expect(Object.fromEntries(stored.map((r) => [r.collection, r.n]))).toEqual(nonEmpty)
    const docs = await db.query<{ collection: string; data: SyncDoc }>('SELECT collection, data FROM documents')
    const refused = docs
      .map((d) => ({ id: d.data.id, refusal: checkDocument(d.collection as CollectionName, d.data, { stored: undefined, assumed: undefined, now, caller: null }) }))
      .filter((r) => r.refusal !== null)
    expect(refused).toEqual([])
  }, 60_000)

  it('seeds the benchmark location year and reports its size', async () => {
    const { db } = current()
    const docs = locationYearDocuments(1, today)
    const result = await seedLocationYear(db, { today, seed: 1 })
    expect(result.counts).toEqual({ locations: docs.locations.length, children: docs.children.length, attendance: docs.attendance.length })
    expect(result.attendanceRecords).toBe(docs.attendance.reduce((n, d) => n + d.entries.length, 0))
    const [row] = await db.query<{ n: number }>("SELECT count(*) AS n FROM documents WHERE collection = 'attendance'")
    expect(row?.n).toBe(docs.attendance.length)
  }, 60_000)
})
