// The convergence run's final judgement (support/change-ledger.ts) on small hand-made states: a saved
// change that is on the server passes, one that is missing fails unless the PC that made it holds a
// notice about it, duplicates fail, and a server change no PC made fails.
import { describe, expect, it } from 'vitest'
import { collectionNames } from '../../shared/domain/collections'
import { ledgerProblems, type SavedChange } from './support/change-ledger'
import type { Snapshot, StoredDoc } from './support/stored-documents'

function snapshot(docs: Partial<Record<keyof Snapshot, StoredDoc[]>>): Snapshot {
  return Object.fromEntries(collectionNames.map((c) => [c, new Map((docs[c] ?? []).map((d) => [String(d.id), d]))])) as Snapshot
}

const day = (entries: StoredDoc[]) => ({ id: 'day-1', groupId: 'g', date: '2026-11-20', entries })
const checkIn = (value: string | null, pc = 'A'): SavedChange =>
  ({ kind: 'attendance', pc, step: 1, dayId: 'day-1', childId: 'kind-1', field: 'checkIn', value })
const start = snapshot({ attendance: [day([])] })
const none = () => []

describe('ledgerProblems', () => {
  it('accepts a check-in that reached the server', () => {
    const end = snapshot({ attendance: [day([{ childId: 'kind-1', checkIn: 't1' }])] })
    expect(ledgerProblems({ changes: [checkIn('t1')], start, end, noticesOf: none })).toEqual([])
  })

  it('finds a check-in lost without a notice, and accepts it with the PC\'s conflict notice', () => {
    const end = snapshot({ attendance: [day([{ childId: 'kind-1', checkIn: 't0' }])] })
    const changes = [checkIn('t1'), checkIn('t0', 'B')]
    expect(ledgerProblems({ changes, start, end, noticesOf: none })).toEqual([
      'lost without a notice: step 1 on A: checkIn t1 of kind-1 on day-1 (server: t0)',
    ])
    const notice = { id: 'n', collectionName: 'attendance', docId: 'day-1', localChange: { childId: 'kind-1', checkIn: 't1' } }
    expect(ledgerProblems({ changes, start, end, noticesOf: (pc) => (pc === 'A' ? [notice] : []) })).toEqual([])
    // Another PC's notice explains nothing about A's change.
    expect(ledgerProblems({ changes, start, end, noticesOf: (pc) => (pc === 'B' ? [notice] : []) })).toHaveLength(1)
  })

  it('finds a child with two entries', () => {
    const end = snapshot({ attendance: [day([{ childId: 'kind-1', checkIn: 't1' }, { childId: 'kind-1', checkIn: 't1' }])] })
    expect(ledgerProblems({ changes: [checkIn('t1')], start, end, noticesOf: none })).toEqual([
      '2 entries: step 1 on A: checkIn t1 of kind-1 on day-1',
      'attendance/day-1: kind-1 has more than one entry',
    ])
  })

  it('finds what no PC made: a time, a fact, a changed document', () => {
    const end = snapshot({
      attendance: [day([{ childId: 'kind-1', checkIn: 't1' }, { childId: 'kind-2', checkIn: 't9' }])],
      absences: [{ id: 'afw-1', childId: 'kind-2' }],
      staff: [{ id: 's', name: 'X' }],
    })
    expect(ledgerProblems({ changes: [checkIn('t1')], start, end, noticesOf: none })).toEqual([
      'attendance/day-1: checkIn t9 of kind-2, made by no PC',
      'absences/afw-1 on the server, made by no PC',
      'staff/s changed on the server, by no PC\'s step',
    ])
  })

  it('accepts a fact on the server and a refused one with its notice, not a refused one without', () => {
    const changes: SavedChange[] = [
      { kind: 'fact', pc: 'A', step: 2, collection: 'absences', id: 'afw-1' },
      { kind: 'fact', pc: 'A', step: 3, collection: 'absences', id: 'afw-2' },
    ]
    const end = snapshot({ attendance: [day([])], absences: [{ id: 'afw-1' }] })
    expect(ledgerProblems({ changes, start, end, noticesOf: none })).toEqual(['lost without a notice: step 3 on A: absences/afw-2'])
    const refusal = { id: 'r', collectionName: 'absences', docId: 'afw-2' }
    expect(ledgerProblems({ changes, start, end, noticesOf: () => [refusal] })).toEqual([])
  })

  it('accepts a decision on the server once, finds it lost, duplicated, or taken on no PC', () => {
    const request = (decisions: StoredDoc[]) => ({ id: 'req-1', childId: 'kind-1', status: 'ingediend', decisions })
    const approval = { status: 'goedgekeurd', by: 'anouk', device: 'pc-a', at: 't5' }
    const decided: SavedChange = { kind: 'decision', pc: 'A', step: 4, requestId: 'req-1', by: 'anouk', from: 'ingediend', status: 'goedgekeurd', at: 't5' }
    const before = snapshot({ requests: [request([])] })
    expect(ledgerProblems({ changes: [decided], start: before, end: snapshot({ requests: [request([approval])] }), noticesOf: none })).toEqual([])
    expect(ledgerProblems({ changes: [decided], start: before, end: before, noticesOf: none }))
      .toEqual(['lost without a notice: step 4 on A: ingediend → goedgekeurd of requests/req-1 by anouk at t5 (server: no decision on ingediend; the request there: ingediend, no decisions)'])
    const lost = { id: 'n', collectionName: 'requests', docId: 'req-1' }
    const other = { ...approval, status: 'afgekeurd', by: 'sem', at: 't4' }
    expect(ledgerProblems({ changes: [decided], start: before, end: snapshot({ requests: [request([other])] }), noticesOf: () => [lost] }))
      .toEqual(['requests/req-1: decision sem|afgekeurd|t4, taken on no PC'])
    expect(ledgerProblems({ changes: [decided], start: before, end: snapshot({ requests: [request([approval, approval])] }), noticesOf: none })).toEqual([
      '2 times: step 4 on A: ingediend → goedgekeurd of requests/req-1 by anouk at t5',
      'requests/req-1: decision anouk|goedgekeurd|t5 more than once',
    ])
  })

  it('accepts the same decision taken on the same state on another PC as this one, not a different one', () => {
    const request = (decisions: StoredDoc[]) => ({ id: 'req-1', status: 'wachtlijst', decisions })
    const first = { status: 'wachtlijst', by: 'fatima', device: 'pc-c', at: 't1' }
    const agreeing: SavedChange = { kind: 'decision', pc: 'A', step: 7, requestId: 'req-1', by: 'anouk', from: 'ingediend', status: 'wachtlijst', at: 't2' }
    const byFatima: SavedChange = { kind: 'decision', pc: 'C', step: 6, requestId: 'req-1', by: 'fatima', from: 'ingediend', status: 'wachtlijst', at: 't1' }
    const start = snapshot({ requests: [request([])] })
    const end = snapshot({ requests: [request([first])] })
    expect(ledgerProblems({ changes: [byFatima, agreeing], start, end, noticesOf: none })).toEqual([])
    // A later decision on the state the first left is its own step: missing without a notice, it is lost.
    const next: SavedChange = { ...agreeing, step: 8, from: 'wachtlijst', status: 'afgekeurd', at: 't3' }
    expect(ledgerProblems({ changes: [byFatima, next], start, end, noticesOf: none }))
      .toEqual(['lost without a notice: step 8 on A: wachtlijst → afgekeurd of requests/req-1 by anouk at t3 (server: no decision on wachtlijst; the request there: wachtlijst, ingediend → fatima|wachtlijst|t1)'])
    const rejected: SavedChange = { ...agreeing, status: 'afgekeurd' }
    expect(ledgerProblems({ changes: [byFatima, rejected], start, end, noticesOf: none }))
      .toEqual(['lost without a notice: step 7 on A: ingediend → afgekeurd of requests/req-1 by anouk at t2 (server: fatima|wachtlijst|t1 on ingediend; the request there: wachtlijst, ingediend → fatima|wachtlijst|t1)'])
  })

  it('accepts a request a PC made, not one no PC made nor one changed without a decision', () => {
    const made: SavedChange = { kind: 'fact', pc: 'B', step: 6, collection: 'requests', id: 'req-2' }
    const end = snapshot({ requests: [{ id: 'req-1', status: 'afgekeurd', decisions: [] }, { id: 'req-2', decisions: [] }, { id: 'req-3', decisions: [] }] })
    expect(ledgerProblems({ changes: [made], start: snapshot({ requests: [{ id: 'req-1', status: 'ingediend', decisions: [] }] }), end, noticesOf: none })).toEqual([
      'requests/req-1 changed on the server, by no PC\'s step',
      'requests/req-3 on the server, made by no PC',
    ])
  })
})
