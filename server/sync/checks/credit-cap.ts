// R16 (and R6) on the server: swap hours added by hand (`handmatig`) or earned by an absence
// (`opgebouwd`) may not take the child's balance for that care type past its cap; what would is
// refused "maximum bereikt" (shared/rules manualCredit). The balance is the child's whole stored
// ledger (this push's earlier rows included) on the day of the credit, as the PC measured it
// (capBalance: valid plus reserved). The cap follows the child's placement of that care type
// (shared/rules contractOn: a BSO `52-weken` contract has the higher cap; without one, the lower cap).
import type { LedgerEntry, LedgerKind } from '../../../shared/domain'
import { contractOn, ledgerBalance, manualCredit, swapHoursCap } from '../../../shared/rules'
import type { PictureCheck } from './check'
import { fromVerdict } from './refusal'

const cappedKinds: readonly LedgerKind[] = ['handmatig', 'opgebouwd']

export const creditWithinCap: PictureCheck<LedgerEntry> = async ({ doc, stored }, picture) => {
  // A stored credit is a retry (or refused already by appendOnly); a deletion adds nothing.
  if (stored !== undefined || doc._deleted || doc.unit !== 'ruiluren' || !cappedKinds.includes(doc.kind)) return null
  const careType = doc.careType
  if (careType === undefined) return null // the schema requires it for swap hours
  const contract = contractOn(await picture.child(doc.childId), careType, doc.date)
  const others = (await picture.ledgerOfChild(doc.childId)).filter((e) => e.id !== doc.id)
  const { capBalance } = ledgerBalance({ entries: others, unit: 'ruiluren', careType, today: doc.date })
  return fromVerdict(manualCredit({ balance: capBalance, cap: swapHoursCap(careType, contract), amount: doc.amount }))
}
