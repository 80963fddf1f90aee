// Hours as staff read them: "5,5" in Dutch, "5.5" in English; whole hours without decimals.
import { formatNumber } from '../../i18n/format-number'
import type { Translate } from '../../i18n/translate'

export function formatHours(t: Translate, hours: number): string {
  return formatNumber(t.locale, hours)
}
