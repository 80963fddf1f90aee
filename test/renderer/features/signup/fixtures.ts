// Small documents for the sign-up sheet tests: a location serving two schools, BSO children on a
// 52-weken and a schoolweken contract, a line with a short signature, journal facts about lines.
import type { Child, JournalEntry, Location, SignupLine, StudyDay } from '../../../../shared/domain'

/** A Wednesday. */
export const date = '2026-12-02'
export const today = '2026-11-20'

export const location: Location = {
  id: 'loc-1', name: 'De Brug', updatedAt: '2026-01-01T00:00:00.000Z', groups: [],
  schools: [{ id: 'sch-a', name: 'De Regenboog' }, { id: 'sch-b', name: 'Het Kompas' }],
}

export function bsoChild(id: string, over: { firstName?: string; lastName?: string; schoolId?: string; contract?: '52-weken' | 'schoolweken'; weekdays?: number[] } = {}): Child {
  return {
    id, firstName: over.firstName ?? 'Sanne', lastName: over.lastName ?? `de Vries ${id}`, birthDate: '2018-03-01', taxi: false,
    schoolId: over.schoolId ?? 'sch-a', locationIds: ['loc-1'], medical: { allergies: [], notes: '' }, collectors: [],
    parents: [{ rank: 2, name: 'Tom de Vries', phones: [], emails: [] }, { rank: 1, name: 'Eva de Vries', phones: [], emails: [] }],
    placements: [{
      id: `p-${id}`, groupId: 'g-bso', locationId: 'loc-1', careType: 'BSO', contract: over.contract ?? 'schoolweken',
      weekdays: over.weekdays ?? [1, 3], dayParts: ['naschools'], start: '2025-01-01',
    }],
    updatedAt: '2026-11-01T08:00:00.000Z',
  }
}

export function studyDay(schoolId: string, day: string, kind: StudyDay['kind'] = 'studiedag', schoolName = schoolId): StudyDay {
  return { id: `${schoolId}:${day}`, schoolId, schoolName, date: day, kind, by: 'mw-manager', device: 'pc-m', at: '2026-10-01T09:00:00.000Z' }
}

export function line(id: string, childId: string, over: Partial<SignupLine> = {}): SignupLine {
  return {
    id, sheetId: `loc-1:${date}`, locationId: 'loc-1', date, childId, dayPart: 'hele dag', parentName: 'Eva de Vries',
    signature: { width: 300, height: 100, strokes: [{ points: [[10, 50, 0, 0.5], [20, 40, 16, 0.5], [30, 60, 32, 0.5]] }] },
    signedAt: '2026-11-19T15:30:00.000Z', billing: 'factuur', by: 'mw-1', device: 'pc-a', at: '2026-11-19T15:30:00.000Z', ...over,
  }
}

export function fact(kind: JournalEntry['kind'], lineId: string, reason?: string): JournalEntry {
  return {
    id: `${kind}:${lineId}`, kind, locationId: 'loc-1', targetId: lineId, date, ...(reason ? { reason } : {}),
    by: 'mw-1', device: 'pc-a', at: '2026-11-20T10:00:00.000Z',
  }
}
