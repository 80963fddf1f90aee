// R20: two different decisions taken on the same state (on two PCs) conflict, and the first to
// reach the server wins. The state graph has no cycles, so "the decision on state X" is one entry
// in the request's decision list: the pushed list and the stored list are compared entry by entry,
// and where they part, decideRequest (shared/rules) judges the pushed decision against the stored
// request. The loser is told who won and when.
import { isDocument, type Request } from '../../../shared/domain'
import { decideRequest, decisionSteps } from '../../../shared/rules'
import type { SyncDoc } from '../../../shared/sync'
import { sameDocument } from '../same-document'
import { withoutReplicationFields } from '../replication-fields'
import type { DocumentCheck } from './check'
import { fromVerdict, refusal } from './refusal'

/** The PC did not know the stored state: compare-and-set answers it with a conflict, no refusal needed. */
function isStale(stored: SyncDoc, assumed: SyncDoc | undefined): boolean {
  return assumed === undefined || !sameDocument(withoutReplicationFields(assumed), stored)
}

export const firstDecisionWins: DocumentCheck<Request> = ({ doc, stored, assumed }) => {
  // A stored request that does not pass its schema (older data) cannot be compared entry by entry.
  if (stored === undefined || !isDocument('requests', stored)) return null
  const steps = decisionSteps(doc.decisions)
  const kept = stored.decisions
  for (const [i, step] of steps.entries()) {
    const theirs = kept[i]
    if (theirs === undefined) break // new decisions after the stored ones: decisionPath judged them
    if (theirs.status === step.to) continue // the same decision (a retry, or two PCs agreeing)
    const verdict = decideRequest(stored as Request, step)
    if (verdict.ok) continue
    if (verdict.code !== 'besluit-conflict') return fromVerdict(verdict)
    return { kind: 'conflict', code: verdict.code, message: verdict.message, winner: { by: theirs.by, at: theirs.at } }
  }
  // Fewer decisions than stored: a PC that is behind (compare-and-set sends it the stored request),
  // or one that claims to know the stored request and drops a decision from its history.
  if (steps.length < kept.length && !isStale(stored, assumed)) return refusal('besluit-gewist')
  return null
}
