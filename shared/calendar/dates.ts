// Calendar dates are 'yyyy-MM-dd' strings everywhere (DESIGN §4). A calendar date has no time of day and
// no zone, so its arithmetic runs in date-fns on a UTCDate at midnight UTC: a day is always a calendar day
// (no 23- or 25-hour days of the daylight-saving weekends) and the machine's own zone never matters.
// Going through a TZDate in Amsterdam gave the same answers ~50× slower (15–60 µs a call), which showed
// in bench:queue's profile of a bulk approval. Dates meet the Amsterdam zone only where an instant is
// involved: toZonedDate, formatDate and amsterdam-time.ts.
import { TZDate } from '@date-fns/tz'
import { UTCDate } from '@date-fns/utc'
import { addDays as addDaysFns, addMonths as addMonthsFns, differenceInCalendarDays, format, getISODay } from 'date-fns'
import { TIME_ZONE, amsterdam } from './zone'

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar date: 'yyyy-MM-dd' that exists (no 2026-02-30). */
export function isDateString(value: string): boolean {
  const m = datePattern.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12 || day < 1) return false
  // Day 0 of the next month is the last day of this one (UTC, so no zone can shift it).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Year, month (1–12) and day of a date. Throws RangeError on a malformed date: that is a programming error. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  if (!isDateString(date)) throw new RangeError(`Not a calendar date (yyyy-MM-dd): ${date}`)
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return { year, month, day }
}

/** Local midnight of the date in Amsterdam: an instant, for formatting and clock times on that day. */
export function toZonedDate(date: string): TZDate {
  const { year, month, day } = dateParts(date)
  return new TZDate(year, month - 1, day, TIME_ZONE)
}

/** The date as midnight UTC: for calendar arithmetic only, never as an instant. */
function calendarDay(date: string): UTCDate {
  const { year, month, day } = dateParts(date)
  return new UTCDate(year, month - 1, day)
}

function calendarString(day: UTCDate): string {
  return format(day, 'yyyy-MM-dd')
}

/** The Amsterdam calendar date of a Date (a TZDate or a plain instant). */
export function formatDate(value: Date): string {
  return format(value, 'yyyy-MM-dd', { in: amsterdam })
}

export function addDays(date: string, days: number): string {
  return calendarString(addDaysFns(calendarDay(date), days))
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (Jan 31 + 1 → Feb 28). */
export function addMonths(date: string, months: number): string {
  return calendarString(addMonthsFns(calendarDay(date), months))
}

/** Calendar days from `today` to `date` (negative for the past): SPEC §4 "days ahead". */
export function daysAhead(today: string, date: string): number {
  return differenceInCalendarDays(calendarDay(date), calendarDay(today))
}

/** ISO weekday: 1 = Monday … 7 = Sunday, as contract weekdays are stored. */
export function weekday(date: string): number {
  return getISODay(calendarDay(date))
}

export function makeDate(year: number, month: number, day: number): string {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  if (!isDateString(value)) throw new RangeError(`Not a calendar date: ${value}`)
  return value
}

/** 'yyyy-MM-dd' sorts as text, so comparing needs no parsing. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
