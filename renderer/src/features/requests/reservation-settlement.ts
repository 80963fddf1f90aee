// R20 for the balance a request holds: the ledger entry a decision adds beside its reservation
// `gereserveerd:<id>`. Approved: the reservation is made final (`besteed:<id>`). Ended without care
// (`afgekeurd`, `verwijderd`): it is released (`vrijgegeven:<id>`). Cancelled after approval
// (`geannuleerd`): the spent amount comes back as a credit (`teruggeboekt:<id>`), because a release
// no longer counts once the reservation was spent (ledgerBalance); a Q-block's hours come back only
// when cancelled in time (R7, R13). A waiting list keeps the hours held. Ids are deterministic, so
// two PCs settling the same decision meet on one entry. Pure: the approval queue (F4) calls it too.
import type { LedgerEntry, Request, RequestStatus } from '../../../../shared/domain'
import { ledgerIds } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { canCancelQBlock, defaultValidUntil } from '../../../../shared/rules'

export interface SettlementInput {
  /** The request as it was before the decision. */
  request: Pick<Request, 'id' | 'kind' | 'date' | 'status'>
  to: RequestStatus
  /** The request's reservation, if it holds one. */
  reservation: LedgerEntry | null
  by: string
  device: string
  at: Date
}

export function settleReservation(a: SettlementInput): LedgerEntry | null {
  const held = a.reservation
  if (held === null || held.kind !== 'gereserveerd' || held.sourceId !== a.request.id) return null
  const day = amsterdamDate(a.at)
  const base = {
    childId: held.childId, locationId: held.locationId, unit: held.unit,
    ...(held.careType !== undefined ? { careType: held.careType } : {}),
    amount: held.amount, date: day, sourceId: a.request.id, by: a.by, device: a.device, at: a.at.toISOString(),
  }
  switch (a.to) {
    case 'goedgekeurd':
      return { ...base, id: ledgerIds.spent(a.request.id), kind: 'besteed' }
    case 'afgekeurd':
    case 'verwijderd':
      return { ...base, id: ledgerIds.release(a.request.id), kind: 'vrijgegeven' }
    case 'geannuleerd': {
      // Only an approved request is cancelled (R20); it spent what it held.
      if (a.request.status !== 'goedgekeurd') return null
      if (a.request.kind === 'Q-blok' && !canCancelQBlock({ date: a.request.date, today: day }).ok) return null
      // Valid as credit earned on the day the hours were reserved (R8, R14): at least as long as any hour it gives back.
      const validUntil = defaultValidUntil(held.unit, held.date)
      return { ...base, id: ledgerIds.refund(a.request.id), kind: 'teruggeboekt', ...(validUntil !== null ? { validUntil } : {}) }
    }
    default:
      return null
  }
}
