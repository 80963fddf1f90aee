// The documents a parent's absence report through the portal becomes, as `Afwezig melden` on a PC
// builds them: one absence (id `${date}:${childId}:${dayPart}`, so the same report taken at the
// group meets it on one document) and, when the report earns swap hours (R4–R7: before the
// deadline, not Qflexibel, up to the cap), the credit `opgebouwd:<absence id>`, valid 120 days (R8).
// The parent reports it now: `gemeld om` is the moment it reaches the server. Only a day part the
// child is expected for (its contract that weekday, or an approved request) can be reported.
import type { AbsenceReason, Absence, Child, DayPart, Group, LedgerEntry, Location, Request } from '../../shared/domain'
import { absenceId, ledgerIds } from '../../shared/domain'
import { amsterdamDate, weekday } from '../../shared/calendar'
import {
  contractOn, creditValidUntil, dayPartHours, ledgerBalance, requireReason, sharedDayPart, swapHoursEarned,
} from '../../shared/rules'
import { PARENT_PORTAL } from '../sync/checks/acting-as'
import { portalRefusal, type PortalRefusal } from './portal-refusals'

export interface ParentAbsenceInput {
  child: Child
  locations: ReadonlyMap<string, Location>
  date: string
  dayPart: DayPart
  reason: AbsenceReason
  note?: string
  /** The child's approved requests on that date: care the child is expected for beyond the contract. */
  approved: readonly Request[]
  ledger: readonly LedgerEntry[]
  now: Date
}

export type BuiltParentAbsence =
  | { ok: true; absence: Absence; credit: LedgerEntry | null }
  | { ok: false; refusal: PortalRefusal }

interface Expected {
  groupId: string
  locationId: string
}

/** Where the child is expected for that day part: a running placement on a contract weekday, else an approved request. */
function expectedFor(a: ParentAbsenceInput): Expected | undefined {
  const day = weekday(a.date)
  const placed = a.child.placements.find((p) => p.start <= a.date && (p.end === undefined || p.end >= a.date)
    && p.weekdays.includes(day) && p.dayParts.some((part) => sharedDayPart(part, a.dayPart) !== undefined))
  if (placed !== undefined) return { groupId: placed.groupId, locationId: placed.locationId }
  const requested = a.approved.find((r) => r.date === a.date && r.status === 'goedgekeurd' && sharedDayPart(r.dayPart, a.dayPart) !== undefined)
  return requested === undefined ? undefined : { groupId: requested.groupId, locationId: requested.locationId }
}

export function buildParentAbsence(a: ParentAbsenceInput): BuiltParentAbsence {
  const refuse = (code: Parameters<typeof portalRefusal>[0]): BuiltParentAbsence => ({ ok: false, refusal: portalRefusal(code) })
  if (a.date < amsterdamDate(a.now)) return refuse('datum-verleden')
  const note = a.note?.trim() ?? ''
  // `overig` says nothing by itself: the parent writes what it is (as staff must on the PC).
  if (a.reason === 'overig' && !requireReason(note).ok) return refuse('reden-verplicht')
  const expected = expectedFor(a)
  const group: Group | undefined = expected && a.locations.get(expected.locationId)?.groups.find((g) => g.id === expected.groupId)
  const part = group?.dayParts.find((p) => p.dayPart === a.dayPart)
  if (expected === undefined || group === undefined || part === undefined) return refuse('niet-verwacht')

  const at = a.now.toISOString()
  const fact = { by: PARENT_PORTAL, device: PARENT_PORTAL, at }
  const absence: Absence = {
    id: absenceId(a.date, a.child.id, a.dayPart), childId: a.child.id, groupId: group.id, locationId: expected.locationId,
    careType: group.careType, date: a.date, dayPart: a.dayPart, reason: { code: a.reason, ...(note !== '' ? { note } : {}) },
    reportedAt: at, reportedVia: 'ouder', ...fact,
  }
  // Measured as the server measures the credit (credit-cap.ts): the care date's balance, valid plus reserved.
  const balance = ledgerBalance({ entries: a.ledger, unit: 'ruiluren', careType: group.careType, today: a.date }).capBalance
  const earned = swapHoursEarned({
    careType: group.careType, contract: contractOn(a.child, group.careType, a.date), date: a.date, careStart: part.start,
    hours: dayPartHours(part), reportedAt: a.now, wentHome: false, balance,
  })
  const credit: LedgerEntry | null = earned > 0
    ? {
      id: ledgerIds.earnedFromAbsence(absence.id), childId: a.child.id, locationId: absence.locationId, unit: 'ruiluren',
      careType: group.careType, kind: 'opgebouwd', amount: earned, date: a.date, validUntil: creditValidUntil(a.date),
      sourceId: absence.id, ...fact,
    }
    : null
  return { ok: true, absence, credit }
}
