// R20: a request's ledger settlement (besteed, vrijgegeven, teruggeboekt) follows the decision that
// stands on the server. PC A approves a request paid with swap hours and writes besteed:<id>; PC B
// rejects it offline and writes vrijgegeven:<id>. Whichever decision reaches the server first wins,
// and the other PC's settlement is then refused as a conflict naming the winner, whether it arrives
// before or after that PC's own request. A settlement of a request the server does not hold yet passes.
import { beforeEach, describe, expect, it } from 'vitest'
import { ledgerIds, type LedgerEntry, type LedgerKind } from '../../../../shared/domain'
import type { PushRow, SyncDoc } from '../../../../shared/sync'
import type { Caller } from '../../../../server/sync/checks/check'
import {
  contradictingDecision, settlementConflictCode, settlementFollowsDecision,
} from '../../../../server/sync/checks/settlement-follows-decision'
import { serverRefusalMessages } from '../../../../server/sync/checks/refusal'
import { readDocuments } from '../../../../server/sync/document-store'
import { pushWithin } from '../../../../server/sync/push'
import { createPushValidator, type ValidatePush } from '../../../../server/sync/validate-push'
import { describeOnDatabases } from '../../../support/pg-databases'
import { child, credit, decided, ledgerEntry, location, now, request, reservation, staffIds } from './documents'
import { fakePicture } from './fake-picture'
import { seed, seedStaff } from './seed'

const t = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`
const paid = (id: string) => request({ id, payment: 'ruiluren', kind: 'ruildag', hours: 5.5, dayPart: 'ochtend', submittedVia: 'medewerker', by: staffIds.groep })
const ids: Record<'besteed' | 'vrijgegeven' | 'teruggeboekt', (requestId: string) => string> = {
  besteed: ledgerIds.spent, vrijgegeven: ledgerIds.release, teruggeboekt: ledgerIds.refund,
}
/** The settlement a PC writes beside its decision (as reservation-settlement.ts does), by `by` at `at`. */
const settlement = (kind: keyof typeof ids, requestId: string, by: string, at: string) =>
  ledgerEntry({ id: ids[kind](requestId), kind, amount: 5.5, sourceId: requestId, by, device: `pc-of-${by}`, at })

describe('which stored decision a settlement contradicts', () => {
  const open = paid('r')
  const rejected = decided(open, 'afgekeurd', staffIds.senior, t('08:00'))
  const removed = decided(open, 'verwijderd', staffIds.senior, t('08:00'))
  const approved = decided(open, 'goedgekeurd', staffIds.senior, t('08:00'))
  const cancelled = decided(approved, 'geannuleerd', staffIds.manager, t('08:30'))
  const waiting = decided(open, 'wachtlijst', staffIds.senior, t('08:00'))
  const rows: [LedgerKind, string, string | null, typeof open][] = [
    ['besteed', 'afgekeurd', 'afgekeurd', rejected], ['besteed', 'verwijderd', 'verwijderd', removed],
    ['besteed', 'goedgekeurd', null, approved], ['besteed', 'goedgekeurd, then geannuleerd', null, cancelled],
    ['teruggeboekt', 'afgekeurd', 'afgekeurd', rejected], ['teruggeboekt', 'goedgekeurd, then geannuleerd', null, cancelled],
    ['teruggeboekt', 'goedgekeurd', null, approved],
    ['vrijgegeven', 'goedgekeurd', 'goedgekeurd', approved], ['vrijgegeven', 'goedgekeurd, then geannuleerd', 'goedgekeurd', cancelled],
    ['vrijgegeven', 'afgekeurd', null, rejected],
    ['besteed', 'ingediend', null, open], ['vrijgegeven', 'ingediend', null, open],
    ['besteed', 'wachtlijst', null, waiting], ['vrijgegeven', 'wachtlijst', null, waiting],
    ['gereserveerd', 'afgekeurd', null, rejected], ['opgebouwd', 'goedgekeurd', null, approved],
  ]
  it.each(rows)('%s against a request %s: contradicted by %s', (kind, _label, winner, stored) => {
    expect(contradictingDecision(kind, stored)?.status ?? null).toBe(winner)
  })

  it('finds the request by sourceId, else by the id after the kind; a deletion or a retry is not judged', async () => {
    const picture = fakePicture({ requests: [rejected] })
    const judge = (doc: SyncDoc & LedgerEntry, stored?: SyncDoc) =>
      settlementFollowsDecision({ collection: 'ledger', doc, stored, assumed: stored, now, caller: null }, picture)
    const spent = settlement('besteed', 'r', staffIds.senior, t('08:05'))
    expect(await judge(spent)).toMatchObject({ kind: 'conflict', code: settlementConflictCode, winner: { by: staffIds.senior, at: t('08:00') } })
    const { sourceId: _dropped, ...withoutSource } = spent
    expect(await judge(withoutSource)).toMatchObject({ code: settlementConflictCode })
    expect(await judge({ ...spent, _deleted: true })).toBeNull()
    expect(await judge(spent, spent)).toBeNull()
    expect(await judge(settlement('besteed', 'elders', staffIds.senior, t('08:05')))).toBeNull()
  })
})

describeOnDatabases('a settlement follows the decision that won (R20)', (current) => {
  const pcA: Caller = { deviceId: 'pc-a', locations: ['loc-1'] }
  const pcB: Caller = { deviceId: 'pc-b', locations: ['loc-1'] }
  // Every check of the registry, then this one on ledger rows (the lead adds it to registry.ts).
  const base = createPushValidator({ clock: () => now })
  const validate: ValidatePush = {
    now: base.now,
    async check(row) {
      const verdict = await base.check(row)
      if (!verdict.ok || row.collection !== 'ledger') return verdict
      const doc = verdict.doc as SyncDoc & LedgerEntry
      const refused = await settlementFollowsDecision({ collection: 'ledger', doc, stored: row.stored, assumed: row.assumed, now: base.now(), caller: row.caller }, row.picture)
      return refused === null ? verdict : { ok: false, refusal: refused }
    },
  }
  const run = (caller: Caller, collection: string, rows: PushRow[]) =>
    current().db.tx((q) => pushWithin(q, collection, rows, { author: null, device: caller.deviceId, clientTime: null }, validate, caller))
  const codes = (out: { refused: { refusal: { code: string } }[] }) => out.refused.map((r) => r.refusal.code)

  const open = paid('aanvraag-1')
  const approvedByA = decided(open, 'goedgekeurd', staffIds.senior, t('08:00'))
  const rejectedByB = decided(open, 'afgekeurd', staffIds.manager, t('08:10'))
  const spentByA = settlement('besteed', open.id, staffIds.senior, t('08:00'))
  const releasedByB = settlement('vrijgegeven', open.id, staffIds.manager, t('08:10'))

  beforeEach(async () => {
    const { db } = current()
    await seedStaff(db)
    await seed(db, 'locations', [location(16)])
    await seed(db, 'children', [child('kind-1')])
    await seed(db, 'ledger', [credit('opgebouwd:a', 8)])
    expect(codes(await run(pcA, 'requests', [{ newDocumentState: open }]))).toEqual([])
    expect(codes(await run(pcA, 'ledger', [{ newDocumentState: reservation(open.id, 5.5) }]))).toEqual([])
  })

  it('B rejected first: A\'s besteed is refused, told that B\'s rejection stands, before or after A\'s request', async () => {
    expect(codes(await run(pcB, 'requests', [{ newDocumentState: rejectedByB, assumedMasterState: open }]))).toEqual([])
    expect(codes(await run(pcB, 'ledger', [{ newDocumentState: releasedByB }]))).toEqual([])
    // A's ledger before its request: refused, with a notice naming B's decision.
    const early = await run(pcA, 'ledger', [{ newDocumentState: spentByA }])
    expect(codes(early)).toEqual([settlementConflictCode])
    expect(early.refused[0]!.refusal).toMatchObject({ kind: 'conflict', message: serverRefusalMessages[settlementConflictCode], winner: { by: staffIds.manager, at: t('08:10') } })
    expect(early.conflicts).toEqual([{ id: spentByA.id, _deleted: true }])
    expect(early.notices.map((n) => (n.doc as { code?: string }).code)).toEqual([settlementConflictCode])
    // A's approval loses (first-decision-wins.ts); its besteed, pushed again after, is still refused.
    expect(codes(await run(pcA, 'requests', [{ newDocumentState: approvedByA, assumedMasterState: open }]))).toEqual(['besluit-conflict'])
    expect(codes(await run(pcA, 'ledger', [{ newDocumentState: spentByA }]))).toEqual([settlementConflictCode])
    // B's release is the request's only settlement on the server; its identical retry passes and writes nothing.
    const stored = await current().db.tx((q) => readDocuments(q, 'ledger', [spentByA.id, releasedByB.id]))
    expect([...stored.keys()]).toEqual([releasedByB.id])
    const retry = await run(pcB, 'ledger', [{ newDocumentState: releasedByB, assumedMasterState: releasedByB }])
    expect([codes(retry), retry.written]).toEqual([[], []])
  })

  it('A approved first: B\'s vrijgegeven is refused, told that A\'s approval stands, before or after B\'s request', async () => {
    expect(codes(await run(pcA, 'requests', [{ newDocumentState: approvedByA, assumedMasterState: open }]))).toEqual([])
    const early = await run(pcB, 'ledger', [{ newDocumentState: releasedByB }])
    expect(codes(early)).toEqual([settlementConflictCode])
    expect(early.refused[0]!.refusal.winner).toEqual({ by: staffIds.senior, at: t('08:00') })
    expect(codes(await run(pcB, 'requests', [{ newDocumentState: rejectedByB, assumedMasterState: open }]))).toEqual(['besluit-conflict'])
    expect(codes(await run(pcB, 'ledger', [{ newDocumentState: releasedByB }]))).toEqual([settlementConflictCode])
    // A's own besteed passes, and so does its identical retry.
    expect(codes(await run(pcA, 'ledger', [{ newDocumentState: spentByA }]))).toEqual([])
    const retry = await run(pcA, 'ledger', [{ newDocumentState: spentByA, assumedMasterState: spentByA }])
    expect([codes(retry), retry.written]).toEqual([[], []])
  })

  it('accepts a settlement while its request is open or not stored yet, and a refund of an approved, cancelled request', async () => {
    // The request is stored but undecided: the decision may still come.
    expect(codes(await run(pcA, 'ledger', [{ newDocumentState: spentByA }]))).toEqual([])
    // Requests the server does not hold: both kinds pass (each may be followed by its request).
    expect(codes(await run(pcA, 'ledger', [{ newDocumentState: settlement('besteed', 'nog-onderweg-1', staffIds.senior, t('08:00')) }]))).toEqual([])
    expect(codes(await run(pcB, 'ledger', [{ newDocumentState: settlement('vrijgegeven', 'nog-onderweg-2', staffIds.manager, t('08:10')) }]))).toEqual([])
    // Approved and then cancelled: the refund follows the cancellation; a release would contradict the approval.
    const cancelled = decided(approvedByA, 'geannuleerd', staffIds.manager, t('08:30'), { reason: 'Ouder belde af.' })
    expect(codes(await run(pcA, 'requests', [{ newDocumentState: approvedByA, assumedMasterState: open }]))).toEqual([])
    expect(codes(await run(pcA, 'requests', [{ newDocumentState: cancelled, assumedMasterState: approvedByA }]))).toEqual([])
    expect(codes(await run(pcA, 'ledger', [{ newDocumentState: settlement('teruggeboekt', open.id, staffIds.manager, t('08:30')) }]))).toEqual([])
    expect(codes(await run(pcB, 'ledger', [{ newDocumentState: releasedByB }]))).toEqual([settlementConflictCode])
  })

  it('refuses a refund of a request that was rejected, never approved', async () => {
    expect(codes(await run(pcB, 'requests', [{ newDocumentState: rejectedByB, assumedMasterState: open }]))).toEqual([])
    expect(codes(await run(pcA, 'ledger', [{ newDocumentState: settlement('teruggeboekt', open.id, staffIds.senior, t('08:30')) }]))).toEqual([settlementConflictCode])
  })
})
