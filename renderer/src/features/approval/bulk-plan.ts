// `Acties` on many selected requests: one decision for all of them, planned before anything is
// written. A request whose state does not allow it (already on the waiting list, decided meanwhile on
// another PC) is skipped with the rule's reason. An approval takes a place in its group-day, so the
// plan counts approvals one after another: the places the first ones take are gone for the next
// (R11). The approvals that find no room are marked: the user gives ONE reason for all of them.
import type { RequestStatus } from '../../../../shared/domain'
import { requestTransition } from '../../../../shared/rules'
import type { DecisionAction } from './decision-actions'
import { roomLookup, type RoomFacts, type RoomRequest } from './room-lookup'

export interface PlannedDecision<R> {
  request: R
  /** R11: approved although the group has no room (needs the reason). */
  withoutRoom: boolean
}

export interface BulkPlan<R> {
  action: DecisionAction
  decisions: PlannedDecision<R>[]
  skipped: { request: R; code: string; message: string }[]
  /** How many approvals need the reason. */
  withoutRoom: number
}

/**
 * `requests` in the order they are shown (waiting lists in their own order). The room facts answer
 * R11 for approvals (a lookup of its own: the plan's approvals must not count on screen); an approval
 * whose room they cannot answer counts as without room — the safe side: it asks for a reason instead
 * of approving into a group that may be full.
 */
export function planBulk<R extends RoomRequest & { status: RequestStatus }>(
  requests: readonly R[], action: DecisionAction, facts: RoomFacts,
): BulkPlan<R> {
  const room = roomLookup(facts)
  const plan: BulkPlan<R> = { action, decisions: [], skipped: [], withoutRoom: 0 }
  for (const request of requests) {
    const step = requestTransition(request.status, action)
    if (!step.ok) {
      plan.skipped.push({ request, code: step.code, message: step.message })
      continue
    }
    if (action !== 'goedgekeurd') {
      plan.decisions.push({ request, withoutRoom: false })
      continue
    }
    const free = room.roomFor(request)?.room === true
    room.take(request)
    plan.decisions.push({ request, withoutRoom: !free })
    if (!free) plan.withoutRoom += 1
  }
  return plan
}
