import { describe, expect, it } from 'vitest'
import { isEmptyDiff, plannedChildren, planningDiff } from '../../../../../renderer/src/features/attendance/list-tools/planning-diff'
import { freezePlanning } from '../../../../../renderer/src/features/attendance/list-tools/list-snapshot'
import { child, date, group, request } from './fixtures'

const at = new Date('2026-12-02T06:00:00.000Z')
const side = (children: ReturnType<typeof child>[], requests: ReturnType<typeof request>[]) => {
  const s = freezePlanning({ groupId: 'g-1', date, at, children, requests })
  return plannedChildren({ group, date, children: [], planning: s.planning, names: s.names })
}

describe('planningDiff (Planning verversen)', () => {
  const daan = child('k-daan', 'Daan', 'Bakker')
  const lot = child('k-lot', 'Lot', 'Jansen', { dayParts: ['middag'] })
  const mo = child('k-mo', 'Mo', 'Yilmaz', { weekdays: [1] })

  it('names who is new on the list, who is no longer on it, and whose day parts changed', () => {
    const before = side([daan, lot, mo], [])
    const after = side([daan, child('k-lot', 'Lot', 'Jansen', { dayParts: ['middag'], end: '2026-12-01' }), mo], [request('r-mo', 'k-mo'), request('r-daan', 'k-daan')])
    const diff = planningDiff(before, after)
    expect(diff.added.map((c) => c.name)).toEqual(['Mo Yilmaz'])
    expect(diff.removed.map((c) => c.name)).toEqual(['Lot Jansen'])
    expect(diff.changed).toEqual([{ childId: 'k-daan', name: 'Daan Bakker', before: ['ochtend'], after: ['hele dag'] }])
    expect(isEmptyDiff(diff)).toBe(false)
  })

  it('reports nothing when the planning is the same', () => {
    const diff = planningDiff(side([daan, lot], []), side([lot, daan], []))
    expect(isEmptyDiff(diff)).toBe(true)
  })

  it('keeps the name of a child that left the planning as the earlier snapshot knew it', () => {
    const before = side([daan, lot], [])
    const diff = planningDiff(before, side([daan], []))
    expect(diff.removed).toEqual([{ childId: 'k-lot', name: 'Lot Jansen', dayParts: ['middag'] }])
  })
})
