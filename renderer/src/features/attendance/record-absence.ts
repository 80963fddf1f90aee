// The command behind `Afwezig melden`: stores what absenceReport decided, locally, and returns at
// once (the replication takes it to the server). An absence already there (the same report taken on
// another PC that synced first) stands, and so does its credit: this PC then books no credit of its
// own for it, so one absence never earns twice.
import type { RxCollection } from 'rxdb'
import type { Absence, LedgerEntry } from '../../../../shared/domain'
import { ledgerIds } from '../../../../shared/domain'
import { insertFact } from './insert-fact'

export interface AbsenceWrite {
  absences: readonly Absence[]
  credits: readonly LedgerEntry[]
}

export interface AbsenceWritten {
  /** Absence ids stored by this call. */
  recorded: string[]
  /** Absence ids that were there already. */
  existing: string[]
  /** Credit ids stored by this call. */
  credited: string[]
}

export async function recordAbsence(
  db: { absences: RxCollection<Absence>; ledger: RxCollection<LedgerEntry> }, write: AbsenceWrite,
): Promise<AbsenceWritten> {
  const out: AbsenceWritten = { recorded: [], existing: [], credited: [] }
  for (const absence of write.absences) {
    const stored = await insertFact(db.absences, absence)
    ;(stored ? out.recorded : out.existing).push(absence.id)
    if (!stored) continue
    const credit = write.credits.find((c) => c.id === ledgerIds.earnedFromAbsence(absence.id))
    if (credit && (await insertFact(db.ledger, credit))) out.credited.push(credit.id)
  }
  return out
}
