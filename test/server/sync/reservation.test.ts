// R20: the server refuses a reservation that the child's valid balance does not cover, judged over
// the stored ledger (and earlier rows of the same push) inside the writing transaction. On both
// databases; on PostgreSQL also with two PCs pushing at the same moment through separate pools.
import { beforeEach, expect, it } from 'vitest'
import type { PushRow } from '../../../shared/sync'
import type { Db } from '../../../server/db/db'
import { createLocalChangeBus } from '../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../server/sync/ordered-publisher'
import { push } from '../../../server/sync/push'
import { createPushValidator } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'
import { credit, ledgerEntry, now, reservation } from './checks/documents'
import { seedStaff } from './checks/seed'

const validate = createPushValidator({ clock: () => now })

describeOnDatabases('reservations against the stored ledger (R20)', (current) => {
  const run = (rows: PushRow[], db: Db = current().db) =>
    push(db, createOrderedPublisher(createLocalChangeBus()), 'ledger', rows, { author: null, device: 'pc-1', clientTime: null }, validate)
  const codes = async (rows: PushRow[], db?: Db) => (await run(rows, db)).refused.map((r) => r.refusal.code)
  const stored = async () => (await current().db.query<{ id: string }>("SELECT id FROM documents WHERE collection = 'ledger' ORDER BY seq")).map((r) => r.id)
  beforeEach(async () => {
    await seedStaff(current().db)
  })

  it('accepts a reservation the valid balance covers, and refuses the next one that would overspend it', async () => {
    await run([{ newDocumentState: credit('opgebouwd:a', 6) }, { newDocumentState: credit('opgebouwd:b', 4) }])
    expect(await codes([{ newDocumentState: reservation('aanvraag-1', 7) }])).toEqual([])
    expect(await codes([{ newDocumentState: reservation('aanvraag-2', 3.5) }])).toEqual(['onvoldoende-tegoed'])
    expect(await codes([{ newDocumentState: reservation('aanvraag-3', 3) }])).toEqual([])
    expect(await stored()).toEqual(['opgebouwd:a', 'opgebouwd:b', 'gereserveerd:aanvraag-1', 'gereserveerd:aanvraag-3'])
    // A retried reservation is the same document: accepted, not counted twice, not written again.
    const retry = await run([{ newDocumentState: reservation('aanvraag-1', 7) }])
    expect(retry).toMatchObject({ refused: [], conflicts: [], written: [] })
  })

  it('counts earlier rows of the same push: two PCs\' worth of reservations in one batch cannot both pass', async () => {
    await run([{ newDocumentState: credit('opgebouwd:a', 8) }])
    const out = await run([
      { newDocumentState: reservation('aanvraag-1', 5) },
      { newDocumentState: reservation('aanvraag-2', 5) },
      { newDocumentState: credit('opgebouwd:b', 2) },
      { newDocumentState: reservation('aanvraag-3', 5) },
    ])
    expect(out.refused.map((r) => r.id)).toEqual(['gereserveerd:aanvraag-2'])
    expect(out.written.map((w) => w.doc.id)).toEqual(['gereserveerd:aanvraag-1', 'opgebouwd:b', 'gereserveerd:aanvraag-3'])
  })

  it('gives released hours back, and counts only valid credit of that child, care type and unit', async () => {
    await run([
      { newDocumentState: credit('opgebouwd:kdv', 5) },
      { newDocumentState: ledgerEntry({ id: 'opgebouwd:pg', kind: 'opgebouwd', amount: 10, careType: 'PG' }) },
      { newDocumentState: ledgerEntry({ id: 'opgebouwd:ander-kind', kind: 'opgebouwd', amount: 10, childId: 'kind-2' }) },
      // Earned on 1 July: valid until 29 October (R8, 120 days), expired by 23 November.
      { newDocumentState: credit('opgebouwd:oud', 10, '2026-07-01') },
      { newDocumentState: ledgerEntry({ id: 'contract:vakantie', kind: 'contract', amount: 10, unit: 'vakantiedagen', careType: undefined }) },
    ])
    expect(await codes([{ newDocumentState: reservation('aanvraag-1', 6) }])).toEqual(['onvoldoende-tegoed'])
    expect(await codes([{ newDocumentState: reservation('aanvraag-2', 5) }])).toEqual([])
    expect(await codes([{ newDocumentState: reservation('aanvraag-3', 1) }])).toEqual(['onvoldoende-tegoed'])
    // The request of aanvraag-2 was rejected: its hours come back.
    await run([{ newDocumentState: ledgerEntry({ id: 'vrijgegeven:aanvraag-2', kind: 'vrijgegeven', amount: 5, sourceId: 'aanvraag-2' }) }])
    expect(await codes([{ newDocumentState: reservation('aanvraag-3', 1) }])).toEqual([])
    // Holiday days are their own balance.
    expect(await codes([{ newDocumentState: reservation('aanvraag-4', 1, { unit: 'vakantiedagen', careType: undefined }) }])).toEqual([])
  })

  it('judges a reservation on the day it was made, not the day it reached the server (SPEC §4)', async () => {
    // Valid until 20 November (R8): made offline on the 20th, pushed on the 23rd.
    await run([{ newDocumentState: credit('opgebouwd:a', 4, '2026-07-23') }])
    expect(await codes([{ newDocumentState: reservation('aanvraag-1', 4, { date: '2026-11-21' }) }])).toEqual(['onvoldoende-tegoed'])
    expect(await codes([{ newDocumentState: reservation('aanvraag-1', 4, { date: '2026-11-20', at: '2026-11-20T09:00:00.000Z' }) }])).toEqual([])
  })

  it('lets only one of two PCs pushing at the same moment spend the same hours (PostgreSQL: separate pools)', async (context) => {
    if (current().openAnother === undefined) return context.skip()
    await run([{ newDocumentState: credit('opgebouwd:a', 6) }])
    const pcA = await current().openAnother!({ max: 1 })
    const pcB = await current().openAnother!({ max: 1 })
    const [a, b] = await Promise.all([
      run([{ newDocumentState: reservation('aanvraag-a', 6) }], pcA),
      run([{ newDocumentState: reservation('aanvraag-b', 6) }], pcB),
    ])
    expect([a.refused.length, b.refused.length].sort()).toEqual([0, 1])
    expect((await stored()).filter((id) => id.startsWith('gereserveerd'))).toHaveLength(1)
  })
})
