// Small, readable documents for the row-action tests: one KDV group with the demo's times (SPEC §7),
// one BSO group, and a child placed in each.
import type { Absence, Child, Group, LedgerEntry } from '../../../../shared/domain'

export const kdv: Group = {
  id: 'g-kdv', name: 'Egeltjes', careType: 'KDV',
  dayParts: [
    { dayPart: 'ochtend', start: '07:30', end: '13:00', capacity: 16 },
    { dayPart: 'middag', start: '13:00', end: '18:30', capacity: 16 },
    { dayPart: 'hele dag', start: '07:30', end: '18:30', capacity: 16 },
  ],
}

export const bso: Group = {
  id: 'g-bso', name: 'Uilen', careType: 'BSO',
  dayParts: [
    { dayPart: 'naschools', start: '15:00', end: '18:30', capacity: 22 },
    { dayPart: 'hele dag', start: '07:30', end: '18:30', capacity: 22 },
  ],
}

export function child(id: string, placement: Partial<Child['placements'][number]> = {}): Child {
  return {
    id, firstName: 'Sanne', lastName: `de Vries ${id}`, birthDate: '2024-03-01', taxi: false, locationIds: ['loc-1'],
    medical: { allergies: [], notes: '' }, collectors: [], parents: [{ rank: 1, name: 'Eva', phones: [], emails: [] }],
    placements: [{
      id: `p-${id}`, groupId: kdv.id, locationId: 'loc-1', careType: 'KDV', contract: 'standaard', weekdays: [1, 2, 3, 4, 5],
      dayParts: ['hele dag'], start: '2025-01-01', ...placement,
    }],
    updatedAt: '2026-12-01T08:00:00.000Z',
  }
}

export function credit(childId: string, amount: number, date: string, careType: 'KDV' | 'BSO' = 'KDV'): LedgerEntry {
  return {
    id: `handmatig:${childId}:${date}:${amount}`, childId, locationId: 'loc-1', unit: 'ruiluren', careType, kind: 'handmatig',
    amount, date, by: 'mw-senior', device: 'pc-a', at: `${date}T09:00:00.000Z`,
  }
}

export function absence(childId: string, over: Partial<Absence> = {}): Absence {
  const date = over.date ?? '2026-12-02'
  const dayPart = over.dayPart ?? 'hele dag'
  return {
    id: `${date}:${childId}:${dayPart}`, childId, groupId: kdv.id, locationId: 'loc-1', careType: 'KDV', date, dayPart,
    reason: { code: 'ziek' }, reportedAt: '2026-12-02T06:30:00.000Z', reportedVia: 'medewerker',
    by: 'mw-1', device: 'pc-a', at: '2026-12-02T06:40:00.000Z', ...over,
  }
}
