// R20 at approval, through pushWithin on both databases: two requests spend the same swap hours, the
// server keeps one reservation, and the request whose reservation it refused cannot then be approved
// as care paid with hours that are not there. Its submission is never refused (a request may reach
// the server before its reservation), and other decisions on it (afkeuren) still pass.
import { beforeEach, describe, expect, it } from 'vitest'
import type { PushRow } from '../../../../shared/sync'
import { paidFromBalance } from '../../../../shared/rules'
import type { Caller } from '../../../../server/sync/checks/check'
import { pushWithin } from '../../../../server/sync/push'
import { createPushValidator } from '../../../../server/sync/validate-push'
import { describeOnDatabases } from '../../../support/pg-databases'
import { child, credit, decided, location, now, request, reservation, staffIds } from './documents'
import { seed, seedStaff } from './seed'

const validate = createPushValidator({ clock: () => now })
const caller: Caller = { deviceId: 'pc-1', locations: ['loc-1'] }
const t = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`
const paid = (id: string) => request({ id, payment: 'ruiluren', kind: 'ruildag', hours: 5.5, dayPart: 'ochtend', submittedVia: 'medewerker', by: staffIds.groep })

describe('which payments hold a balance', () => {
  it('swap hours, holiday days and flexible hours do; invoice and included care do not', () => {
    expect(paidFromBalance({ payment: 'ruiluren' })).toBe(true)
    expect(paidFromBalance({ payment: 'vakantietegoed' })).toBe(true)
    expect(paidFromBalance({ payment: 'flexuren' })).toBe(true)
    expect(paidFromBalance({ payment: 'flexuren+factuur', flexHours: 2 })).toBe(true)
    expect(paidFromBalance({ payment: 'flexuren+factuur', flexHours: 0 })).toBe(false)
    expect(paidFromBalance({ payment: 'factuur' })).toBe(false)
    expect(paidFromBalance({ payment: 'inclusief' })).toBe(false)
  })
})

describeOnDatabases('approving a request whose swap hours were not reserved', (current) => {
  const run = (collection: string, rows: PushRow[]) =>
    current().db.tx((q) => pushWithin(q, collection, rows, { author: null, device: caller.deviceId, clientTime: null }, validate, caller))

  beforeEach(async () => {
    const { db } = current()
    await seedStaff(db)
    await seed(db, 'locations', [location(16)])
    await seed(db, 'children', [child('kind-1')])
    // 8 valid hours: enough for one request of 5,5 hours, not for two.
    await seed(db, 'ledger', [credit('opgebouwd:a', 8)])
  })

  it('keeps one reservation of two, and refuses approving the request that lost while the winner is approved', async () => {
    const winner = paid('aanvraag-a')
    const loser = paid('aanvraag-b')
    // Both requests are taken; the second reservation is refused (reservation-cover.ts).
    expect((await run('requests', [{ newDocumentState: winner }, { newDocumentState: loser }])).refused).toEqual([])
    const ledger = await run('ledger', [{ newDocumentState: reservation(winner.id, 5.5) }, { newDocumentState: reservation(loser.id, 5.5) }])
    expect(ledger.refused.map((r) => [r.id, r.refusal.code])).toEqual([['gereserveerd:aanvraag-b', 'onvoldoende-tegoed']])

    const approvedWinner = decided(winner, 'goedgekeurd', staffIds.senior, t('08:00'))
    expect((await run('requests', [{ newDocumentState: approvedWinner, assumedMasterState: winner }])).refused).toEqual([])

    const approvedLoser = decided(loser, 'goedgekeurd', staffIds.senior, t('08:01'))
    const out = await run('requests', [{ newDocumentState: approvedLoser, assumedMasterState: loser }])
    expect(out.refused.map((r) => r.refusal.code)).toEqual(['geen-reservering'])
    expect(out.refused[0]!.refusal.message).toContain('kies een andere betaling of keur af')
    // The PC gets the stored request back (still ingediend) and a notice.
    expect(out.conflicts).toEqual([loser])
    expect(out.notices.map((n) => (n.doc as { code?: string }).code)).toEqual(['geen-reservering'])

    // Rejecting it, or the waiting list, is still possible: nothing is spent by those.
    const rejected = decided(loser, 'afgekeurd', staffIds.senior, t('08:02'))
    expect((await run('requests', [{ newDocumentState: rejected, assumedMasterState: loser }])).refused).toEqual([])
  })

  it('never refuses a submission, nor an approval of a request new to the server, whose reservation may still come', async () => {
    const first = paid('aanvraag-c')
    expect((await run('requests', [{ newDocumentState: first }])).refused).toEqual([])
    // Submitted and approved at once offline: the request and its approval arrive as one new document.
    const atOnce = decided(paid('aanvraag-d'), 'goedgekeurd', staffIds.senior, t('08:00'))
    expect((await run('requests', [{ newDocumentState: atOnce }])).refused).toEqual([])
    // Its reservation, arriving later, is still judged on the balance.
    expect((await run('ledger', [{ newDocumentState: reservation('aanvraag-d', 5.5) }])).refused).toEqual([])
  })

  it('approves once the reservation is stored, and does not judge a retried approval or one paid on invoice', async () => {
    const held = paid('aanvraag-e')
    await run('requests', [{ newDocumentState: held }])
    expect((await run('requests', [{ newDocumentState: decided(held, 'goedgekeurd', staffIds.senior, t('08:00')), assumedMasterState: held }])).refused
      .map((r) => r.refusal.code)).toEqual(['geen-reservering'])
    await run('ledger', [{ newDocumentState: reservation(held.id, 5.5) }])
    const approved = decided(held, 'goedgekeurd', staffIds.senior, t('08:01'))
    expect((await run('requests', [{ newDocumentState: approved, assumedMasterState: held }])).refused).toEqual([])

    const invoice = request({ id: 'aanvraag-f', submittedVia: 'medewerker', by: staffIds.groep })
    await run('requests', [{ newDocumentState: invoice }])
    expect((await run('requests', [{ newDocumentState: decided(invoice, 'goedgekeurd', staffIds.senior, t('08:02')), assumedMasterState: invoice }])).refused).toEqual([])
  })
})
