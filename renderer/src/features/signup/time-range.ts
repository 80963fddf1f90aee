// `Tijden` on a sign-up line (F6): the parent asks for care from Van to Tot instead of the whole day.
// Checked before the parent signs, because a signed line is never edited.
import { isTimeString, minutesOfDay } from '../../../../shared/calendar'

/**
 * The hours a study day's care can cover (default): BSO on a study day opens early and closes by 19:00
 * at the latest. One place, so a location with other hours changes only this.
 */
export const studyDayHours = { start: '07:00', end: '19:00' } as const

export type TimeRangeError = 'van-ongeldig' | 'tot-ongeldig' | 'volgorde' | 'buiten-openingstijd'

export type TimeRangeVerdict = { ok: true; start: string; end: string } | { ok: false; code: TimeRangeError }

/** Accepts "8:30" and "08.30" as staff type them, and answers the canonical "08:30". */
export function normaliseTime(value: string): string | null {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(value)
  if (!m) return null
  const time = `${m[1]!.padStart(2, '0')}:${m[2]}`
  return isTimeString(time) ? time : null
}

export function checkTimeRange(van: string, tot: string, hours: { start: string; end: string } = studyDayHours): TimeRangeVerdict {
  const start = normaliseTime(van)
  if (start === null) return { ok: false, code: 'van-ongeldig' }
  const end = normaliseTime(tot)
  if (end === null) return { ok: false, code: 'tot-ongeldig' }
  if (minutesOfDay(start) >= minutesOfDay(end)) return { ok: false, code: 'volgorde' }
  if (minutesOfDay(start) < minutesOfDay(hours.start) || minutesOfDay(end) > minutesOfDay(hours.end)) return { ok: false, code: 'buiten-openingstijd' }
  return { ok: true, start, end }
}
