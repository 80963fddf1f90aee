// `Tijden` on a sign-up line (F6): the parent asks for care from Van to Tot instead of the whole day.
// Checked before the parent signs, because a signed line is never edited.
import { isTimeString, minutesOfDay } from '../../../../shared/calendar'
import { defaults } from '../../../../shared/rules'

/** The hours a study day's care can cover: a (default) with the others in shared/rules/defaults.ts. */
export const studyDayHours = defaults.studyDayHours

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
