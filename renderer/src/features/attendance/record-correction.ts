// The commands behind `Corrigeren` (R12): store the correction facts locally and return at once.
// A correction already there (another PC corrected the same absence or entry version first) stands;
// this PC then changes nothing and says so.
import type { RxCollection } from 'rxdb'
import type { AttendanceDay, JournalEntry, LedgerEntry } from '../../../../shared/domain'
import { attendanceDayId } from '../../../../shared/domain'
import type { AbsenceCorrection } from './absence-correction'
import { correctEntry, withEntry, type EntryCorrectionError, type EntryCorrectionInput } from './entry-correction'
import { insertFact } from './insert-fact'

export type CorrectionOutcome =
  | { ok: true }
  | { ok: false; code: EntryCorrectionError | 'afwezigheid-definitief' | 'al-gecorrigeerd' | 'geen-lijst' }

export async function recordAbsenceCorrection(
  db: { journal: RxCollection<JournalEntry>; ledger: RxCollection<LedgerEntry> }, correction: Extract<AbsenceCorrection, { ok: true }>,
): Promise<CorrectionOutcome> {
  if (!(await insertFact(db.journal, correction.journal))) return { ok: false, code: 'al-gecorrigeerd' }
  if (correction.undo) await insertFact(db.ledger, correction.undo)
  return { ok: true }
}

export async function recordEntryCorrection(
  db: { journal: RxCollection<JournalEntry>; attendance: RxCollection<AttendanceDay> },
  input: Omit<EntryCorrectionInput, 'day'> & { date: string; groupId: string },
): Promise<CorrectionOutcome> {
  const doc = await db.attendance.findOne(attendanceDayId(input.date, input.groupId)).exec()
  if (!doc) return { ok: false, code: 'geen-lijst' }
  const result = correctEntry({ ...input, day: doc.toMutableJSON() })
  if (!result.ok) return result
  if (!(await insertFact(db.journal, result.journal))) return { ok: false, code: 'al-gecorrigeerd' }
  // Applied to the latest state of the day: a replicated change that arrived meanwhile is not undone.
  await doc.incrementalModify((day) => {
    const again = correctEntry({ ...input, day })
    return again.ok ? withEntry(day, again.entry, again.entry.at) : day
  })
  return { ok: true }
}
