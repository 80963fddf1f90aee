// After `Aanbieden ter goedkeuring`: the request's status, live (a decision taken on another PC shows
// at once), and, when this user may decide it (R11: location staff, Qflexibel only the planner), the
// FAQ's often forgotten step offered right here: `Direct goedkeuren`. The group's room that day is
// shown first (requestRoom, as the server judges it); without room, approving needs a reason. A
// request whose reservation the server refused (R20) says so instead of offering the approval.
import { useId, useState } from 'react'
import type { Request } from '../../../../shared/domain'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import { useGroups } from '../attendance/use-attendance-data'
import { recordDecision } from './record-decision'
import { roomForRequest } from './request-room-check'
import { missingReservationKey, reservationMissing } from './reservation-missing'
import { useGroupDay, useLedgerOf, useRequest } from './use-request-data'

export interface SubmittedRequestProps {
  requestId: string
  name: string
  /** What was stored (and reserved). */
  message: string
  onNew: () => void
  onClose?: () => void
}

export function SubmittedRequest({ requestId, name, message, onNew, onClose }: SubmittedRequestProps) {
  const services = useServices()
  const t = useT()
  const request = useRequest(services.db, requestId)
  // Kept here: the approval closes ApproveNow (the request is no longer open), its outcome stays.
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null)
  const open = request !== null && (request.status === 'ingediend' || request.status === 'wachtlijst')
  const mayDecide = request !== null && services.permissions.can('aanvraag.beslissen', { contract: request.contract })
    && services.permissions.covers(request.locationId)
  const ledger = useLedgerOf(services.db, request?.childId)
  // The server refused its reservation (another PC spent the hours first): not to be approved as it is.
  const unreserved = request !== null && ledger !== null && reservationMissing(request, ledger)
  return (
    <section className="request-submitted" aria-label={t('request.title')}>
      <p role="status">{message}</p>
      {request && <p>{t('request.status', { status: t(`request.status.${request.status}`) })}</p>}
      {request && unreserved && <p role="alert" className="error">{t(missingReservationKey(request.payment))}</p>}
      {request && open && mayDecide && !unreserved && <ApproveNow request={request} name={name} onOutcome={setOutcome} />}
      {outcome && <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? '' : 'error'}>{outcome.text}</p>}
      <div className="request-buttons">
        <button type="button" onClick={onNew}>{t('request.new')}</button>
        {onClose && <button type="button" onClick={onClose}>{t('request.close')}</button>}
      </div>
    </section>
  )
}

interface ApproveNowProps {
  request: Request
  name: string
  onOutcome: (outcome: { ok: boolean; text: string }) => void
}

function ApproveNow({ request, name, onOutcome }: ApproveNowProps) {
  const services = useServices()
  const t = useT()
  const id = useId()
  const group = useGroups(services.db).find((g) => g.group.id === request.groupId)?.group
  const day = useGroupDay(services.db, request.locationId, request.groupId, request.date)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  if (!group || !day) return null
  const room = roomForRequest({ group, request, children: day.children, requests: day.requests, absences: day.absences, journal: day.journal })

  async function approve() {
    setBusy(true)
    try {
      await recordDecision(services.db, request.id, {
        status: 'goedgekeurd', by: services.staffId, device: services.deviceId, at: serverNow(services.status.current()),
        ...(room.room ? {} : { withoutRoom: true, reason }),
      })
      onOutcome({ ok: true, text: t('request.approved', { name, date: dutchDate(request.date) }) })
    } catch (e) {
      onOutcome({ ok: false, text: t('request.decisionFailed', { message: failureMessage(e, t) }) })
      setBusy(false)
    }
  }

  return (
    <div className="request-approve">
      <p className="request-hint">{t('request.decideHint')}</p>
      <ul className="request-room">
        {room.parts.map((p) => (
          <li key={p.dayPart}>{t(p.room ? 'request.room.yes' : 'request.room.no', { dayPart: p.dayPart, expected: p.expected, capacity: p.capacity })}</li>
        ))}
      </ul>
      {!room.room && (
        <>
          <label htmlFor={`${id}-reason`}>{t('request.room.reason')}</label>
          <textarea id={`${id}-reason`} value={reason} maxLength={2000} required onChange={(e) => setReason(e.target.value)} />
        </>
      )}
      <button type="button" disabled={busy || (!room.room && reason.trim() === '')} onClick={() => void approve()}>{t('request.approveNow')}</button>
    </div>
  )
}
