// Dates as staff read and say them: "woensdag 2 december 2026" in the table, "2 december 2026" in a
// button's name (the UI contract's `<d MMMM yyyy>`), in the app's language.
import { format } from 'date-fns'
import { enGB } from 'date-fns/locale/en-GB'
import { nl } from 'date-fns/locale/nl'
import { toZonedDate } from '../../../../shared/calendar'

const locales = { nl, en: enGB } as const

export function dayMonthYear(date: string, locale: 'nl' | 'en' = 'nl'): string {
  return format(toZonedDate(date), 'd MMMM yyyy', { locale: locales[locale] })
}

export function weekdayDate(date: string, locale: 'nl' | 'en' = 'nl'): string {
  return format(toZonedDate(date), 'EEEE d MMMM yyyy', { locale: locales[locale] })
}
