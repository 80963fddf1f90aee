// One request opened from the queue (F4): everything about it — what was asked and how it is paid,
// the remarks, who submitted it and how, its place on the waiting list, the child's balances and what
// this request holds of them (R20), every decision so far with its reason — and the decisions it still
// allows (DecisionPanel). Live: a decision replicated from another PC shows at once.
import { useMemo, useState, type ReactNode } from 'react'
import type { Request } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { ledgerIds } from '../../../../shared/domain'
import { useServices } from '../../app/app-services'
import { serverNow } from '../../bridge/sync-status'
import { dutchDate, formatInstant } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import type { Translate } from '../../i18n/translate'
import { useObservable } from '../../ui/use-observable'
import { ModalDialog } from '../attendance/ModalDialog'
import { formatHours } from '../attendance/format-hours'
import { BalanceList } from '../requests/BalanceList'
import { requestBalances } from '../requests/request-balances'
import { useLedgerOf, useRequest } from '../requests/use-request-data'
import { DecisionPanel, type DecisionOutcome } from './DecisionPanel'
import { child$, staffNames$, type StoredLocation } from './queue-data'
import { RatioCheck } from './RatioCheck'

export interface RequestDetailProps {
  requestId: string
  childName: string
  locations: readonly StoredLocation[]
  waitlistPosition: number | null
  onClose: () => void
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  )
}

function Decisions({ request, staff, today, t }: { request: Request; staff: Map<string, string>; today: string; t: Translate }) {
  if (request.decisions.length === 0) return <p>{t('approval.detail.noDecisions')}</p>
  return (
    <ol className="approval-decisions">
      {request.decisions.map((d, i) => (
        <li key={`${i}-${d.at}`}>
          {t('approval.detail.decision', { status: t(`request.status.${d.status}`), name: staff.get(d.by) ?? d.by, time: formatInstant(d.at, today) })}
          {d.withoutRoom && <span>{` (${t('approval.detail.withoutRoom')})`}</span>}
          {d.reason && <div>{t('approval.detail.decisionReason', { reason: d.reason })}</div>}
        </li>
      ))}
    </ol>
  )
}

/** Whether the request still holds this PC's decision (the server may have kept another PC's, R20). */
function taken(request: Request, decision: { status: string; at: string }): boolean {
  return request.decisions.some((d) => d.status === decision.status && d.at === decision.at)
}

export function RequestDetail({ requestId, childName, locations, waitlistPosition, onClose }: RequestDetailProps) {
  const services = useServices()
  const t = useT()
  const today = amsterdamDate(serverNow(services.status.current()))
  const request = useRequest(services.db, requestId)
  const child = useObservable(useMemo(() => (request ? child$(services.db, request.childId) : null), [services.db, request?.childId]), null)
  const ledger = useLedgerOf(services.db, request?.childId)
  const staff = useObservable(useMemo(() => staffNames$(services.db), [services.db]), new Map<string, string>())
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null)
  const title = t('approval.detail.title', { child: childName, date: request ? dutchDate(request.date) : '' })
  if (!request) return <ModalDialog title={title} onClose={onClose}><p>{t('approval.loading')}</p></ModalDialog>

  const location = locations.find((l) => l.id === request.locationId)
  const group = location?.groups.find((g) => g.id === request.groupId)
  const hours = (n: number) => t('approval.detail.hoursValue', { hours: formatHours(t, n) })
  const held = ledger?.find((e) => e.id === ledgerIds.reservation(request.id))
  const balances = ledger && child ? requestBalances({ ledger, placements: child.placements, today }) : null
  return (
    <ModalDialog title={title} onClose={onClose}>
      <div className="approval-detail">
        <dl>
          <Field label={t('approval.detail.location')}>{location?.name ?? request.locationId}</Field>
          <Field label={t('approval.detail.group')}>{group?.name ?? request.groupId}</Field>
          <Field label={t('approval.detail.date')}>{dutchDate(request.date)}</Field>
          <Field label={t('approval.detail.dayPart')}>{request.dayPart}</Field>
          <Field label={t('approval.detail.kind')}>{t(`request.kind.${request.kind}`)}</Field>
          <Field label={t('approval.detail.payment')}>{t(`request.payment.${request.payment}`)}</Field>
          <Field label={t('approval.detail.hours')}>{hours(request.hours)}</Field>
          {request.flexHours !== undefined && <Field label={t('approval.detail.flexHours')}>{hours(request.flexHours)}</Field>}
          {request.invoiceHours !== undefined && <Field label={t('approval.detail.invoiceHours')}>{hours(request.invoiceHours)}</Field>}
          {request.invoiceDate && <Field label={t('approval.detail.invoiceDate')}>{dutchDate(request.invoiceDate)}</Field>}
          <Field label={t('approval.detail.remarks')}>{request.remarks ?? t('approval.detail.noRemarks')}</Field>
          <Field label={t('approval.detail.submitted')}>
            {t('approval.detail.submittedValue', { name: staff.get(request.by) ?? request.by, time: formatInstant(request.at, today), via: t(`approval.detail.via.${request.submittedVia}`) })}
          </Field>
          <Field label={t('approval.detail.status')}>
            {t(`request.status.${request.status}`)}
            {request.status === 'wachtlijst' && request.waitlistedAt && waitlistPosition !== null
              && <div>{t('approval.detail.waitlistedAt', { time: formatInstant(request.waitlistedAt, today), position: waitlistPosition })}</div>}
          </Field>
        </dl>
        <section aria-label={t('approval.detail.balances', { child: childName })}>
          <h3>{t('approval.detail.balances', { child: childName })}</h3>
          {balances && <BalanceList balances={balances} />}
          {held && <p>{t('approval.detail.held', { amount: t(`approval.detail.heldAmount.${held.unit}`, { amount: formatHours(t, held.amount) }) })}</p>}
        </section>
        <section aria-label={t('approval.detail.decisions')}>
          <h3>{t('approval.detail.decisions')}</h3>
          <Decisions request={request} staff={staff} today={today} t={t} />
        </section>
        <RatioCheck request={request} locations={locations} />
        <DecisionPanel request={request} locations={locations} onDecided={setOutcome} />
        {outcome && (outcome.decision !== undefined && !taken(request, outcome.decision)
          // R20: this PC's decision lost to one another PC took first; the notice says whose.
          ? <p role="alert" className="error">{t('approval.detail.overruled', { mine: t(`request.status.${outcome.decision.status}`), status: t(`request.status.${request.status}`) })}</p>
          : <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? '' : 'error'}>{outcome.text}</p>)}
        <div className="approval-buttons">
          <button type="button" onClick={onClose}>{t('approval.detail.close')}</button>
        </div>
      </div>
    </ModalDialog>
  )
}
