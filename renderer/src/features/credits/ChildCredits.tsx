// The balances of one chosen child (F5): swap hours per care type with the cap and the reserved hours,
// BSO holiday days, Qflexibel hours with their expiry (R14), each with its ledger; `Tegoed toevoegen`
// for the roles that may (R16) and `Qflexibel ophogen` for customer service (R14). Everything follows
// live queries: a credit earned or added on another PC shows as soon as it has synced.
import { useMemo, useState } from 'react'
import type { Child } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { useServices } from '../../app/app-services'
import { serverNow } from '../../bridge/sync-status'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { useObservable } from '../../ui/use-observable'
import { AddCreditDialog } from './AddCreditDialog'
import { childName } from './child-search'
import { creditOverview } from './credit-overview'
import { childById$, childCredits$, type ChildCredits as Credits } from './credits-data'
import { CreditSection } from './CreditSection'
import { FlexTopUpDialog } from './FlexTopUpDialog'
import { formatAmount } from './format-amount'
import { ledgerRows } from './ledger-rows'
import { manualCreditCareTypes } from './manual-credit'

type OpenDialog = 'add' | 'flex' | null

export function ChildCredits({ childId }: { childId: string }) {
  const services = useServices()
  const t = useT()
  const child$ = useMemo(() => childById$(services.db, childId), [services.db, childId])
  const credits$ = useMemo(() => childCredits$(services.db, childId), [services.db, childId])
  const child = useObservable<Child | null | undefined>(child$, undefined)
  const credits = useObservable<Credits | null>(credits$, null)
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const [announcement, setAnnouncement] = useState('')
  if (child === null) return <p>{t('credits.noChildren')}</p>
  if (!child || !credits || child.id !== childId) return <p role="status">{t('credits.loading')}</p>

  const today = amsterdamDate(serverNow(services.status.current()))
  const name = childName(child)
  const overview = creditOverview({ child, ledger: credits.ledger, today })
  const rows = (unit: Parameters<typeof ledgerRows>[0]['unit'], careType?: Child['placements'][number]['careType']) =>
    ledgerRows({ entries: credits.ledger, unit, today, requests: credits.requests, ...(careType ? { careType } : {}) })
  const hours = (n: number) => formatAmount(t, 'ruiluren', n)
  const canAdd = services.permissions.can('tegoed.toevoegen') && manualCreditCareTypes(child, credits.ledger, today).length > 0
  const canTopUp = services.permissions.can('flextegoed.ophogen')
  const saved = (message: string) => {
    setDialog(null)
    setAnnouncement(message)
  }

  return (
    <div className="credits-child">
      <h2 className="credits-child-name">{name}</h2>
      <p role="status" aria-live="polite" className="row-announcer">{announcement}</p>
      {canAdd && <button type="button" onClick={() => setDialog('add')}>{t('credits.add.open')}</button>}
      {/* A revoked PC has its own banner; this line is about the role. */}
      {!services.revoked && !services.permissions.can('tegoed.toevoegen') && <p className="read-only">{t('credits.readOnly')}</p>}
      {overview.swap.length === 0 && <p>{t('credits.swap.none')}</p>}
      {overview.swap.map((b) => (
        <CreditSection key={b.careType} title={t('credits.swap.title', { careType: b.careType })}
          balanceLabel={t('credits.swap.balance', { careType: b.careType })} unit="ruiluren" rows={rows('ruiluren', b.careType)}
          staffNames={credits.staffNames}
          figures={[
            { label: t('credits.swap.valid'), value: hours(b.valid) },
            { label: t('credits.swap.cap'), value: t('credits.swap.capValue', { hours: hours(b.cap), contract: b.contract }) },
            { label: t('credits.swap.reserved'), value: hours(b.reserved) },
            { label: t('credits.swap.room'), value: hours(b.room) },
          ]} />
      ))}
      {overview.holidayDays && (
        <CreditSection title={t('credits.holiday.title')} balanceLabel={t('credits.holiday.balance')} unit="vakantiedagen"
          rows={rows('vakantiedagen')} staffNames={credits.staffNames}
          figures={[
            { label: t('credits.holiday.valid'), value: formatAmount(t, 'vakantiedagen', overview.holidayDays.valid) },
            { label: t('credits.swap.reserved'), value: formatAmount(t, 'vakantiedagen', overview.holidayDays.reserved) },
          ]} />
      )}
      {overview.flex && (
        <CreditSection title={t('credits.flex.title')} balanceLabel={t('credits.flex.balance')} unit="flexuren"
          rows={rows('flexuren')} staffNames={credits.staffNames} note={t('credits.flex.expiryNote')}
          figures={[
            { label: t('credits.flex.valid'), value: hours(overview.flex.valid) },
            { label: t('credits.swap.reserved'), value: hours(overview.flex.reserved) },
            { label: t('credits.flex.expires'), value: dutchDate(overview.flex.expiresOn) },
          ]}
          {...(canTopUp ? { actions: <button type="button" onClick={() => setDialog('flex')}>{t('credits.flex.open')}</button> } : {})} />
      )}
      {dialog === 'add' && <AddCreditDialog child={child} name={name} ledger={credits.ledger} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'flex' && <FlexTopUpDialog child={child} name={name} onClose={() => setDialog(null)} onSaved={saved} />}
    </div>
  )
}
