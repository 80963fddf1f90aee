// One decision for many requests, planned before anything is written: what a request's state does not
// allow is skipped with the rule's reason, and approvals take places one after another (R11), so
// only those beyond the group's room need the one reason.
import { describe, expect, it } from 'vitest'
import { planBulk } from '../../../../renderer/src/features/approval/bulk-plan'
import type { RoomFacts } from '../../../../renderer/src/features/approval/room-lookup'
import { kdv } from '../attendance/fixtures'
import { day, placedChildren, request } from './fixtures'

const group = { ...kdv, dayParts: kdv.dayParts.map((p) => ({ ...p, capacity: 4 })) }
const facts: RoomFacts = { groups: [group], children: placedChildren(2), requests: [], absences: [], corrections: [], range: { from: day, to: day } }

describe('a bulk plan', () => {
  it('approvals fill the group one after another: the ones beyond its room need the reason', () => {
    const requests = [request('n-1'), request('n-2'), request('n-3'), request('n-4', { dayPart: 'middag' }), request('n-5', { date: '2026-12-09' })]
    const plan = planBulk(requests, 'goedgekeurd', facts)
    expect(plan.decisions.map((d) => [d.request.childId, d.withoutRoom])).toEqual([
      ['n-1', false], ['n-2', false], ['n-3', true], ['n-4', false],
      // Outside the facts' dates: unknown room counts as none (a reason, never a blind approval).
      ['n-5', true],
    ])
    expect(plan.withoutRoom).toBe(2)
    expect(plan.skipped).toEqual([])
  })

  it('skips what the state does not allow, with the rule\'s reason; other actions need no room', () => {
    const requests = [request('n-1', { status: 'wachtlijst' }), request('n-2', { status: 'afgekeurd' }), request('n-3')]
    const plan = planBulk(requests, 'wachtlijst', facts)
    expect(plan.decisions.map((d) => d.request.childId)).toEqual(['n-3'])
    expect(plan.skipped.map((s) => [s.request.childId, s.code])).toEqual([['n-1', 'ongeldige-overgang'], ['n-2', 'status-definitief']])
    expect(planBulk([request('n-1'), request('n-2'), request('n-3')], 'afgekeurd', facts).withoutRoom).toBe(0)
  })

  it('does not count its approvals in the facts it was given (the screen\'s room stays as it is)', () => {
    planBulk([request('n-1'), request('n-2')], 'goedgekeurd', facts)
    expect(planBulk([request('n-3'), request('n-4')], 'goedgekeurd', facts).withoutRoom).toBe(0)
  })
})
