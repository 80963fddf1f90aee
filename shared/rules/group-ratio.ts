// The staff–child ratio of one group at one moment or for one day (issue 9): who counts, and whether
// the staff there are enough. Pure: the instant and the date come in as arguments; birth dates are
// looked up by the caller. The table itself is requiredStaff's (staff-ratio.ts).
//
// VSO has no ratio here: BKR.md gives tables for KDV, PG and BSO only and does not say that before-school
// care is counted like BSO, so VSO groups show no ratio (ratioCareType answers null) until it does.
import type { CareType } from '../domain/enums'
import { requiredStaff, type RatioCareType, type StaffRatioCode } from './staff-ratio'

/** What the ratio reads of a staff entry on an attendance day (shared/domain/schemas/attendance.ts). */
export type StaffPresence = { staffId: string; planned: boolean; checkIn?: string; checkOut?: string }
/** What the ratio reads of a child's entry. */
export type ChildPresence = { childId: string; checkIn?: string; checkOut?: string }

export function ratioCareType(careType: CareType): RatioCareType | null {
  return careType === 'VSO' ? null : careType
}

/** In at `at`: checked in at or before it and not checked out at or before it. Times compare as instants. */
export function presentAt(entry: { checkIn?: string; checkOut?: string }, at: Date): boolean {
  if (entry.checkIn === undefined || Date.parse(entry.checkIn) > at.getTime()) return false
  return entry.checkOut === undefined || Date.parse(entry.checkOut) > at.getTime()
}

/** Staff on the group at instant `at` (one id once, however the list was merged). */
export function staffOnGroupAt(staff: readonly StaffPresence[], at: Date): string[] {
  return [...new Set(staff.filter((s) => presentAt(s, at)).map((s) => s.staffId))]
}

/** Staff planned for the day: put on the group ahead (`Inroosteren`) or already checked in. */
export function plannedStaff(staff: readonly StaffPresence[]): string[] {
  return [...new Set(staff.filter((s) => s.planned || s.checkIn !== undefined).map((s) => s.staffId))]
}

export function childrenPresentAt(entries: readonly ChildPresence[], at: Date): string[] {
  return [...new Set(entries.filter((e) => presentAt(e, at)).map((e) => e.childId))]
}

export type GroupRatio =
  /** `short`: fewer staff than required. */
  | { ok: true; required: number; staff: number; children: number; short: boolean }
  /** No number of staff makes this group allowed (too big, too many babies): requiredStaff's refusal. */
  | { ok: false; code: StaffRatioCode; message: string; staff: number; children: number }

/** The requirement for these children (birth dates) against `staff` staff members, ages taken on `date`. */
export function groupRatio(a: { careType: RatioCareType; date: string; birthDates: readonly string[]; staff: number }): GroupRatio {
  const result = requiredStaff({ careType: a.careType, date: a.date, birthDates: a.birthDates })
  const counts = { staff: a.staff, children: a.birthDates.length }
  if (!result.ok) return { ok: false, code: result.code, message: result.message, ...counts }
  return { ok: true, required: result.staff, ...counts, short: a.staff < result.staff }
}
