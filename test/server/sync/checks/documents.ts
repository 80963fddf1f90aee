// Valid documents for the push checks, as a PC would push them (with _deleted), built around one
// moment: "now" on the server is Monday 23 November 2026, 10:00 in Amsterdam (09:00 UTC).
import type { Absence, AttendanceDay, Child, JournalEntry, LedgerEntry, Location, Request, Staff, StudyDay } from '../../../../shared/domain'
import { absenceId, attendanceDayId, ledgerIds, studyDayId } from '../../../../shared/domain'

export const now = new Date('2026-11-23T09:00:00.000Z')
export const today = '2026-11-23'
export const fact = { by: 'sanne.jansen', device: 'pc-goverwelle-1', at: '2026-11-23T08:55:00.000Z' }

type Pushed<T> = T & { _deleted: boolean }

export function absence(extra: Partial<Absence> = {}): Pushed<Absence> {
  const date = extra.date ?? '2026-11-23'
  return {
    id: absenceId(date, 'kind-1', 'hele dag'), childId: 'kind-1', groupId: 'grp-1', locationId: 'loc-1', careType: 'KDV',
    date, dayPart: 'hele dag', reason: { code: 'ziek' }, reportedAt: '2026-11-23T06:45:00.000Z', reportedVia: 'ouder',
    ...fact, ...extra, _deleted: false,
  }
}

export function ledgerEntry(extra: Partial<LedgerEntry> & Pick<LedgerEntry, 'id' | 'kind' | 'amount'>): Pushed<LedgerEntry> {
  return { childId: 'kind-1', locationId: 'loc-1', unit: 'ruiluren', careType: 'KDV', date: today, ...fact, ...extra, _deleted: false }
}

/** Swap-hour credit earned on `date` (valid 120 days, R8). */
export function credit(id: string, amount: number, date = '2026-11-02'): Pushed<LedgerEntry> {
  return ledgerEntry({ id, kind: 'opgebouwd', amount, date })
}

/** The reservation of a request paid with swap hours (R20). */
export function reservation(requestId: string, amount: number, extra: Partial<LedgerEntry> = {}): Pushed<LedgerEntry> {
  return ledgerEntry({ id: ledgerIds.reservation(requestId), kind: 'gereserveerd', amount, sourceId: requestId, ...extra })
}

export function request(extra: Partial<Request> = {}): Pushed<Request> {
  return {
    id: 'aanvraag-1', childId: 'kind-1', groupId: 'grp-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard',
    date: '2026-12-02', dayPart: 'hele dag', kind: 'extra dag', payment: 'factuur', hours: 11, submittedVia: 'ouder',
    status: 'ingediend', decisions: [], by: 'ouderportaal', device: 'ouderportaal', at: '2026-11-20T19:00:00.000Z',
    updatedAt: '2026-11-20T19:00:00.000Z', ...extra, _deleted: false,
  }
}

type Decision = Request['decisions'][number]

/** A decision taken by `by` at `at`, and the request as it is after it. */
export function decided(base: Pushed<Request>, status: Decision['status'], by: string, at: string, extra: Partial<Decision> = {}): Pushed<Request> {
  const decision: Decision = { status, by, device: `pc-of-${by}`, at, ...extra }
  return { ...base, status, decisions: [...base.decisions, decision], updatedAt: at }
}

export function attendanceDay(entries: AttendanceDay['entries'], extra: Partial<AttendanceDay> = {}): Pushed<AttendanceDay> {
  return {
    id: attendanceDayId(today, 'grp-1'), date: today, groupId: 'grp-1', locationId: 'loc-1', entries,
    updatedAt: '2026-11-23T08:55:00.000Z', ...extra, _deleted: false,
  }
}

export function entry(childId: string, extra: Partial<AttendanceDay['entries'][number]> = {}): AttendanceDay['entries'][number] {
  return { childId, checkIn: '2026-11-23T07:40:00.000Z', unplanned: false, wentHome: false, ...fact, at: '2026-11-23T07:40:00.000Z', rev: 1, ...extra }
}

export function journalEntry(extra: Partial<JournalEntry> = {}): Pushed<JournalEntry> {
  return {
    id: 'ontgrendeld:2026-11-23:grp-1:1', kind: 'ontgrendeld', locationId: 'loc-1', targetId: attendanceDayId(today, 'grp-1'),
    date: today, groupId: 'grp-1', ...fact, ...extra, _deleted: false,
  }
}

export function studyDay(extra: Partial<StudyDay> = {}): Pushed<StudyDay> {
  return {
    id: studyDayId('school-1', '2026-12-04'), schoolId: 'school-1', schoolName: 'CBS De Regenboog', date: '2026-12-04',
    kind: 'studiedag', ...fact, ...extra, _deleted: false,
  }
}

// The organisation around those documents: staff, a location with its groups, children.

export const staffIds = {
  senior: 'sanne.jansen', // fact.by
  groep: 'piet.bakker',
  manager: 'mo.manager',
  klantenservice: 'kim.klant',
  planner: 'planner',
  elders: 'anna.ander', // groepsmedewerker of loc-2
  oud: 'oud.collega', // no longer active
} as const

export function staffMember(id: string, role: Staff['role'], locationIds: string[], extra: Partial<Staff> = {}): Pushed<Staff> {
  return { id, name: id, role, locationIds, active: true, updatedAt: '2026-01-05T08:00:00.000Z', ...extra, _deleted: false }
}

export const organisationStaff: Pushed<Staff>[] = [
  staffMember(staffIds.senior, 'senior', ['loc-1']),
  staffMember(staffIds.groep, 'groepsmedewerker', ['loc-1']),
  staffMember(staffIds.manager, 'manager', ['loc-1']),
  staffMember(staffIds.klantenservice, 'klantenservice', []),
  staffMember(staffIds.planner, 'planner', []),
  staffMember(staffIds.elders, 'groepsmedewerker', ['loc-2']),
  staffMember(staffIds.oud, 'senior', ['loc-1'], { active: false }),
]

/** loc-1: grp-1 is KDV (ochtend, middag, hele dag), grp-2 BSO; it serves school-1. */
export function location(capacity = 16, extra: Partial<Location> = {}): Pushed<Location> {
  return {
    id: 'loc-1', name: 'Goverwelle', schools: [{ id: 'school-1', name: 'CBS De Regenboog' }],
    groups: [
      {
        id: 'grp-1', name: 'Dolfijnen', careType: 'KDV', dayParts: [
          { dayPart: 'ochtend', start: '07:30', end: '13:00', capacity },
          { dayPart: 'middag', start: '13:00', end: '18:30', capacity },
          { dayPart: 'hele dag', start: '07:30', end: '18:30', capacity },
        ],
      },
      {
        id: 'grp-2', name: 'Boomhut', careType: 'BSO', dayParts: [
          { dayPart: 'naschools', start: '15:00', end: '18:30', capacity: 22 },
          { dayPart: 'hele dag', start: '07:30', end: '18:30', capacity: 22 },
        ],
      },
    ],
    updatedAt: '2026-01-05T08:00:00.000Z', ...extra, _deleted: false,
  }
}

type PlacementOf = Child['placements'][number]

export function placement(extra: Partial<PlacementOf> = {}): PlacementOf {
  return {
    id: 'pl-1', groupId: 'grp-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard',
    // 2 December 2026 is a Wednesday (3).
    weekdays: [1, 2, 3, 4, 5], dayParts: ['hele dag'], start: '2026-01-01', ...extra,
  }
}

export function child(id: string, placements: PlacementOf[] = [placement({ id: `pl-${id}` })]): Pushed<Child> {
  return {
    id, firstName: id, lastName: 'Kind', birthDate: '2024-03-01', taxi: false, locationIds: ['loc-1'],
    medical: { allergies: [], notes: '' }, collectors: [], parents: [{ rank: 1, name: 'Ouder', phones: [], emails: [] }],
    placements, updatedAt: '2026-01-05T08:00:00.000Z', _deleted: false,
  }
}
