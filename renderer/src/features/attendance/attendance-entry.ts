// What a check-in, check-out or `Naar huis tijdens de dag` does to a group-day document: the child's
// entry gets the time and one more `rev` (the per-entry version the conflict merge compares), and
// records who, on which PC, when. Pure: the time comes in as an argument (server-corrected, SPEC §4).
import type { AttendanceDay, AttendanceEntry } from '../../../../shared/domain'
import { attendanceDayId } from '../../../../shared/domain'
import { sortEntries } from '../../db/merge-attendance'

export type CheckAction = 'checkIn' | 'checkOut'
/** R5: the child went home or was picked up during the day; it leaves now unless it was checked out already. */
export type EntryAction = CheckAction | 'wentHome'

export interface CheckInput {
  action: EntryAction
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
  const fact = { by: input.by, device: input.device, at: input.at, rev: base.rev + 1 }
  const updated: AttendanceEntry = input.action === 'wentHome'
    ? { ...base, wentHome: true, checkOut: base.checkOut ?? input.at, ...fact }
    : { ...base, [input.action]: input.at, ...fact }
  const entries = sortEntries([...day.entries.filter((entry) => entry.childId !== input.childId), updated])
  return { ...day, entries, updatedAt: input.at }
}

/**
 * Which buttons make sense: in once, out once after in, went home once after in (a child checked
 * out may still turn out to have been picked up early). Other changes are corrections (R12).
 */
export function allowedActions(entry: AttendanceEntry | undefined): { checkIn: boolean; checkOut: boolean; wentHome: boolean } {
  return { checkIn: !entry?.checkIn, checkOut: !!entry?.checkIn && !entry.checkOut, wentHome: !!entry?.checkIn && !entry.wentHome }
}
