// R20 for the balance a request held: the ledger entry a decision writes beside the request
// (reservation-settlement.ts on the PC) must follow the decision that stands on the server. Two PCs
// decide the same request offline: A approves and writes `besteed:<id>`, B rejects and writes
// `vrijgegeven:<id>`. The first decision to reach the server wins (first-decision-wins.ts), but the
// ledger is pushed on its own, so without this check the loser's settlement would still be stored and
// ledgerBalance would count hours as spent for a rejected request (or as free for an approved one).
// A settlement is judged only against a request the server holds: collections push separately, so a
// request may reach the server after its settlement, and then nothing is known to contradict it yet.
// Contradicted means the stored request can no longer lead to that settlement:
// - besteed or teruggeboekt (hours spent, or given back after being spent) for a request that ended
//   without ever being approved (afgekeurd, verwijderd);
// - vrijgegeven (hours released, no care) for a request that was approved (goedgekeurd, or approved
//   and then cancelled: a cancellation gives the hours back as teruggeboekt, never as a release).
// A request that is still open (ingediend, wachtlijst) contradicts nothing: its decision may still come.
import { isFinalStatus } from '../../../shared/rules'
import type { Decision, LedgerEntry, LedgerKind, Request } from '../../../shared/domain'
import type { PictureCheck } from './check'
import { lostTo } from './refusal'

/** The ledger kinds a decision on a request writes (reservation-settlement.ts, shared/domain ids.ts ledgerIds). */
const settlementKinds: readonly LedgerKind[] = ['besteed', 'vrijgegeven', 'teruggeboekt']

export const settlementConflictCode = 'tegoed-volgt-besluit'

/** The request a settlement belongs to: its sourceId, or else the id after the kind's prefix (`besteed:<requestId>`). */
function requestIdOf(entry: Pick<LedgerEntry, 'id' | 'kind' | 'sourceId'>): string | null {
  if (entry.sourceId !== undefined) return entry.sourceId
  const prefix = `${entry.kind}:`
  return entry.id.startsWith(prefix) && entry.id.length > prefix.length ? entry.id.slice(prefix.length) : null
}

/** The stored decision a settlement of `kind` contradicts, or null when the request allows it. */
export function contradictingDecision(kind: LedgerKind, request: Pick<Request, 'status' | 'decisions'>): Decision | null {
  const approval = request.decisions.find((d) => d.status === 'goedgekeurd')
  if (kind === 'vrijgegeven') return approval ?? null
  if (kind !== 'besteed' && kind !== 'teruggeboekt') return null
  if (approval !== undefined || !isFinalStatus(request.status)) return null
  // The decision that ended the request without care; the last one, as nothing follows a final state.
  return request.decisions.findLast((d) => d.status === request.status) ?? null
}

export const settlementFollowsDecision: PictureCheck<LedgerEntry> = async ({ doc, stored }, picture) => {
  // A stored entry is a retry (or an edit appendOnly refused already); a deletion settles nothing.
  if (stored !== undefined || doc._deleted || !settlementKinds.includes(doc.kind)) return null
  const requestId = requestIdOf(doc)
  if (requestId === null) return null
  const request = await picture.request(requestId)
  if (request === null) return null // not stored yet: it may still come, with the decision this settles
  const winner = contradictingDecision(doc.kind, request)
  if (winner === null) return null
  return lostTo(settlementConflictCode, winner, `${doc.id}: request ${requestId} is ${request.status} (${winner.status} by ${winner.by} at ${winner.at})`)
}
