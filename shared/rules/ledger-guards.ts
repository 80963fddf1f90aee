// R16, R20: what may be added to or taken from a balance.
import type { CareType, LedgerUnit } from '../domain/enums'
import { isDateString } from '../calendar'
import { ledgerBalance, type LedgerEntryInput } from './ledger-balance'
import { allow, refuse, type Verdict } from './verdict'

const epsilon = 1e-9

/**
 * R20: a reservation stands only when today's valid balance covers it. The server runs this on the
 * whole ledger, so two PCs that spent the same hours offline cannot both succeed.
 */
export function canReserve(a: { entries: readonly LedgerEntryInput[]; amount: number; unit?: LedgerUnit; careType?: CareType; today: string }): Verdict {
  if (!(a.amount > 0)) return refuse('ongeldig-aantal')
  if (!isDateString(a.today)) return refuse('ongeldige-datum')
  const { valid } = ledgerBalance({ entries: a.entries, unit: a.unit ?? 'ruiluren', careType: a.careType, today: a.today })
  return valid + epsilon >= a.amount ? allow() : refuse('onvoldoende-tegoed')
}

/** R16: `Tegoed toevoegen` respects the cap; what would pass it is refused ("maximum bereikt"). */
export function manualCredit(a: { balance: number; cap: number; amount: number }): Verdict {
  if (!(a.amount > 0)) return refuse('ongeldig-aantal')
  return a.balance + a.amount <= a.cap + epsilon ? allow() : refuse('maximum-bereikt')
}

/** How much can still be added before the cap (R6, R16), for the UI's "nog x uur". */
export function creditRoom(a: { balance: number; cap: number }): number {
  return Math.max(0, a.cap - a.balance)
}
