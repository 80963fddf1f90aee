// Amounts as staff read them: hours as "5,5 uur" (Dutch decimal comma, whole hours without decimals),
// BSO holiday days as "1 dag" / "3 dagen". The ledger counts swap and Qflexibel hours in hours and
// holiday days in days (shared/domain ledgerUnits), so the unit decides the words.
import type { LedgerUnit } from '../../../../shared/domain'
import { formatNumber as formatInLocale } from '../../i18n/format-number'
import type { Translate } from '../../i18n/translate'

export function formatNumber(t: Translate, value: number): string {
  return formatInLocale(t.locale, value)
}

export function formatAmount(t: Translate, unit: LedgerUnit, amount: number): string {
  if (unit !== 'vakantiedagen') return t('credits.hours', { hours: formatNumber(t, amount) })
  return amount === 1 ? t('credits.days.one') : t('credits.days.other', { days: formatNumber(t, amount) })
}

/** A ledger movement with its sign: "+2 uur", "−5,5 uur". */
export function formatSigned(t: Translate, unit: LedgerUnit, amount: number): string {
  const sign = amount < 0 ? '−' : '+'
  return `${sign}${formatAmount(t, unit, Math.abs(amount))}`
}
