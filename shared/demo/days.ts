// Fast calendar arithmetic for bulk generation: a year of history is ~100,000 day/child steps, so
// dates are handled as day numbers (days since 1970-01-01) instead of through date-fns time-zone
// objects. shared/calendar stays the reference for rules; test/shared/demo checks these against it.

const msPerDay = 86_400_000

export type Day = number

export function toDay(date: string): Day {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / msPerDay
}

export function fromDay(day: Day): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10)
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
}

export function yearOf(day: Day): number {
  return new Date(day * msPerDay).getUTCFullYear()
}

/** ISO-8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOf(day: Day): number {
  let week = weeks.get(day)
  if (week === undefined) {
    const thursday = day - weekdayOf(day) + 4
    const jan1 = Date.UTC(yearOf(thursday), 0, 1) / msPerDay
    week = Math.floor((thursday - jan1) / 7) + 1
    weeks.set(day, week)
  }
  return week
}
const weeks = new Map<Day, number>()

/** Last Sunday of a month (month 1–12) as a day number. */
function lastSunday(year: number, month: number): Day {
  const last = Date.UTC(year, month, 0) / msPerDay
  return last - (weekdayOf(last) % 7)
}

/**
 * The instant of a local Amsterdam time on a day, as an ISO UTC string. EU rule: summer time from
 * the last Sunday of March to the last Sunday of October. Deciding per day is exact for local times
 * from 03:00 on, which is all the demo writes (care, reports, signatures happen between 06:00 and 23:00).
 */
export function amsterdamIso(day: Day, minutesOfDay: number): string {
  return new Date(day * msPerDay + (minutesOfDay - utcOffsetMinutes(day)) * 60_000).toISOString()
}

const offsets = new Map<Day, number>()

/** Amsterdam's offset to UTC on a day (from 03:00 local time on), memoised: a year of history asks ~10^5 times. */
function utcOffsetMinutes(day: Day): number {
  let offset = offsets.get(day)
  if (offset === undefined) {
    const year = yearOf(day)
    offset = day >= lastSunday(year, 3) && day < lastSunday(year, 10) ? 120 : 60
    offsets.set(day, offset)
  }
  return offset
}

export function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** Whole months between a birth date and a day (the age a group's ageFromMonths/ageToMonths speak of). */
export function ageInMonths(birth: Day, on: Day): number {
  const b = new Date(birth * msPerDay)
  const d = new Date(on * msPerDay)
  let months = (d.getUTCFullYear() - b.getUTCFullYear()) * 12 + d.getUTCMonth() - b.getUTCMonth()
  if (d.getUTCDate() < b.getUTCDate()) months -= 1
  return months
}

/** The day a child reaches an age in months (its birthday that month, or the month's last day). */
export function dayAtAge(birth: Day, months: number): Day {
  const b = new Date(birth * msPerDay)
  const year = b.getUTCFullYear() + Math.floor((b.getUTCMonth() + months) / 12)
  const month = (((b.getUTCMonth() + months) % 12) + 12) % 12
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return Date.UTC(year, month, Math.min(b.getUTCDate(), lastOfMonth)) / msPerDay
}
