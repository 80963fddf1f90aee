// Dag aanvragen (SPEC F3), the form itself: on its own screen and in the list row's dialog, prefilled
// there with the child, group and date. Staff choose the child, and the form offers what the shared
// rules allow for it (request-offer.ts); `Aanbieden ter goedkeuring` stores the request and its
// reservation at once (request-document.ts, submit-request.ts). Then the request waits in the
// approval queue, and when this user may decide it, `Direct goedkeuren` is offered right here.
import { useMemo, useState, type FormEvent } from 'react'
import { amsterdamDate } from '../../../../shared/calendar'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { formatHours } from '../attendance/format-hours'
import { useGroups } from '../attendance/use-attendance-data'
import { BalanceList } from './BalanceList'
import { ChildCombobox } from '../../ui/ChildCombobox'
import { childOptions } from './child-search'
import type { ChildOption } from './child-search'
import { requestBalances } from './request-balances'
import { buildRequest } from './request-document'
import { requestOffer } from './request-offer'
import { placedOn } from '../../../../shared/rules'
import { requestGroupIds } from './request-placement'
import { RequestFields, type FieldValues } from './RequestFields'
import { SubmittedRequest } from './SubmittedRequest'
import { submitRequest } from './submit-request'
import { useAllChildren, useLedgerOf, useStudyDay } from './use-request-data'
import type { LedgerEntry } from '../../../../shared/domain'

export interface RequestFormProps {
  /** Prefilled from a list row: the child, its group and the list's date. */
  initial?: { childId: string; groupId?: string; date?: string }
  /** Told which child is chosen (the screen lists its requests). */
  onChild?: (option: ChildOption | null) => void
  onClose?: () => void
}

function reservedText(t: ReturnType<typeof useT>, reservation: LedgerEntry): string {
  const hours = formatHours(t, reservation.amount)
  if (reservation.unit === 'vakantiedagen') return t('request.amount.vakantiedagen')
  return reservation.unit === 'ruiluren' ? t('request.amount.ruiluren', { hours }) : t('request.amount.flexuren', { hours })
}

export function RequestForm({ initial, onChild, onClose }: RequestFormProps) {
  const services = useServices()
  const { db, permissions } = services
  const t = useT()
  const today = amsterdamDate(serverNow(services.status.current()))
  const children = useAllChildren(db)
  const allGroups = useGroups(db)
  const [chosen, setChosen] = useState<ChildOption | null>(null)
  const initialChild = initial ? children.find((c) => c.id === initial.childId) : undefined
  const option = chosen ?? (initialChild ? { child: initialChild, name: `${initialChild.firstName} ${initialChild.lastName}` } : null)
  const child = option?.child
  const [values, setValues] = useState<FieldValues>({
    groupId: initial?.groupId ?? '', date: initial?.date ?? today, kind: 'extra dag', dayPart: undefined, payment: undefined, remarks: '',
  })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [submitted, setSubmitted] = useState<{ id: string; message: string } | null>(null)

  const groups = useMemo(() => {
    if (!child) return []
    const ids = requestGroupIds(child, permissions.covers, today)
    return ids.flatMap((gid) => allGroups.filter((g) => g.group.id === gid))
  }, [child, permissions, today, allGroups])
  // The chosen group, else the one whose placement runs on the date, else the first.
  const choice = groups.find((g) => g.group.id === values.groupId)
    ?? groups.find((g) => child !== undefined && placedOn(child, g.group.id, values.date))
    ?? groups[0]
  const ledger = useLedgerOf(db, child?.id)
  const studyDay = useStudyDay(db, child?.schoolId, values.date)
  const offer = child && choice && ledger
    ? requestOffer({ child, group: choice.group, date: values.date, today, studyDay, ledger, kind: values.kind, ...(values.dayPart ? { dayPart: values.dayPart } : {}) })
    : null
  const payment = offer && values.payment && offer.payments.includes(values.payment) ? values.payment : offer?.payments[0]
  const balances = child && ledger ? requestBalances({ ledger, placements: child.placements, today }) : null

  function select(next: ChildOption | null) {
    setChosen(next)
    setSubmitted(null)
    setError(null)
    setValues((v) => ({ ...v, groupId: '', payment: undefined }))
    onChild?.(next)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!child || !choice || !ledger || !payment || !option) return
    const at = serverNow(services.status.current())
    // Judged at the moment of the action (SPEC §4), on the ledger as it is now.
    const fresh = requestOffer({ child, group: choice.group, date: values.date, today: amsterdamDate(at), studyDay, ledger, kind: values.kind, ...(offer?.dayPart ? { dayPart: offer.dayPart } : {}) })
    const built = buildRequest({
      id: crypto.randomUUID(), child, group: choice.group, locationId: choice.location.id, date: values.date, offer: fresh, payment,
      remarks: values.remarks, ledger, by: services.staffId, device: services.deviceId, at,
    })
    if (!built.ok) return setError(failureMessage({ code: `request.${built.code}`, message: built.message }, t))
    setBusy(true)
    setError(null)
    try {
      await submitRequest(db, built)
      const saved = t('request.saved', { name: option.name, date: dutchDate(values.date) })
      setSubmitted({ id: built.request.id, message: built.reservation ? `${saved} ${t('request.reserved', { amount: reservedText(t, built.reservation) })}` : saved })
      setValues((v) => ({ ...v, remarks: '' }))
    } catch (e) {
      setError(t('request.saveFailed', { message: failureMessage(e, t) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="request-form">
      {!initial && <ChildCombobox label={t('request.child')} hint={t('request.childHint')} listLabel={t('request.children')} noneText={t('request.noChildren')}
        search={(query) => childOptions(children, permissions.covers, query)} keyOf={(o) => o.child.id} nameOf={(o) => o.name}
        selectedName={option?.name ?? null} onSelect={select} />}
      {!child && !initial && <p className="request-hint">{t('request.chooseChild')}</p>}
      {balances && <BalanceList balances={balances} />}
      {child && groups.length === 0 && <p role="alert" className="error">{t('request.noGroup')}</p>}
      {submitted && option && (
        <SubmittedRequest requestId={submitted.id} name={option.name} message={submitted.message}
          onNew={() => setSubmitted(null)} {...(onClose ? { onClose } : {})} />
      )}
      {child && choice && !submitted && (
        <form className="request-fields" onSubmit={(e) => void submit(e)}>
          <RequestFields groups={groups} values={{ ...values, groupId: choice.group.id, payment }} offer={offer}
            onChange={(change) => {
              setError(null)
              setValues((v) => ({ ...v, ...change }))
            }} />
          {error && <p role="alert" className="error">{error}</p>}
          <div className="request-buttons">
            <button type="submit" disabled={busy || !offer || !offer.window.ok || !payment}>{t('request.submit')}</button>
            {onClose && <button type="button" onClick={onClose}>{t('request.close')}</button>}
          </div>
        </form>
      )}
    </div>
  )
}
