import { describe, expect, it } from 'vitest'
import type { Absence, AttendanceDay, Child, Group, Request } from '../../../../shared/domain'
import { attendanceRows } from '../../../../renderer/src/features/attendance/attendance-rows'

const group: Group = {
  id: 'g-1', name: 'Egeltjes', careType: 'KDV',
  dayParts: [{ dayPart: 'ochtend', start: '07:30', end: '13:00', capacity: 16 }, { dayPart: 'middag', start: '13:00', end: '18:30', capacity: 16 }],
}

function child(id: string, firstName: string, lastName: string, weekdays: number[], dayParts: Child['placements'][number]['dayParts']): Child {
  return {
    id, firstName, lastName, birthDate: '2024-01-01', taxi: false, locationIds: ['loc-1'], medical: { allergies: [], notes: '' }, collectors: [],
    parents: [{ rank: 1, name: 'Ouder', phones: [], emails: [] }], updatedAt: '2026-01-01T00:00:00.000Z',
    placements: [{ id: `p-${id}`, groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', weekdays, dayParts, start: '2025-01-01' }],
  }
}

// 2026-12-02 is a Wednesday (3).
const date = '2026-12-02'
const children = [
  child('k-sanne', 'Sanne', 'de Vries', [3], ['ochtend', 'middag']),
  child('k-daan', 'Daan', 'Bakker', [3], ['ochtend']),
  child('k-mo', 'Mo', 'Yilmaz', [1], ['ochtend']),
  child('k-lot', 'Lot', 'Jansen', [3], ['middag']),
  child('k-ziek', 'Zoë', 'Ziek', [3], ['ochtend']),
]
const requests: Request[] = [{
  id: 'r-1', childId: 'k-mo', groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', date, dayPart: 'middag',
  kind: 'extra dag', payment: 'factuur', hours: 5.5, submittedVia: 'ouder', status: 'goedgekeurd', decisions: [],
  by: 'ouderportaal', device: 'portal', at: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z',
}]
const absences: Absence[] = [{
  id: `${date}:k-ziek:ochtend`, childId: 'k-ziek', groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', date, dayPart: 'ochtend',
  reason: { code: 'ziek' }, reportedAt: '2026-12-02T06:30:00.000Z', reportedVia: 'ouder', by: 'ouderportaal', device: 'portal', at: '2026-12-02T06:30:00.000Z',
}]

describe('attendanceRows', () => {
  it('lists the children the rules expect over the group day parts, by name, with their day parts', () => {
    const rows = attendanceRows({ group, date, children, requests, absences, day: null })
    expect(rows.map((r) => [r.name, r.dayParts.join('+')])).toEqual([
      ['Daan Bakker', 'ochtend'],
      ['Lot Jansen', 'middag'],
      ['Mo Yilmaz', 'middag'],
      ['Sanne de Vries', 'hele dag'],
    ])
    expect(rows.every((r) => r.expected && !r.entry)).toBe(true)
  })

  it('says which approved request a child comes through, with its payment and R15 invoice date; placements carry none', () => {
    const billed: Request[] = [{ ...requests[0]!, invoiceDate: '2027-01-10' }]
    const rows = attendanceRows({ group, date, children, requests: billed, absences, day: null })
    expect(rows.find((r) => r.childId === 'k-mo')?.request).toEqual({ id: 'r-1', kind: 'extra dag', payment: 'factuur', invoiceDate: '2027-01-10' })
    expect(rows.filter((r) => r.request).map((r) => r.childId)).toEqual(['k-mo'])
  })

  it('adds a child with an entry that day although not expected, and attaches entries', () => {
    const day: AttendanceDay = {
      id: `${date}:g-1`, date, groupId: 'g-1', locationId: 'loc-1', updatedAt: '2026-12-02T08:00:00.000Z',
      entries: [
        { childId: 'k-ziek', checkIn: '2026-12-02T08:00:00.000Z', unplanned: true, wentHome: false, by: 'mw', device: 'pc', at: '2026-12-02T08:00:00.000Z', rev: 1 },
        { childId: 'k-daan', checkIn: '2026-12-02T07:35:00.000Z', unplanned: false, wentHome: false, by: 'mw', device: 'pc', at: '2026-12-02T07:35:00.000Z', rev: 1 },
      ],
    }
    const rows = attendanceRows({ group, date, children, requests, absences, day })
    expect(rows.find((r) => r.childId === 'k-ziek')).toMatchObject({ name: 'Zoë Ziek', expected: false, dayParts: [] })
    expect(rows.find((r) => r.childId === 'k-daan')?.entry?.checkIn).toBe('2026-12-02T07:35:00.000Z')
  })

  it('puts a child back when its absence was corrected in the journal', () => {
    const journal = [{ id: 'j-1', kind: 'correctie' as const, locationId: 'loc-1', targetId: `${date}:k-ziek:ochtend`, date, reason: 'verkeerd kind', by: 'mw', device: 'pc', at: '2026-12-02T09:00:00.000Z' }]
    const rows = attendanceRows({ group, date, children, requests, absences, journal, day: null })
    expect(rows.some((r) => r.childId === 'k-ziek' && r.expected)).toBe(true)
  })

  it('reads a given planning instead of the live placements and requests (a locked list, R18), absences still live', () => {
    const planning = {
      children: [{ id: 'k-gone', placements: [children[0]!.placements[0]!] }, { id: 'k-ziek', placements: children[4]!.placements }],
      requests: [],
    }
    const rows = attendanceRows({ group, date, children, requests, absences, day: null, planning, names: { 'k-gone': 'Gijs Weg' } })
    // Only the frozen planning counts; Zoë's absence still takes her off; a child no longer here is named from the snapshot.
    expect(rows.map((r) => [r.name, r.dayParts.join('+')])).toEqual([['Gijs Weg', 'hele dag']])
  })
})
