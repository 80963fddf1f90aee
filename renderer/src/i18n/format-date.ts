// Calendar dates as staff read and say them, in the app's language: "2 december 2026" (the names of
// sheets and buttons) and "woensdag 2 december 2026" (tables, the signing screen, so nobody signs for
// the wrong day). A date is a calendar day (yyyy-MM-dd), formatted on that day itself so no clock or
// zone can move it.
import { format } from 'date-fns'
import { enGB } from 'date-fns/locale/en-GB'
import { nl } from 'date-fns/locale/nl'
import { toZonedDate } from '../../../shared/calendar'

export type DateLocale = 'nl' | 'en'

const locales = { nl, en: enGB } as const

export function longDate(date: string, locale: DateLocale = 'nl'): string {
  return format(toZonedDate(date), 'd MMMM yyyy', { locale: locales[locale] })
}

export function weekdayDate(date: string, locale: DateLocale = 'nl'): string {
  return format(toZonedDate(date), 'EEEE d MMMM yyyy', { locale: locales[locale] })
}
