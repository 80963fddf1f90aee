// One parent's card (F8): ouder 1 is the contract holder; phones, e-mail addresses, the sign-in
// address of the parent portal (the newest choice, shown at once, offline), whether the portal
// account was activated (`Voorwaarden geaccepteerd: Ja, <date>` / `Nee`, as the FAQ reads it), then
// `Nieuw wachtwoord verzenden` for a parent with an address and, for customer service, the choice of
// the sign-in address when the parent has two or more.
import { useId } from 'react'
import type { Child, JournalEntry, Parent } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { useServices } from '../../app/app-services'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { PasswordReset } from './PasswordReset'
import { signInAddress } from './sign-in-address'
import { SignInAddressForm } from './SignInAddressForm'

export interface ParentCardProps {
  child: Child
  parent: Parent
  facts: readonly JournalEntry[]
  deliveries: readonly JournalEntry[]
  today: string
}

export function ParentCard({ child, parent, facts, deliveries, today }: ParentCardProps) {
  const services = useServices()
  const t = useT()
  const titleId = useId()
  const signIn = signInAddress(parent, facts)
  const activated = parent.portalActivatedAt
  const hasAddress = parent.emails.length > 0
  return (
    <section className="parent-card" aria-labelledby={titleId}>
      <h4 id={titleId}>{t(parent.rank === 1 ? 'children.parent.title1' : 'children.parent.title2', { name: parent.name })}</h4>
      <dl className="child-facts">
        <div className="child-fact">
          <dt>{t('children.parent.phones')}</dt>
          <dd>{parent.phones.length > 0 ? parent.phones.join(', ') : t('children.none')}</dd>
        </div>
        <div className="child-fact">
          <dt>{t('children.parent.emails')}</dt>
          <dd>{hasAddress ? parent.emails.join(', ') : t('children.parent.noEmail')}</dd>
        </div>
        <div className="child-fact">
          <dt>{t('children.parent.signIn')}</dt>
          <dd data-testid="sign-in-address">{signIn ?? t('children.none')}</dd>
        </div>
        <div className="child-fact">
          <dt>{t('children.parent.terms')}</dt>
          <dd>{activated ? t('children.parent.termsYes', { date: dutchDate(amsterdamDate(new Date(activated))) }) : t('children.parent.termsNo')}</dd>
        </div>
      </dl>
      <PasswordReset child={child} parent={parent} facts={facts} deliveries={deliveries} today={today}
        mayRequest={hasAddress && services.permissions.can('wachtwoord.verzenden')} />
      {services.permissions.can('inlogadres.kiezen') && parent.emails.length >= 2 && signIn !== null && (
        <SignInAddressForm child={child} parent={parent} facts={facts} current={signIn} today={today} />
      )}
    </section>
  )
}
