// The ledger as the demo writes it, with balances computed by the rules themselves
// (shared/rules ledgerBalance), so that what the demo earns and spends is what the app would allow.
import type { CareType, LedgerUnit } from '../../domain/enums'
import type { LedgerEntry } from '../../domain/types'
import { ledgerBalance, type LedgerBalance } from '../../rules'

export class LedgerBook {
  readonly entries: LedgerEntry[] = []
  private readonly byChild = new Map<string, LedgerEntry[]>()

  add(entry: LedgerEntry): void {
    this.entries.push(entry)
    const list = this.byChild.get(entry.childId)
    if (list) list.push(entry)
    else this.byChild.set(entry.childId, [entry])
  }

  /**
   * The balance on `date`. The demo writes the ledger in date order, so every entry it holds is
   * dated on or before the day asked about: the balance is the one the server would have computed then.
   */
  balance(childId: string, unit: LedgerUnit, careType: CareType | undefined, date: string): LedgerBalance {
    return ledgerBalance({ entries: this.byChild.get(childId) ?? [], unit, careType: unit === 'ruiluren' ? careType : undefined, today: date })
  }
}
