// The decisions of one request (F4, R20) with R11 beside them: the group's room that date and day part
// (requestRoom over this PC's documents, as the server judges the approval). With room: `Goedkeuren`,
// `Afkeuren`, `Wachtlijst`, `Verwijderen`. Without: `Afkeuren` and `Wachtlijst` first, and `Goedkeuren`
// asks a confirmation with a required reason, recorded with the decision (withoutRoom).
// The decision is the requests feature's command (recordDecision): judged against the newest local
// state, so a decision another PC took first and that has reached this PC is refused with its reason.
import { useId, useState } from 'react'
import type { Request } from '../../../../shared/domain'
import { useServices } from '../../app/app-services'
import { failureMessage } from '../../app/failure-message'
import { serverNow } from '../../bridge/sync-status'
import { useT } from '../../i18n/i18n-context'
import { recordDecision } from '../requests/record-decision'
import { roomForRequest } from '../requests/request-room-check'
import { useGroupDay } from '../requests/use-request-data'
import { actionsFor, type DecisionAction } from './decision-actions'
import type { StoredLocation } from './queue-data'

export interface DecisionOutcome {
  ok: boolean
  text: string
  /** The decision this PC recorded (absent when it was refused here): R20 may still overrule it. */
  decision?: { status: DecisionAction; at: string }
}

export interface DecisionPanelProps {
  request: Request
  locations: readonly StoredLocation[]
  onDecided: (outcome: DecisionOutcome) => void
}

export function DecisionPanel({ request, locations, onDecided }: DecisionPanelProps) {
  const services = useServices()
  const t = useT()
  const id = useId()
  const group = locations.find((l) => l.id === request.locationId)?.groups.find((g) => g.id === request.groupId)
  const day = useGroupDay(services.db, request.locationId, request.groupId, request.date)
  const [confirming, setConfirming] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const room = group && day ? roomForRequest({ group: { id: group.id, dayParts: [...group.dayParts] }, request, children: day.children, requests: day.requests, absences: day.absences, journal: day.journal }) : null
  const actions = actionsFor(request.status, room === null ? null : room.room)
  if (actions.length === 0) return <p>{t('approval.detail.final')}</p>

  async function decide(status: DecisionAction, withReason?: string) {
    setBusy(true)
    const at = serverNow(services.status.current())
    try {
      await recordDecision(services.db, request.id, {
        status, by: services.staffId, device: services.deviceId, at,
        ...(withReason !== undefined ? { withoutRoom: true, reason: withReason } : {}),
      })
      setConfirming(false)
      onDecided({ ok: true, decision: { status, at: at.toISOString() }, text: t('approval.detail.decided', { status: t(`request.status.${status}`) }) })
    } catch (e) {
      onDecided({ ok: false, text: t('approval.decisionFailed', { message: failureMessage(e, t) }) })
    } finally {
      setBusy(false)
    }
  }

  function choose(action: DecisionAction) {
    // Without room an approval is only confirmed with a reason (R11); until room is known, not at all.
    if (action === 'goedgekeurd' && room?.room !== true) setConfirming(true)
    else void decide(action)
  }

  return (
    <div className="approval-decide">
      {room && (
        <section aria-label={t('approval.detail.room')}>
          <ul className="approval-room-parts">
            {room.parts.map((p) => (
              <li key={p.dayPart}>{t(p.room ? 'request.room.yes' : 'request.room.no', { dayPart: p.dayPart, expected: p.expected, capacity: p.capacity })}</li>
            ))}
          </ul>
          {!room.room && <p className="approval-hint">{t('approval.detail.fullHint')}</p>}
        </section>
      )}
      <div className="approval-buttons">
        {actions.map((action) => (
          <button key={action} type="button" disabled={busy || confirming || (action === 'goedgekeurd' && room === null)} onClick={() => choose(action)}>
            {t(`approval.action.${action}`)}
          </button>
        ))}
      </div>
      {confirming && (
        <form className="approval-reason" aria-label={t('approval.bulk.reasonTitle')} onSubmit={(e) => { e.preventDefault(); void decide('goedgekeurd', reason.trim()) }}>
          <label htmlFor={`${id}-reason`}>{t('approval.detail.reasonLabel')}</label>
          <textarea id={`${id}-reason`} value={reason} maxLength={2000} required onChange={(e) => setReason(e.target.value)} />
          <div className="approval-buttons">
            <button type="submit" disabled={busy || reason.trim() === ''}>{t('approval.confirm')}</button>
            <button type="button" onClick={() => setConfirming(false)}>{t('approval.cancel')}</button>
          </div>
        </form>
      )}
    </div>
  )
}
