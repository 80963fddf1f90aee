// What Inroosteren, Inchecken and Uitchecken do to a staff member's entry on a group-day document
// (issue 9): the entry gets the time and one more `rev` (the per-entry version the conflict merge
// compares, renderer/src/db/merge-attendance.ts), and records who, on which PC, when. Pure: the time
// comes in as an argument (server-corrected, SPEC §4).
import type { AttendanceDay } from '../../../../../shared/domain'
import { sortStaff, type StaffEntry } from '../../../db/merge-attendance'

export type StaffAction = 'plan' | 'checkIn' | 'checkOut'

export interface StaffInput {
  action: StaffAction
  staffId: string
  /** ISO instant, the PC's clock corrected by the server offset. */
  at: string
  by: string
  device: string
}

export function applyStaffAction(day: AttendanceDay, input: StaffInput): AttendanceDay {
  const staff = day.staff ?? []
  const known = staff.find((entry) => entry.staffId === input.staffId)
  const fact = { by: input.by, device: input.device, at: input.at, rev: (known?.rev ?? 0) + 1 }
  const base: StaffEntry = known ?? { staffId: input.staffId, planned: false, ...fact }
  const updated: StaffEntry = input.action === 'plan' ? { ...base, planned: true, ...fact } : { ...base, [input.action]: input.at, ...fact }
  return { ...day, staff: sortStaff([...staff.filter((entry) => entry.staffId !== input.staffId), updated]), updatedAt: input.at }
}

/**
 * Which buttons make sense, as for children: in once, out once after in. Planning is for a staff
 * member not on the list yet; checking in and out only on the day itself (the caller knows the date).
 */
export function allowedStaffActions(entry: StaffEntry | undefined): Record<StaffAction, boolean> {
  return { plan: entry === undefined, checkIn: !entry?.checkIn, checkOut: !!entry?.checkIn && !entry.checkOut }
}
