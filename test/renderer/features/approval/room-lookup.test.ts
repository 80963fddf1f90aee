// R11 per row, computed once per group-day: the same answer as shared/rules requestRoom (what the
// server judges an approval with), for any small world of placements, approvals and absences; no
// answer outside the dates the facts cover; and a bulk approval's own approvals count as they are taken.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { DayPart, Request } from '../../../../shared/domain'
import { requestRoom } from '../../../../shared/rules'
import { roomLookup, type RoomFacts } from '../../../../renderer/src/features/approval/room-lookup'
import { absence, child, kdv } from '../attendance/fixtures'
import { day, placedChildren, request } from './fixtures'

const small = { ...kdv, dayParts: kdv.dayParts.map((p) => ({ ...p, capacity: 3 })) }
const facts = (over: Partial<RoomFacts>): RoomFacts => ({
  groups: [small], children: [], requests: [], absences: [], corrections: [], range: { from: day, to: day }, ...over,
})

describe('room per row (R11)', () => {
  it('agrees with requestRoom for any mix of placements, approvals, absences and corrections', () => {
    const parts: DayPart[] = ['ochtend', 'middag', 'hele dag']
    const world = fc.record({
      placed: fc.array(fc.record({ part: fc.constantFrom(...parts), weekdays: fc.subarray([1, 2, 3, 4, 5], { minLength: 1 }) }), { maxLength: 6 }),
      approved: fc.array(fc.record({ child: fc.integer({ min: 0, max: 8 }), part: fc.constantFrom(...parts) }), { maxLength: 5 }),
      absent: fc.array(fc.record({ child: fc.integer({ min: 0, max: 8 }), part: fc.constantFrom(...parts), corrected: fc.boolean() }), { maxLength: 4 }),
      asked: fc.record({ child: fc.integer({ min: 0, max: 8 }), part: fc.constantFrom(...parts) }),
    })
    fc.assert(fc.property(world, ({ placed, approved, absent, asked }) => {
      const children = placed.map((p, i) => child(`c-${i}`, { groupId: small.id, weekdays: p.weekdays, dayParts: [p.part] }))
      const requests: Request[] = approved.map((a, i) => request(`c-${a.child}`, { id: `ok-${i}`, status: 'goedgekeurd', dayPart: a.part }))
      const absences = absent.map((a, i) => absence(`c-${a.child}`, { id: `abs-${i}`, date: day, dayPart: a.part }))
      const corrections = absent.flatMap((a, i) => (a.corrected ? [`abs-${i}`] : []))
      const asking = request(`c-${asked.child}`, { id: 'asked', dayPart: asked.part })
      const expected = requestRoom({ group: small, request: asking, children, requests, absences, corrections })
      expect(roomLookup(facts({ children, requests, absences, corrections })).roomFor(asking)).toEqual(expected)
    }), { numRuns: 300 })
  })

  it('answers nothing for a date outside the facts or an unknown group, never a wrong room', () => {
    const lookup = roomLookup(facts({}))
    expect(lookup.roomFor(request('k-1', { date: '2026-12-03' }))).toBeNull()
    expect(lookup.roomFor(request('k-1', { groupId: 'g-elders' }))).toBeNull()
    expect(roomLookup(facts({ range: null })).roomFor(request('k-1'))).toBeNull()
    expect(lookup.roomFor(request('k-1'))).toEqual({ room: true, parts: [{ dayPart: 'ochtend', expected: 0, capacity: 3, room: true }] })
  })

  it('counts what a bulk approval takes, one after another; the same question gets the same answer object', () => {
    const lookup = roomLookup(facts({ children: placedChildren(1) }))
    const first = request('n-1')
    const second = request('n-2')
    const third = request('n-3')
    expect(lookup.roomFor(first)).toBe(lookup.roomFor(first))
    expect(lookup.roomFor(first)?.room).toBe(true)
    lookup.take(first)
    expect(lookup.roomFor(second)?.parts[0]?.expected).toBe(2)
    lookup.take(second)
    expect(lookup.roomFor(third)?.room).toBe(false)
    // The child already taken does not count itself.
    expect(lookup.roomFor(first)?.room).toBe(true)
  })
})
