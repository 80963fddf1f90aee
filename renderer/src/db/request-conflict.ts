// RxDB calls this when the server answers a push of a request with a different master state. RxDB's
// default keeps the master and drops this PC's version: a decision taken here on top of a decision that
// another PC had also taken (two PCs putting a request on the waiting list: R20 counts them as one, the
// first named) was then lost without a word — this PC's approval after its own waiting-list decision
// vanished (found by the convergence soak). So: when the server's decisions are, state by state, the
// start of this PC's, the server's are kept (with their deciders) and this PC's further decisions are
// added after them and pushed again, to be judged by the server as any decision is. When they part (a
// different decision on the same state), the server has told this PC in a notice (first-decision-wins.ts)
// and its state stands.
import { defaultConflictHandler, type RxConflictHandler, type WithDeleted } from 'rxdb'
import type { Request } from '../../../shared/domain'
import { appendDecision } from '../features/requests/request-decision'
import { takeRefused } from './refused-changes'

export type ReplicatedRequest = WithDeleted<Request>

/** The state both sides settle on: the server's, plus this PC's decisions that came after it. */
export function resolveRequest(master: ReplicatedRequest, local: ReplicatedRequest): ReplicatedRequest {
  if (master._deleted || local._deleted) return master
  const kept = master.decisions, mine = local.decisions
  if (mine.length <= kept.length) return master
  if (kept.some((decision, i) => decision.status !== mine[i]!.status)) return master
  return mine.slice(kept.length).reduce((request, decision) => appendDecision(request, decision), master)
}

export function createRequestConflictHandler(): RxConflictHandler<Request> {
  return {
    isEqual: defaultConflictHandler.isEqual,
    resolve: async ({ realMasterState, newDocumentState }) => {
      // A decision the server refused is not pushed again (refused-changes.ts): the server wrote a notice for it.
      if (takeRefused('requests', realMasterState.id)) return realMasterState
      return resolveRequest(realMasterState, newDocumentState)
    },
  }
}
