import { describe, expect, it } from 'vitest'
import type { AttendanceRow } from '../../../../renderer/src/features/attendance/attendance-rows'
import { dayFacts } from '../../../../renderer/src/features/attendance/day-facts'
import { dayPartCounts } from '../../../../renderer/src/features/attendance/day-part-counts'
import { clampIndex, listKey } from '../../../../renderer/src/features/attendance/list-keyboard'
import { isAbsent, listSections } from '../../../../renderer/src/features/attendance/list-sections'
import { walkInCandidates } from '../../../../renderer/src/features/attendance/walk-in'
import type { AttendanceEntry } from '../../../../shared/domain'
import { absence, bso, child, kdv } from './fixtures'

const entry = (childId: string, over: Partial<AttendanceEntry> = {}): AttendanceEntry => ({
  childId, unplanned: false, wentHome: false, by: 'mw-1', device: 'pc-a', at: '2026-12-02T07:30:00.000Z', rev: 1, checkIn: '2026-12-02T07:30:00.000Z', ...over,
})
const row = (childId: string, over: Partial<AttendanceRow> = {}): AttendanceRow => ({ childId, name: childId, dayParts: ['hele dag'], expected: true, ...over })

describe('the list in parts', () => {
  const rows = [
    row('k-1'), row('k-2', { dayParts: [], expected: false, entry: entry('k-2', { unplanned: true }) }),
    row('k-3', { dayParts: [], expected: false, entry: entry('k-3', { unplanned: true }) }),
  ]
  const geregeld = { id: 'geregeld:x', kind: 'geregeld' as const, locationId: 'loc-1', targetId: '2026-12-02:g-kdv:k-3', date: '2026-12-02', by: 'mw-1', device: 'pc-a', at: '2026-12-02T09:00:00.000Z' }

  it('lists unplanned check-ins under Nog te regelen until a request regularised them, and absent children apart', () => {
    const facts = dayFacts({ groupId: kdv.id, date: '2026-12-02', absences: [absence('k-4'), absence('k-5', { groupId: 'g-other' })], journal: [geregeld] })
    const parts = listSections(rows, facts, new Map([['k-4', 'Noor Bakker']]))
    expect(parts.planned.map((r) => r.childId)).toEqual(['k-1', 'k-3'])
    expect(parts.toRegularise.map((r) => r.childId)).toEqual(['k-2'])
    expect(parts.absent).toEqual([{ childId: 'k-4', name: 'Noor Bakker' }])
    expect(isAbsent(facts, 'k-4')).toBe(true)
  })

  it('counts children per day part against capacity as R11 does, without repeating a KDV whole day', () => {
    const list = [row('a'), row('b', { dayParts: ['ochtend'] }), row('c', { dayParts: ['middag'] }), row('d', { dayParts: [], expected: false })]
    expect(dayPartCounts(kdv, list)).toEqual([
      { dayPart: 'ochtend', count: 2, capacity: 16 }, { dayPart: 'middag', count: 2, capacity: 16 },
    ])
    expect(dayPartCounts(bso, [row('e', { dayParts: ['naschools'] })])).toEqual([
      { dayPart: 'naschools', count: 1, capacity: 22 }, { dayPart: 'hele dag', count: 1, capacity: 22 },
    ])
  })
})

describe('Kind toevoegen: finding the child at the door', () => {
  const children = [
    { ...child('k-1'), firstName: 'Zoë', lastName: 'de Jong' },
    { ...child('k-2'), firstName: 'Zoe', lastName: 'Jansen' },
    { ...child('k-3'), firstName: 'Daan', lastName: 'de Jong' },
    { ...child('k-4'), firstName: 'Zoey', lastName: 'de Jong', locationIds: ['loc-2'] },
  ]
  it('matches every word typed, ignoring case and accents, only at this location and not on the list', () => {
    const find = (query: string, onList: string[] = []) =>
      walkInCandidates(children, { locationId: 'loc-1', onList: new Set(onList), query }).map((c) => c.name)
    expect(find('zoe')).toEqual(['Zoë de Jong', 'Zoe Jansen'])
    expect(find('ZOË JONG')).toEqual(['Zoë de Jong'])
    expect(find('jong', ['k-3'])).toEqual(['Zoë de Jong'])
    expect(find('  ')).toEqual([])
  })
})

describe('the list by keyboard', () => {
  it('moves with the arrows, Home and End within the list, and checks in with i and out with u', () => {
    expect(listKey('ArrowDown', 0, 3)).toEqual({ kind: 'move', index: 1 })
    expect(listKey('ArrowDown', 2, 3)).toEqual({ kind: 'move', index: 2 })
    expect(listKey('ArrowUp', 0, 3)).toEqual({ kind: 'move', index: 0 })
    expect(listKey('End', 0, 3)).toEqual({ kind: 'move', index: 2 })
    expect(listKey('Home', 2, 3)).toEqual({ kind: 'move', index: 0 })
    expect(listKey('i', 1, 3)).toEqual({ kind: 'check', action: 'checkIn' })
    expect(listKey('U', 1, 3)).toEqual({ kind: 'check', action: 'checkOut' })
    expect(listKey('x', 1, 3)).toBeNull()
    expect(listKey('ArrowDown', 0, 0)).toBeNull()
    expect(clampIndex(5, 3)).toBe(2)
    expect(clampIndex(1, 0)).toBe(0)
  })
})
