// R8, R14: until when a credit can be spent. `validUntil` is the last day, inclusive, on which a
// request may be submitted that spends it.
import type { LedgerUnit } from '../domain/enums'
import { addDays, dateParts } from '../calendar'
import { defaults } from './defaults'
import { flexExpiry } from './qflexibel'

/** R8: credit of day D can be spent by a request submitted up to and including D + 120. */
export function creditValidUntil(date: string): string {
  return addDays(date, defaults.earnedCreditValidityDays)
}

/**
 * The validity of a credit that carries no explicit `validUntil`: swap hours 120 days (R8),
 * Qflexibel hours until the day before 1 January of the next year (R14), holiday days without end
 * (default). null means "does not expire".
 */
export function defaultValidUntil(unit: LedgerUnit, date: string): string | null {
  if (unit === 'ruiluren') return creditValidUntil(date)
  if (unit === 'flexuren') return addDays(flexExpiry(dateParts(date).year), -1)
  return defaults.holidayDaysExpire ? creditValidUntil(date) : null
}
