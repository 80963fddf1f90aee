// `Toepassen` against a real RxDB database (memory storage, schema validation as the app opens it):
// hundreds of approvals in a few storage writes instead of one each, each request's reservation settled (R20), one
// reason recorded on the approvals without room (R11), exactly what recordDecision writes for one
// request, and a request another PC decided first refused with its reason, the rest still decided.
import { describe, expect, it } from 'vitest'
import { memoryPcs } from '../../support/memory-pc'
import type { LedgerEntry } from '../../../../shared/domain'
import { ledgerIds } from '../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../../../renderer/src/db/collection-types'
import { recordDecision } from '../../../../renderer/src/features/requests/record-decision'
import { BULK_CHUNK, recordDecisions } from '../../../../renderer/src/features/approval/record-decisions'
import { request } from './fixtures'

const pc = memoryPcs('bulk', ['requests', 'ledger'])

const at = new Date('2026-11-30T10:00:00.000Z')
const by = { by: 'mw-senior', device: 'pc-a', at }

function reservation(requestId: string, childId: string): LedgerEntry {
  return {
    id: ledgerIds.reservation(requestId), childId, locationId: 'loc-1', unit: 'ruiluren', careType: 'KDV', kind: 'gereserveerd',
    amount: 5.5, date: '2026-11-20', sourceId: requestId, by: 'mw-1', device: 'pc-a', at: '2026-11-20T08:00:00.000Z',
  }
}

/** Counts the storage writes of the requests from here on. */
function countWrites(db: LocatiedeskDatabase): { count: number } {
  const counter = { count: 0 }
  const storage = db.requests.storageInstance
  const original = storage.bulkWrite.bind(storage)
  storage.bulkWrite = (rows, context) => {
    counter.count += 1
    return original(rows, context)
  }
  return counter
}

describe('a bulk decision', () => {
  it('approves hundreds of requests in a few storage writes and settles each reservation', async () => {
    const db = await pc()
    const total = BULK_CHUNK + 50
    const requests = Array.from({ length: total }, (_, i) => request(`k-${i}`, { id: `b-${i}`, ...(i % 2 === 0 ? { payment: 'ruiluren', kind: 'ruildag' } : {}) }))
    await db.requests.bulkInsert(requests)
    await db.ledger.bulkInsert(requests.filter((_, i) => i % 2 === 0).map((r) => reservation(r.id, r.childId)))
    const writes = countWrites(db)
    const progress: number[] = []
    const outcome = await recordDecisions(db, requests.map((r, i) => ({ id: r.id, withoutRoom: i < 3 })), { status: 'goedgekeurd', ...by, reason: 'Extra leidster ingeroosterd' },
      (done, total) => progress.push(done / total))
    expect(outcome.decided).toHaveLength(total)
    expect(outcome.refused).toEqual([])
    expect(outcome.settlements).toBe(total / 2)
    expect(progress).toEqual([BULK_CHUNK / total, 1])
    // Two per chunk at most (RxDB's write queue starts with the first and batches the rest).
    expect(writes.count).toBeLessThanOrEqual(4)
    const stored = (await db.requests.find().exec()).map((d) => d.toMutableJSON())
    expect(stored.every((r) => r.status === 'goedgekeurd' && r.decisions.length === 1)).toBe(true)
    expect(stored.find((r) => r.id === 'b-0')?.decisions[0]).toEqual({
      status: 'goedgekeurd', by: 'mw-senior', device: 'pc-a', at: at.toISOString(), reason: 'Extra leidster ingeroosterd', withoutRoom: true,
    })
    expect(stored.find((r) => r.id === 'b-3')?.decisions[0]).toEqual({ status: 'goedgekeurd', by: 'mw-senior', device: 'pc-a', at: at.toISOString() })
    expect((await db.ledger.findOne(ledgerIds.spent('b-0')).exec())?.kind).toBe('besteed')
    expect(await db.ledger.findOne(ledgerIds.spent('b-1')).exec()).toBeNull()
  })

  it('writes what recordDecision writes for the same decision on one request', async () => {
    const one = await pc()
    const many = await pc()
    const r = request('k-1', { id: 'same', payment: 'ruiluren', kind: 'ruildag' })
    for (const db of [one, many]) {
      await db.requests.insert(r)
      await db.ledger.insert(reservation(r.id, r.childId))
    }
    await recordDecision(one, r.id, { status: 'afgekeurd', ...by })
    await recordDecisions(many, [{ id: r.id, withoutRoom: false }], { status: 'afgekeurd', ...by })
    const docs = async (db: LocatiedeskDatabase) => ({
      request: (await db.requests.findOne(r.id).exec())?.toMutableJSON(),
      ledger: (await db.ledger.find().exec()).map((d) => d.toMutableJSON()),
    })
    expect(await docs(many)).toEqual(await docs(one))
    expect((await docs(many)).ledger.map((e) => e.kind).sort()).toEqual(['gereserveerd', 'vrijgegeven'])
  })

  it('refuses a request another PC decided first, with the rule\'s reason, and decides the rest', async () => {
    const db = await pc()
    await db.requests.bulkInsert([request('k-1', { id: 'x-1' }), request('k-2', { id: 'x-2' }), request('k-3', { id: 'x-3', status: 'wachtlijst' })])
    // Replicated meanwhile from PC B: x-2 was rejected there.
    await recordDecision(db, 'x-2', { status: 'afgekeurd', by: 'mw-b', device: 'pc-b', at })
    const outcome = await recordDecisions(db, ['x-1', 'x-2', 'x-3', 'gone'].map((id) => ({ id, withoutRoom: false })), { status: 'goedgekeurd', ...by })
    expect(outcome.decided.map((r) => r.id)).toEqual(['x-1', 'x-3'])
    expect(outcome.refused.map((r) => r.id)).toEqual(['x-2', 'gone'])
    expect(outcome.refused[0]).toMatchObject({ code: 'status-definitief' })
    expect((await db.requests.findOne('x-2').exec())?.decisions.map((d) => d.by)).toEqual(['mw-b'])
    expect((await db.requests.findOne('x-3').exec())?.decisions.map((d) => d.status)).toEqual(['goedgekeurd'])
  })

  it('an approval without room and without a reason is refused by the rule (R11), nothing written', async () => {
    const db = await pc()
    await db.requests.insert(request('k-1', { id: 'full' }))
    const outcome = await recordDecisions(db, [{ id: 'full', withoutRoom: true }], { status: 'goedgekeurd', ...by, reason: '  ' })
    expect(outcome.refused).toEqual([expect.objectContaining({ id: 'full', code: 'geen-plek-reden-verplicht' })])
    expect((await db.requests.findOne('full').exec())?.status).toBe('ingediend')
  })

  it('never approves a request paid with swap hours it holds no reservation of (R20, after a lost race); rejecting it works', async () => {
    const db = await pc()
    await db.requests.bulkInsert([
      request('k-1', { id: 'held', payment: 'ruiluren', kind: 'ruildag' }),
      request('k-2', { id: 'lost', payment: 'ruiluren', kind: 'ruildag' }),
    ])
    await db.ledger.insert(reservation('held', 'k-1'))
    const outcome = await recordDecisions(db, ['held', 'lost'].map((id) => ({ id, withoutRoom: false })), { status: 'goedgekeurd', ...by })
    expect(outcome.decided.map((r) => r.id)).toEqual(['held'])
    expect(outcome.refused).toEqual([expect.objectContaining({ id: 'lost', code: 'geen-reservering' })])
    expect((await db.requests.findOne('lost').exec())?.status).toBe('ingediend')
    const rejected = await recordDecisions(db, [{ id: 'lost', withoutRoom: false }], { status: 'afgekeurd', ...by })
    expect(rejected.decided.map((r) => r.status)).toEqual(['afgekeurd'])
  })
})
