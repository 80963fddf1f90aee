// What the parent signs for, read back to them before they sign: the child, the study day, how long,
// their own name, and whether it is billed or included with R9's reason (the same verdict the line
// will record). Only this child's data: the parent sees nothing of other children.
import type { SigningDraft } from '../../../../../shared/api'
import type { Child } from '../../../../../shared/domain'
import { signupBillingFor } from '../../../../../shared/rules'
import { useT } from '../../../i18n/i18n-context'
import { billingLabel } from '../line-labels'
import { draftWhen } from './draft-when'
import { weekdayDate } from '../../../i18n/format-date'
import type { SheetRef } from './sheet-ref'

export interface SigningSummaryProps {
  draft: SigningDraft
  sheet: SheetRef
  child: Child | null | undefined
  locale: 'nl' | 'en'
}

export function SigningSummary({ draft, sheet, child, locale }: SigningSummaryProps) {
  const t = useT()
  const verdict = child ? signupBillingFor(child, sheet.locationId, sheet.date) : null
  // R9's own sentence in Dutch (the rule's contract, and what the line records); in English the sheet's
  // words for the same verdict, so a parent reading English reads no Dutch.
  const billing = verdict ? billingLabel(t, { billing: verdict.billing, billingReason: verdict.reason }) : null
  return (
    <dl className="signing-summary" aria-label={t('signing.summary')}>
      <dt>{t('signing.child')}</dt>
      <dd className="signing-child">{child ? `${child.firstName} ${child.lastName}` : child === null ? t('signing.childUnknown') : '…'}</dd>
      <dt>{t('signing.date')}</dt>
      <dd>{weekdayDate(sheet.date, locale)}</dd>
      <dt>{t('signing.when')}</dt>
      <dd>{draftWhen(draft, t)}</dd>
      <dt>{t('signing.parent')}</dt>
      <dd>{draft.parentName}</dd>
      <dt>{t('signing.billing')}</dt>
      <dd className="signing-billing" data-billing={verdict?.billing}>
        {verdict && t.locale === 'nl' ? verdict.message
          : billing ? <><strong>{billing.label}</strong> {billing.reason}</> : child ? t('signing.error.geen-bso-plaatsing') : '…'}
      </dd>
    </dl>
  )
}
