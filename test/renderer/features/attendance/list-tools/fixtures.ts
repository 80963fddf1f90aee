// A small KDV location for the list-tools tests: one group with ochtend and middag, children placed
// on Wednesdays, one approved request. 2026-12-02 is a Wednesday.
import type { AttendanceDay, AttendanceEntry, Child, Location, Request } from '../../../../../shared/domain'

export const date = '2026-12-02'

export const location: Location = {
  id: 'loc-1', name: 'De Brug', schools: [], updatedAt: '2026-11-01T08:00:00.000Z',
  groups: [
    { id: 'g-1', name: 'Egeltjes', careType: 'KDV', dayParts: [
      { dayPart: 'ochtend', start: '07:30', end: '13:00', capacity: 16 }, { dayPart: 'middag', start: '13:00', end: '18:30', capacity: 16 },
    ] },
    { id: 'g-2', name: 'Vlindertjes', careType: 'KDV', dayParts: [{ dayPart: 'ochtend', start: '07:30', end: '13:00', capacity: 16 }] },
  ],
}
export const group = location.groups[0]!

type Part = Child['placements'][number]['dayParts'][number]

export function child(id: string, firstName: string, lastName: string, o: { weekdays?: number[]; dayParts?: Part[]; groupId?: string; end?: string } = {}): Child {
  return {
    id, firstName, lastName, birthDate: '2024-01-01', taxi: false, locationIds: ['loc-1'],
    medical: { allergies: [], notes: '' }, collectors: [],
    parents: [{ rank: 1, name: `Ouder ${lastName}`, phones: ['0612345678'], emails: [] }],
    updatedAt: '2026-11-01T08:00:00.000Z',
    placements: [{
      id: `p-${id}`, groupId: o.groupId ?? 'g-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard',
      weekdays: o.weekdays ?? [3], dayParts: o.dayParts ?? ['ochtend'], start: '2025-01-01', ...(o.end ? { end: o.end } : {}),
    }],
  }
}

export function request(id: string, childId: string, o: { dayPart?: Request['dayPart']; status?: Request['status']; groupId?: string } = {}): Request {
  return {
    id, childId, groupId: o.groupId ?? 'g-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', date, dayPart: o.dayPart ?? 'middag',
    kind: 'extra dag', payment: 'factuur', hours: 5.5, submittedVia: 'ouder', status: o.status ?? 'goedgekeurd', decisions: [],
    by: 'ouderportaal', device: 'portal', at: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z',
  }
}

export function entry(childId: string, o: Partial<AttendanceEntry> = {}): AttendanceEntry {
  return { childId, unplanned: false, wentHome: false, by: 'mw', device: 'pc', at: '2026-12-02T07:30:00.000Z', rev: 1, ...o }
}

export function day(groupId: string, entries: AttendanceEntry[], on = date): AttendanceDay {
  return { id: `${on}:${groupId}`, date: on, groupId, locationId: 'loc-1', entries, updatedAt: '2026-12-02T08:00:00.000Z' }
}
