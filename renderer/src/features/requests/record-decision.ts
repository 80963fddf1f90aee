// The command that adds a decision to a stored request (R20) and settles the balance it holds in the
// same step: the reservation made final on approval, released when the request ends without care,
// given back when an approved one is cancelled (reservation-settlement.ts). The decision is judged
// inside RxDB's incremental write, against the newest local state: a decision another PC's replicated
// one beat is refused here, before it is ever pushed. For `Direct goedkeuren`, `Q-blok annuleren`
// and the approval queue (F4).
import type { RxCollection } from 'rxdb'
import type { LedgerEntry, Request } from '../../../../shared/domain'
import { ledgerIds } from '../../../../shared/domain'
import { insertFact } from '../attendance/insert-fact'
import { withDecision, type DecisionInput } from './request-decision'
import { reservationMissing } from './reservation-missing'
import { settleReservation } from './reservation-settlement'

/** A decision the rules refuse: `code` and the Dutch `message` of the shared rules. */
export class DecisionRefusedError extends Error {
  constructor(readonly code: string, message: string) {
    super(message)
    this.name = 'DecisionRefusedError'
  }
}

export interface RecordedDecision {
  request: Request
  /** The ledger entry written beside it (besteed, vrijgegeven, teruggeboekt), or null. */
  settlement: LedgerEntry | null
}

/** R20: the server refuses approving care paid from a balance this request holds nothing of; so does the PC. */
export function assertReservationHeld(request: Request, status: DecisionInput['status'], reservation: LedgerEntry | null): void {
  if (status === 'goedgekeurd' && reservationMissing(request, reservation === null ? [] : [reservation])) {
    throw new DecisionRefusedError('geen-reservering', 'Geen tegoed gereserveerd voor deze aanvraag. Goedkeuren met deze betaling kan niet: kies een andere betaling of keur af.')
  }
}

export async function recordDecision(
  db: { requests: RxCollection<Request>; ledger: RxCollection<LedgerEntry> }, requestId: string, decision: DecisionInput,
): Promise<RecordedDecision> {
  const doc = await db.requests.findOne(requestId).exec()
  if (!doc) throw new DecisionRefusedError('onbekende-aanvraag', 'Deze aanvraag staat niet op deze pc.')
  // Asked first outside the write, so that a refused decision writes nothing at all.
  const first = withDecision(doc.toMutableJSON(), decision)
  if (!first.ok) throw new DecisionRefusedError(first.code, first.message)
  const reservation = (await db.ledger.findOne(ledgerIds.reservation(requestId)).exec())?.toMutableJSON() ?? null
  assertReservationHeld(doc.toMutableJSON(), decision.status, reservation)
  const seen: { before?: Request } = {}
  const written = await doc.incrementalModify((current) => {
    const result = withDecision(current, decision)
    if (!result.ok) throw new DecisionRefusedError(result.code, result.message)
    seen.before = current
    return result.request
  })
  const request = written.toMutableJSON()
  const settlement = seen.before === undefined ? null : settleReservation({
    request: seen.before, to: decision.status, reservation, by: decision.by, device: decision.device, at: decision.at,
  })
  if (settlement !== null) await insertFact(db.ledger, settlement)
  return { request, settlement }
}
