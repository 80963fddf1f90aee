// The three-hour rule (drie-uursregeling, BKR.md; Besluit kwaliteit kinderopvang art. 7, BWBR0039936):
// how long a day a group may run below the staff–child ratio. KDV and PG: at most 3 hours a day, and
// never with fewer than half the required staff. BSO: at most half an hour on a school day (before or
// after school), the full 3 hours on holidays and free days. What was found, not legal advice.
//
// Not checked, for want of data: that the location is open at least 10 hours in a row (the condition
// for KDV's 3 hours) and that the deviations fall at the times the pedagogical plan fixes. The record
// judges only the minutes. The caller decides whether a BSO day is a school day.
// VSO has no table in BKR.md, so it gets no ratio and no verdict here (RatioCareType leaves it out).
import type { RatioCareType } from './staff-ratio'

export const threeHourLimits = {
  /** KDV, PG, and BSO on days without school. */
  fullDayMinutes: 180,
  /** BSO on a school day. */
  schoolDayMinutes: 30,
} as const

export type ThreeHourCode = 'te-lang-onder-ratio' | 'onder-halve-bezetting' | 'groep-te-groot'

export interface ThreeHourInput {
  careType: RatioCareType
  /** BSO only: a weekday with school for its children (not a holiday, study day or closing day). */
  schoolDay: boolean
  minutesBelow: number
  minutesBelowHalf: number
  minutesRefused?: number
}

export interface ThreeHourReason {
  code: ThreeHourCode
  message: string
}

export type ThreeHourVerdict =
  | { ok: true; allowedMinutes: number }
  | { ok: false; allowedMinutes: number; code: ThreeHourCode; message: string; reasons: ThreeHourReason[] }

/** The minutes a day a group may spend below the ratio. */
export function allowedMinutesBelow(careType: RatioCareType, schoolDay: boolean): number {
  return careType === 'BSO' && schoolDay ? threeHourLimits.schoolDayMinutes : threeHourLimits.fullDayMinutes
}

/** Whole minutes for a message, rounded up: 180.5 minutes below is over 180, and must not read as 180. */
export function wholeMinutes(minutes: number): number {
  return Math.ceil(minutes - 1e-9)
}

export function threeHourRule(a: ThreeHourInput): ThreeHourVerdict {
  const allowedMinutes = allowedMinutesBelow(a.careType, a.schoolDay)
  const reasons: ThreeHourReason[] = []
  if ((a.minutesRefused ?? 0) > 0) {
    reasons.push({ code: 'groep-te-groot', message: `${wholeMinutes(a.minutesRefused ?? 0)} minuten meer kinderen dan de beroepskracht-kindratio toelaat.` })
  }
  if (a.minutesBelow > allowedMinutes) {
    reasons.push({ code: 'te-lang-onder-ratio', message: `${wholeMinutes(a.minutesBelow)} minuten onder de ratio, meer dan de ${allowedMinutes} minuten die per dag mogen.` })
  }
  if (a.minutesBelowHalf > 0) {
    reasons.push({ code: 'onder-halve-bezetting', message: `${wholeMinutes(a.minutesBelowHalf)} minuten met minder dan de helft van het vereiste personeel.` })
  }
  const first = reasons[0]
  if (!first) return { ok: true, allowedMinutes }
  return { ok: false, allowedMinutes, code: first.code, message: reasons.map((r) => r.message).join(' '), reasons }
}
