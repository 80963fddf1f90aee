// What the ledger table says per row, in the user's language: the kind in staff's words (opgebouwd,
// gereserveerd, besteed, …), whether a credit has expired and how much went unused, and the reason or
// source with who added it by hand. Pure, so the wording is tested without a browser.
import type { LedgerUnit } from '../../../../shared/domain'
import { dutchDate } from '../../i18n/format-instant'
import type { Translate } from '../../i18n/translate'
import { formatAmount } from './format-amount'
import type { LedgerRow } from './ledger-rows'

/** Kinds a person books by hand: the table says who. */
const byHand = new Set(['handmatig', 'opgewaardeerd'])

export function kindText(t: Translate, row: Pick<LedgerRow, 'kind'>): string {
  return t(`credits.kind.${row.kind}`)
}

export function statusText(t: Translate, unit: LedgerUnit, row: Pick<LedgerRow, 'expired'>): string {
  if (!row.expired) return ''
  return row.expired.unused > 0 ? t('credits.status.expiredUnused', { amount: formatAmount(t, unit, row.expired.unused) }) : t('credits.status.expired')
}

export function sourceText(t: Translate, row: LedgerRow, staffNames: ReadonlyMap<string, string>): string {
  const s = row.source
  const parts: string[] = []
  if (s.kind === 'absence') parts.push(t('credits.source.absence', { date: dutchDate(s.date), dayPart: s.dayPart }))
  if (s.kind === 'correction') parts.push(t('credits.source.correction', { date: dutchDate(s.date), dayPart: s.dayPart }))
  if (s.kind === 'request') parts.push(t('credits.source.request', { date: dutchDate(s.date), dayPart: s.dayPart }))
  if (s.kind === 'request-unknown') parts.push(t('credits.source.requestUnknown'))
  if (s.kind === 'credit') parts.push(t('credits.source.credit', { date: dutchDate(s.date) }))
  if (s.kind === 'contract') parts.push(t('credits.source.contract'))
  if (row.replacesReservation) parts.push(t('credits.source.replaces'))
  if (row.reason) parts.push(row.reason)
  if (byHand.has(row.kind)) parts.push(t('credits.source.by', { name: staffNames.get(row.by) ?? row.by }))
  return parts.join(' · ')
}
