// The commands of Studiedagen (F9): enter one day, import a school's list in one bulk write, delete a
// day entered by mistake. Local first, like every fact (the replication takes it to the server); a
// study day's id is its school and date (studyDayId), so the same day entered on two PCs meets on one
// document, and the one stored first stands (insert-fact.ts).
import type { RxCollection } from 'rxdb'
import type { School, StudyDay, StudyDayKind } from '../../../../shared/domain'
import { studyDayId } from '../../../../shared/domain'
import { insertFact, isConflict } from '../attendance/insert-fact'
import { LocalStoreError } from '../../db/local-store-error'

export interface StudyDayAuthor {
  /** The signed-in staff member. */
  by: string
  /** This PC's device id. */
  device: string
  /** Now on the server's clock (ISO, UTC). */
  at: string
}

export function studyDayFact(school: School, day: { date: string; kind: StudyDayKind }, author: StudyDayAuthor): StudyDay {
  return {
    id: studyDayId(school.id, day.date), schoolId: school.id, schoolName: school.name, date: day.date, kind: day.kind,
    by: author.by, device: author.device, at: author.at,
  }
}

/** Stores the day; false when that school's day was there already (and stays as it was). */
export async function addStudyDay(collection: RxCollection<StudyDay>, fact: StudyDay): Promise<boolean> {
  return insertFact(collection, fact)
}

export interface ImportOutcome {
  /** Ids stored by this import. */
  imported: string[]
  /** Ids another PC (or a colleague here) stored between the preview and the import. */
  existing: string[]
}

/** One bulk write for the whole list. A day that meets a stored one is no failure; any other refusal is. */
export async function importStudyDays(collection: RxCollection<StudyDay>, facts: readonly StudyDay[]): Promise<ImportOutcome> {
  if (facts.length === 0) return { imported: [], existing: [] }
  const result = await collection.bulkInsert([...facts])
  const failed = result.error.filter((e) => e.status !== 409)
  if (failed.length > 0) throw new LocalStoreError(`studiedag ${failed[0]!.documentId} niet opgeslagen (${failed[0]!.status})`)
  return { imported: result.success.map((d) => d.primary), existing: result.error.map((e) => e.documentId) }
}

/**
 * Deletes the day (a soft delete the server allows for study days only: append-only otherwise). The
 * document keeps who entered it; false when it was gone already (deleted on another PC).
 */
export async function removeStudyDay(collection: RxCollection<StudyDay>, id: string): Promise<boolean> {
  const doc = await collection.findOne(id).exec()
  if (!doc) return false
  try {
    await doc.remove()
    return true
  } catch (error) {
    if (isConflict(error)) return false
    throw error
  }
}
