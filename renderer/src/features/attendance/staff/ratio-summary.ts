// The ratio line above the Personeel section (issue 9, BKR.md): for today, staff required by the
// children checked in now against the staff checked in now; for another date, what the expected
// children need against the staff planned. Pure: the instant comes in (a minute tick in the UI).
import type { CareType } from '../../../../../shared/domain'
import { childrenPresentAt, groupRatio, plannedStaff, ratioCareType, staffOnGroupAt } from '../../../../../shared/rules'
import type { StaffEntry } from '../../../db/merge-attendance'
import type { AttendanceRow } from '../attendance-rows'

export type RatioSummary =
  /** VSO, or no group chosen: no ratio is shown. */
  | { kind: 'none' }
  /** Today: `present` staff checked in now. */
  | { kind: 'now'; required: number; present: number; short: boolean; unknown: number }
  /** Another date: the expected children against the staff planned that day. */
  | { kind: 'planned'; required: number; planned: number; children: number; short: boolean; unknown: number }
  /** No number of staff allows this group (too big): the rule's own Dutch message. */
  | { kind: 'refused'; message: string; unknown: number }

export interface RatioSummaryInput {
  careType: CareType
  date: string
  today: string
  now: Date
  rows: readonly Pick<AttendanceRow, 'childId' | 'expected' | 'entry'>[]
  staff: readonly StaffEntry[]
  /** Birth dates of the location's children by id. */
  birthDates: ReadonlyMap<string, string>
}

export function ratioSummary(a: RatioSummaryInput): RatioSummary {
  const careType = ratioCareType(a.careType)
  if (careType === null) return { kind: 'none' }
  const live = a.date === a.today
  const childIds = live
    ? childrenPresentAt(a.rows.flatMap((row) => (row.entry ? [row.entry] : [])), a.now)
    : a.rows.filter((row) => row.expected).map((row) => row.childId)
  const known = childIds.flatMap((id) => a.birthDates.get(id) ?? [])
  // A child without a birth date here (not synced, or removed, R17) cannot be placed in a band: it is
  // left out and said so, rather than guessed into one.
  const unknown = childIds.length - known.length
  const staff = live ? staffOnGroupAt(a.staff, a.now).length : plannedStaff(a.staff).length
  const ratio = groupRatio({ careType, date: a.date, birthDates: known, staff })
  if (!ratio.ok) return { kind: 'refused', message: ratio.message, unknown }
  return live
    ? { kind: 'now', required: ratio.required, present: staff, short: ratio.short, unknown }
    : { kind: 'planned', required: ratio.required, planned: staff, children: known.length, short: ratio.short, unknown }
}
