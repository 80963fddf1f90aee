// How a sign-up line reads on the sheet, in print and in the withdraw dialog: the same words everywhere.
import type { SignupLine } from '../../../../shared/domain'
import type { Translate } from '../../i18n/translate'
import type { SheetRow } from './sheet-rows'

const dayPartKeys = { 'hele dag': 'signup.dayPart.heleDag', ochtend: 'signup.dayPart.ochtend', middag: 'signup.dayPart.middag' } as const

/** `Hele dag` / `Ochtend` / `Middag`, or the times as `08:30–17:00`. */
export function whenLabel(t: Translate, line: Pick<SignupLine, 'dayPart' | 'times'>): string {
  if (line.times) return t('signup.times', { start: line.times.start, end: line.times.end })
  const key = line.dayPart && line.dayPart in dayPartKeys ? dayPartKeys[line.dayPart as keyof typeof dayPartKeys] : 'signup.dayPart.heleDag'
  return t(key)
}

/** `Op factuur` / `Inclusief` and R9's reason sentence. */
export function billingLabel(t: Translate, row: Pick<SheetRow, 'billing' | 'billingReason'>): { label: string; reason: string } {
  return {
    label: t(row.billing === 'inclusief' ? 'signup.billing.inclusief' : 'signup.billing.factuur'),
    reason: t(row.billingReason ? `signup.reason.${row.billingReason}` : 'signup.reason.asSigned'),
  }
}

/** `Getekend` / `Ingetrokken: <reden>` / `Verwerkt` / `Afgewezen: <reden>`. */
export function statusLabel(t: Translate, row: Pick<SheetRow, 'status' | 'statusReason'>): string {
  return t(`signup.status.${row.status}`, { reason: row.statusReason ?? '' })
}
