// The caption's counts per day part against the group's capacity ("ochtend 12/16"): the children
// expected for each of the group's day parts, counted as R11 counts room (a child there in the
// morning counts for the morning and for a whole-day list). A KDV group's `hele dag` is ochtend and
// middag together: its own count would repeat theirs, so it is left out where the halves are shown.
import type { DayPart, Group } from '../../../../shared/domain'
import { sharedDayPart } from '../../../../shared/rules'
import type { AttendanceRow } from './attendance-rows'

/** The list's headline: children present now (checked in, not out) and children expected that day. */
export function listCounts(rows: readonly Pick<AttendanceRow, 'expected' | 'entry'>[]): { present: number; expected: number } {
  return {
    present: rows.filter((row) => row.entry?.checkIn && !row.entry.checkOut).length,
    expected: rows.filter((row) => row.expected).length,
  }
}

export interface DayPartCount {
  dayPart: DayPart
  count: number
  capacity: number
}

export function dayPartCounts(group: Pick<Group, 'dayParts'>, rows: readonly Pick<AttendanceRow, 'expected' | 'dayParts'>[]): DayPartCount[] {
  const parts = group.dayParts.map((p) => p.dayPart)
  const halves = parts.includes('ochtend') && parts.includes('middag')
  return group.dayParts
    .filter((p) => !(halves && p.dayPart === 'hele dag'))
    .map((p) => ({
      dayPart: p.dayPart,
      capacity: p.capacity,
      count: rows.filter((row) => row.expected && row.dayParts.some((d) => sharedDayPart(d, p.dayPart) !== undefined)).length,
    }))
}
