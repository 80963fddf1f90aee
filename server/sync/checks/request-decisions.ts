// R20 on the request alone: its decisions must form a path through the state graph from
// `ingediend`, each step allowed (final states end the path), and its status must be where the path
// ends. Two steps carry their own conditions: a cancellation (R13 for a Q-block, otherwise staff
// with a reason) and an approval without room (R11: only with a reason). Each is judged on the day
// of the decision itself, so a decision that was allowed when it was taken offline stays allowed.
import type { Request, RequestStatus } from '../../../shared/domain'
import { amsterdamDate } from '../../../shared/calendar'
import { canApproveWithoutRoom, canCancelRequest, requestTransition } from '../../../shared/rules'
import { actorOf } from './acting-as'
import type { DocumentCheck } from './check'
import { fromVerdict, refusal, type Refusal } from './refusal'

type Decision = Request['decisions'][number]

function decisionConditions(request: Request, decision: Decision): Refusal | null {
  if (decision.status === 'geannuleerd') {
    const verdict = canCancelRequest({
      kind: request.kind, date: request.date, today: amsterdamDate(new Date(decision.at)), by: actorOf(decision.by), reason: decision.reason,
    })
    if (!verdict.ok) return fromVerdict(verdict)
  }
  if (decision.withoutRoom === true) return fromVerdict(canApproveWithoutRoom(decision.reason))
  return null
}

export const decisionPath: DocumentCheck<Request> = ({ doc }) => {
  let at: RequestStatus = 'ingediend'
  for (const decision of doc.decisions) {
    const refused = fromVerdict(requestTransition(at, decision.status)) ?? decisionConditions(doc, decision)
    if (refused !== null) return refused
    at = decision.status
  }
  return doc.status === at ? null : refusal('status-past-niet-bij-besluiten', `status ${doc.status}, decisions end in ${at}`)
}
