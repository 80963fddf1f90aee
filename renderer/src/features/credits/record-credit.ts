// Stores a credit (Tegoed toevoegen, Qflexibel ophogen) in the local database and returns at once:
// the replication takes it to the server, which checks the cap (R16) and the date (R14) again and
// answers a refusal with a notice. Ledger entries are append-only facts (DESIGN §4).
import type { RxCollection } from 'rxdb'
import type { LedgerEntry } from '../../../../shared/domain'
import { insertFact } from '../attendance/insert-fact'

export async function recordCredit(ledger: RxCollection<LedgerEntry>, entry: LedgerEntry): Promise<void> {
  await insertFact(ledger, entry)
}
