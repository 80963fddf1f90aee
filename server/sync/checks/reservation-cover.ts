// R20: swap hours (or holiday days, or flexible hours) are reserved when a request is submitted, and
// the server refuses a reservation that the valid balance does not cover: two PCs that spent the
// same hours offline cannot both succeed. Judged with canReserve (shared/rules) over the child's
// whole stored ledger in that unit (and care type, for swap hours), on the day the reservation was
// made (its `date`, SPEC §4: not the day it reached the server). Runs inside the writing transaction,
// which holds the counter lock, so no other push can change that ledger before this one commits.
import type { LedgerEntry } from '../../../shared/domain'
import { canReserve } from '../../../shared/rules'
import type { PictureCheck } from './check'
import { fromVerdict } from './refusal'

export const reservationCovered: PictureCheck<LedgerEntry> = async ({ doc, stored }, picture) => {
  // A stored reservation is a retry (or was refused already by appendOnly); a deletion reserves nothing.
  if (doc.kind !== 'gereserveerd' || stored !== undefined || doc._deleted) return null
  const others = (await picture.ledgerOfChild(doc.childId)).filter((e) => e.id !== doc.id)
  return fromVerdict(canReserve({
    entries: others, amount: doc.amount, unit: doc.unit, today: doc.date,
    ...(doc.unit === 'ruiluren' && doc.careType !== undefined ? { careType: doc.careType } : {}),
  }))
}
