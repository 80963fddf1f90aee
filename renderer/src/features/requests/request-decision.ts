// A decision added to a request (R20), as the server will judge it: allowed from the state the
// request is in now (decideRequest: a request another PC decided first is told so), an approval
// without room only with a reason (R11), a cancellation a Q-block in time or staff with a reason
// (R13, canCancelRequest). Pure: the command applies it inside RxDB's incremental write, so it is
// judged against the newest local state. Used by `Direct goedkeuren` and `Q-blok annuleren`, and
// meant for the approval queue (F4) too.
import type { Decision, Request, RequestStatus } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { canApproveWithoutRoom, canCancelRequest, decideRequest, type Verdict } from '../../../../shared/rules'

export interface DecisionInput {
  status: RequestStatus
  by: string
  device: string
  at: Date
  reason?: string
  /** R11: approving although the group has no room that day (needs a reason). */
  withoutRoom?: boolean
}

export type DecisionResult<R> = { ok: true; request: R } | { ok: false; code: string; message: string }

function refused<R>(verdict: Verdict): DecisionResult<R> | null {
  return verdict.ok ? null : { ok: false, code: verdict.code, message: verdict.message }
}

export function withDecision<R extends Request>(request: R, d: DecisionInput): DecisionResult<R> {
  const stepRefused = refused<R>(decideRequest(request, { from: request.status, to: d.status }))
  if (stepRefused) return stepRefused
  const reason = d.reason?.trim() ?? ''
  if (d.status === 'goedgekeurd' && d.withoutRoom) {
    const room = refused<R>(canApproveWithoutRoom(reason))
    if (room) return room
  }
  if (d.status === 'geannuleerd') {
    const cancel = refused<R>(canCancelRequest({
      kind: request.kind, date: request.date, today: amsterdamDate(d.at), by: 'medewerker', ...(reason !== '' ? { reason } : {}),
    }))
    if (cancel) return cancel
  }
  const at = d.at.toISOString()
  const decision: Decision = {
    status: d.status, by: d.by, device: d.device, at,
    ...(reason !== '' ? { reason } : {}),
    ...(d.status === 'goedgekeurd' && d.withoutRoom ? { withoutRoom: true } : {}),
  }
  return { ok: true, request: appendDecision(request, decision) }
}

/** The request with a decision already judged added: its state, and what that state changes. */
export function appendDecision<R extends Request>(request: R, decision: Decision): R {
  const next: R = { ...request, decisions: [...request.decisions, decision], status: decision.status, updatedAt: decision.at }
  if (decision.status === 'wachtlijst') next.waitlistedAt = decision.at
  // Cancelled care is not billed: it leaves the invoice it was on (R15).
  if (decision.status === 'geannuleerd') delete next.invoiceDate
  return next
}
