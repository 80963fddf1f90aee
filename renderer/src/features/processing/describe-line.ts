// A sheet line in words, as the UI contract names them: the status (`Verwerkt — op factuur van
// 10 december 2026`, `Afgewezen: <reden>`), the day part or times, and the billing R9 gives now with
// a warning when it differs from what the parent signed for. Pure, so tested without a browser.
import type { SignupLine } from '../../../../shared/domain'
import type { StudyDayBilling } from '../../../../shared/rules'
import type { MessageKey } from '../../i18n/nl'
import type { Translate } from '../../i18n/translate'
import type { LineRow, LineState } from './line-rows'
import { longDate, type DateLocale } from '../../i18n/format-date'

export function statusText(t: Translate, state: LineState, locale: DateLocale = 'nl'): string {
  switch (state.kind) {
    case 'open':
      return t('processing.status.open')
    case 'ingetrokken':
      return t('processing.status.ingetrokken', { reason: state.reason })
    case 'afgewezen':
      return t('processing.status.afgewezen', { reason: state.reason })
    case 'verwerkt':
      return state.billing === 'factuur' && state.invoiceDate
        ? t('processing.status.verwerktFactuur', { date: longDate(state.invoiceDate, locale) })
        : t('processing.status.verwerktInclusief')
  }
}

/** `Hele dag` / `Ochtend` / `Middag`, or `08:30–17:00`. */
export function timesText(t: Translate, line: Pick<SignupLine, 'dayPart' | 'times'>): string {
  if (line.times) return t('processing.times', { start: line.times.start, end: line.times.end })
  return line.dayPart ? t(`processing.dayPart.${line.dayPart}` as MessageKey) : ''
}

export const billingLabel = (t: Translate, billing: StudyDayBilling): string => t(`processing.billing.${billing}`)

export interface BillingView {
  /** `Op factuur` / `Inclusief`: what processing books. */
  label: string
  /** R9's sentence why, when R9 has an answer now. */
  reason: string | null
  /** `Let op: …` when now and then differ, or when R9 has no answer now. */
  warning: string | null
}

export function billingView(t: Translate, row: Pick<LineRow, 'line' | 'billingNow' | 'billingToBook' | 'billingChanged'>): BillingView {
  const word = (b: StudyDayBilling) => t(`processing.billingWord.${b}`)
  const warning = row.billingNow === null
    ? t('processing.noPlacement', { then: word(row.line.billing) })
    : row.billingChanged ? t('processing.billingChanged', { then: word(row.line.billing), now: word(row.billingNow.billing) }) : null
  return { label: billingLabel(t, row.billingToBook), reason: row.billingNow?.message ?? null, warning }
}
