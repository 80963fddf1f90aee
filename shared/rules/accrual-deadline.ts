// R4: swap hours are earned only when the absence was reported (`gemeld om`) before a time on the
// care date, in Amsterdam. The deadline is an instant, so a report on any earlier day is before it.
import type { CareType } from '../domain/enums'
import { amsterdamDate, amsterdamInstant } from '../calendar'
import { accrualDeadlineTimes } from './facts'
import { defaults } from './defaults'
import { allow, refuse, type Verdict } from './verdict'

export type AccrualDeadlineInput = { careType: CareType; date: string; careStart?: string }

/** The first instant at which a report is too late (07:59 earns for KDV, 08:00 does not). Throws RangeError on a malformed date or careStart. */
export function accrualDeadline(a: AccrualDeadlineInput): Date {
  const time = a.careType === 'BSO' ? (a.careStart ?? defaults.bsoCareStartFallback) : accrualDeadlineTimes[a.careType]
  return amsterdamInstant(a.date, time)
}

export function reportedOnTime(a: AccrualDeadlineInput & { reportedAt: Date }): boolean {
  return a.reportedAt.getTime() < accrualDeadline(a).getTime()
}

/**
 * `Gemeld om` defaults to the moment of entry; the staff member who took a phone call may set it
 * earlier on the same day, never later (R4), so hours cannot be earned by back-dating past midnight.
 */
export function validReportedAt(a: { reportedAt: Date; enteredAt: Date }): Verdict {
  if (Number.isNaN(a.reportedAt.getTime()) || Number.isNaN(a.enteredAt.getTime())) return refuse('ongeldige-datum')
  if (a.reportedAt.getTime() > a.enteredAt.getTime()) return refuse('gemeld-om-na-invoer')
  if (amsterdamDate(a.reportedAt) !== amsterdamDate(a.enteredAt)) return refuse('gemeld-om-andere-dag')
  return allow()
}
