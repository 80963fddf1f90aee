// Numbers as staff read them, in the app's language: "2,5" in Dutch, "2.5" in English; whole numbers
// without decimals, at most two (hours are kept in quarters and halves). No thousands separator: no
// balance or count in this app reaches a thousand, and "1.000" means one in English but a thousand in Dutch.
import type { Locale } from './translate'

const separators: Record<Locale, string> = { nl: ',', en: '.' }

export function formatNumber(locale: Locale, value: number): string {
  const rounded = Math.round(value * 100) / 100
  // 0.1 + 0.2 style noise is gone after rounding; String() never uses an exponent in this range.
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', separators[locale])
}
