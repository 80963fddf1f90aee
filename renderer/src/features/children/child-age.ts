// A child's age as staff say it ("3 jaar, 4 mnd"), counted in whole months on the calendar: a child
// born on the 15th turns a month older on the 15th. Pure: `today` comes from the caller (the PC's
// clock corrected by the server offset), so the age never depends on a hidden clock.
import { dateParts } from '../../../../shared/calendar'

export interface Age {
  years: number
  months: number
}

/** Whole years and the months beyond them; 0/0 for a birth date after today (a data error, not a negative age). */
export function ageOn(birthDate: string, today: string): Age {
  const born = dateParts(birthDate)
  const now = dateParts(today)
  const total = (now.year - born.year) * 12 + (now.month - born.month) - (now.day < born.day ? 1 : 0)
  if (total <= 0) return { years: 0, months: 0 }
  return { years: Math.floor(total / 12), months: total % 12 }
}
