// Hours as staff read them: "5,5" in Dutch, "5.5" in English; whole hours without decimals.
import type { Translate } from '../../i18n/translate'

export function formatHours(t: Translate, hours: number): string {
  const rounded = Math.round(hours * 100) / 100
  return String(rounded).replace('.', t('rows.decimalSeparator'))
}
