// R20 after a race: two PCs spent the same swap hours offline, the server kept one reservation and
// refused the other (the refused one is gone from this PC's ledger). The request of the refused
// reservation still waits, paid from a balance it holds nothing of: it must not be approved as it
// is (the server refuses that too, server/sync/checks/approval-reservation.ts), only paid otherwise
// (a new request) or rejected. Which payments hold a balance is shared with the server (paidFromBalance).
import type { LedgerEntry, Request } from '../../../../shared/domain'
import { ledgerIds } from '../../../../shared/domain'
import { paidFromBalance } from '../../../../shared/rules'

/** An open request paid from a balance with no reservation among `ledger` (the child's entries on this PC). */
export function reservationMissing(
  request: Pick<Request, 'id' | 'status' | 'payment' | 'flexHours'>, ledger: readonly Pick<LedgerEntry, 'id' | 'kind'>[],
): boolean {
  if (request.status !== 'ingediend' && request.status !== 'wachtlijst') return false
  if (!paidFromBalance(request)) return false
  const id = ledgerIds.reservation(request.id)
  return !ledger.some((e) => e.id === id && e.kind === 'gereserveerd')
}

/** Which `request.noReservation.*` message names the balance: flexible hours with invoice hold flexible hours. */
export function missingReservationKey(payment: Request['payment']): 'request.noReservation.ruiluren' | 'request.noReservation.vakantietegoed' | 'request.noReservation.flexuren' {
  if (payment === 'vakantietegoed') return 'request.noReservation.vakantietegoed'
  return payment === 'flexuren' || payment === 'flexuren+factuur' ? 'request.noReservation.flexuren' : 'request.noReservation.ruiluren'
}
