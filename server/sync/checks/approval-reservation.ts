// R20 at the moment of approval: a request paid from a balance (swap hours, holiday days, flexible
// hours) is approved only while the server holds its reservation `gereserveerd:<id>`. Two PCs that
// spent the same hours offline both push an `ingediend` request; the server refuses the second
// reservation (reservation-cover.ts) but not the request, so without this check that request could
// still be approved as care paid with hours that are not there. The request itself is never refused
// for a missing reservation: each collection is pushed on its own, so a request may arrive first.
// For the same reason an approval of a request the server does not hold yet (submitted and decided
// at once offline, pushed as one new document) is let through: its reservation may still be on its
// way, and reservation-cover.ts judges it when it comes.
import { ledgerIds, type Request } from '../../../shared/domain'
import { paidFromBalance } from '../../../shared/rules'
import type { PictureCheck } from './check'
import { refusal } from './refusal'

function isApproval(decision: unknown): boolean {
  return typeof decision === 'object' && decision !== null && (decision as Record<string, unknown>).status === 'goedgekeurd'
}

export const approvalHasReservation: PictureCheck<Request> = async ({ doc, stored }, picture) => {
  if (doc._deleted || stored === undefined || !paidFromBalance(doc)) return null
  const kept: unknown[] = Array.isArray(stored.decisions) ? stored.decisions : []
  // Only an approval this push adds: a retry, or a request approved before, is not judged again.
  if (kept.some(isApproval) || !doc.decisions.some((d) => d.status === 'goedgekeurd')) return null
  const reservationId = ledgerIds.reservation(doc.id)
  const held = (await picture.ledgerOfChild(doc.childId)).some((e) => e.id === reservationId && e.kind === 'gereserveerd')
  return held ? null : refusal('geen-reservering', `${reservationId} is not stored`)
}
