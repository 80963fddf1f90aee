// Instants as staff read them, in Amsterdam time: "08:05" for today, "2-12-2026 08:05" otherwise.
import { amsterdamDate, amsterdamTime } from '../../../shared/calendar'

export function dutchDate(date: string): string {
  const [year, month, day] = date.split('-')
  return `${Number(day)}-${Number(month)}-${year}`
}

/** The Amsterdam clock time of an instant ("08:05"); `missing` when there is none. */
export function clockTime(iso: string | undefined, missing = ''): string {
  return iso ? amsterdamTime(new Date(iso)) : missing
}

export function formatInstant(iso: string, today?: string): string {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) return iso
  const date = amsterdamDate(instant)
  const time = amsterdamTime(instant)
  return date === today ? time : `${dutchDate(date)} ${time}`
}
