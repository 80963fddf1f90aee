// What a check-in or check-out does to a group-day document: the child's entry gets the time and
// one more `rev` (the per-entry version the conflict merge compares), and records who, on which PC,
// when. Pure: the time comes in as an argument (server-corrected, SPEC §4).
import type { AttendanceDay, AttendanceEntry } from '../../../../shared/domain'
import { attendanceDayId } from '../../../../shared/domain'
import { sortEntries } from '../../db/merge-attendance'

export type CheckAction = 'checkIn' | 'checkOut'

export interface CheckInput {
  action: CheckAction
  childId: string
  /** ISO instant, the PC's clock corrected by the server offset. */
  at: string
  by: string
  device: string
  /** Checked in without being expected (`Kind toevoegen`). */
  unplanned?: boolean
}

export function emptyAttendanceDay(a: { date: string; groupId: string; locationId: string; at: string }): AttendanceDay {
  return { id: attendanceDayId(a.date, a.groupId), date: a.date, groupId: a.groupId, locationId: a.locationId, entries: [], updatedAt: a.at }
}

export function applyCheck(day: AttendanceDay, input: CheckInput): AttendanceDay {
  const known = day.entries.find((entry) => entry.childId === input.childId)
  const base: AttendanceEntry = known ?? {
    childId: input.childId, unplanned: input.unplanned ?? false, wentHome: false, by: input.by, device: input.device, at: input.at, rev: 0,
  }
  const updated: AttendanceEntry = { ...base, [input.action]: input.at, by: input.by, device: input.device, at: input.at, rev: base.rev + 1 }
  const entries = sortEntries([...day.entries.filter((entry) => entry.childId !== input.childId), updated])
  return { ...day, entries, updatedAt: input.at }
}

/** Which buttons make sense: in once, out once after in (corrections come with R12, with a reason). */
export function allowedActions(entry: AttendanceEntry | undefined): { checkIn: boolean; checkOut: boolean } {
  return { checkIn: !entry?.checkIn, checkOut: !!entry?.checkIn && !entry.checkOut }
}
