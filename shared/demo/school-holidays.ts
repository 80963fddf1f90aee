// School holidays decide BSO and VSO care: no VSO and no `schoolweken` BSO in a holiday, and
// `52-weken` BSO becomes a whole day (SPEC §2). The demo approximates the holidays of region
// Midden (Gouda, Alphen) by ISO week, every year alike: it is demo data, not the official calendar.
import { isoWeekOf, weekdayOf, type Day } from './days'

const holidayWeeks = new Set([
  1, // kerstvakantie, second week
  8, // voorjaarsvakantie
  18, // meivakantie
  29, 30, 31, 32, 33, 34, // zomervakantie
  43, // herfstvakantie
  52, 53, // kerstvakantie, first week
])

export function isSchoolHoliday(day: Day): boolean {
  return holidayWeeks.has(isoWeekOf(day))
}

export function isWeekend(day: Day): boolean {
  return weekdayOf(day) >= 6
}
