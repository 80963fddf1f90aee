// Dates and kinds as schools write them in the lists they send (F9): ISO `2026-12-02` from a
// spreadsheet export, Dutch `2-12-2026` / `02-12-2026` typed by hand (also with `/` or `.`, which
// Dutch spreadsheets write as often). Anything else is refused rather than guessed: a wrong date
// would put BSO children on the wrong day's sheet.
import { isDateString } from '../../../../shared/calendar'
import type { StudyDayKind } from '../../../../shared/domain'

const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})$/
const dutchDate = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/

const pad = (n: string) => n.padStart(2, '0')

/** The calendar date `yyyy-MM-dd` the text names, or null when it names none (no 30-2-2027). */
export function parseListDate(text: string): string | null {
  const value = text.trim()
  const iso = isoDate.exec(value)
  const dutch = iso ? null : dutchDate.exec(value)
  const date = iso ? `${iso[1]}-${pad(iso[2]!)}-${pad(iso[3]!)}`
    : dutch ? `${dutch[4]}-${pad(dutch[3]!)}-${pad(dutch[1]!)}` : null
  return date !== null && isDateString(date) ? date : null
}

/** The words schools use for the two kinds; an empty cell means a study day (the common case). */
const kindWords: Readonly<Record<string, StudyDayKind>> = {
  '': 'studiedag',
  studiedag: 'studiedag',
  studie: 'studiedag',
  schoolsluitingsdag: 'schoolsluitingsdag',
  schoolsluiting: 'schoolsluitingsdag',
  sluitingsdag: 'schoolsluitingsdag',
  sluiting: 'schoolsluitingsdag',
}

/** The kind the text names, or null for a word that is neither. */
export function parseListKind(text: string): StudyDayKind | null {
  return kindWords[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null
}
