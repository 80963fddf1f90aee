import { describe, expect, it } from 'vitest'
import { lineDecisionId } from '../../../../shared/domain'
import { processedDecision } from '../../../../renderer/src/features/processing/line-decision'
import { lineRows, lineState, openRows } from '../../../../renderer/src/features/processing/line-rows'
import { bram, clerk, daan, line, lisa, rejection, withdrawal } from './fixtures'

const children = new Map([bram, lisa, daan].map((c) => [c.id, c]))

describe('a line\'s state from the journal', () => {
  it('is open without facts, withdrawn with a withdrawal, and decided by the one decision', () => {
    const l = line('l-1', lisa, 'factuur')
    expect(lineState(l, []).state).toEqual({ kind: 'open' })
    expect(lineState(l, [withdrawal('l-1')]).state).toEqual({ kind: 'ingetrokken', reason: 'Ouder belde af.' })
    expect(lineState(l, [rejection('l-1')]).state).toEqual({ kind: 'afgewezen', reason: 'Geen studiedag op deze school.' })
    const booked = processedDecision(l, 'factuur', clerk)
    expect(lineState(l, [booked])).toEqual({ state: { kind: 'verwerkt', billing: 'factuur', invoiceDate: '2027-01-10' }, fact: booked })
    // A decision stands over a withdrawal that synced in later.
    expect(lineState(l, [withdrawal('l-1'), booked]).state.kind).toBe('verwerkt')
  })

  it('reads a decision without a usable billing as what was signed, with R15\'s invoice date', () => {
    const l = line('l-1', lisa, 'factuur', { date: '2026-11-23' })
    const odd = { ...processedDecision(l, 'factuur', clerk), data: { billing: 'ruiluren' } }
    expect(lineState(l, [odd]).state).toEqual({ kind: 'verwerkt', billing: 'factuur', invoiceDate: '2026-12-10' })
  })
})

describe('the sheet\'s rows', () => {
  it('give R9 now per child, flag a change since signing, and sort by name', () => {
    const rows = lineRows({
      lines: [line('l-lisa', lisa, 'factuur'), line('l-bram', bram, 'factuur'), line('l-daan', daan, 'factuur')],
      journal: [], children,
    })
    expect(rows.map((r) => [r.childName, r.billingNow?.billing, r.billingToBook, r.billingChanged])).toEqual([
      ['Bram Jansen', 'inclusief', 'inclusief', true],
      ['Daan Jansen', 'factuur', 'factuur', false],
      ['Lisa Jansen', 'factuur', 'factuur', false],
    ])
    expect(rows[0]!.billingNow?.reason).toBe('inclusief-contractdag')
    expect(rows[1]!.billingNow?.reason).toBe('factuur-geen-contractdag')
  })

  it('book what was signed when the child has no BSO placement on the day any more (or is unknown here)', () => {
    const left = { ...bram, placements: [{ ...bram.placements[0]!, end: '2026-11-30' }] }
    const rows = lineRows({
      lines: [line('l-bram', left, 'inclusief'), line('l-x', { ...lisa, id: 'k-unknown' }, 'factuur')],
      journal: [], children: new Map([[left.id, left]]),
    })
    expect(rows.map((r) => [r.childName, r.billingNow, r.billingToBook, r.billingChanged])).toEqual([
      ['Bram Jansen', null, 'inclusief', false],
      [null, null, 'factuur', false],
    ])
  })

  it('leave only lines neither withdrawn nor decided open, ignoring facts about other documents', () => {
    const rows = lineRows({
      lines: [line('l-1', lisa, 'factuur'), line('l-2', bram, 'inclusief'), line('l-3', daan, 'factuur')],
      journal: [withdrawal('l-1'), rejection('l-3'), { ...rejection('elders'), id: lineDecisionId('elders') }],
      children,
    })
    expect(openRows(rows).map((r) => r.line.id)).toEqual(['l-2'])
  })
})
