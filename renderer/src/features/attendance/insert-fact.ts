// Facts are append-only with deterministic ids (DESIGN §4): inserting one that is already there (the
// replication brought the same fact from another PC, or a double click) is no error, the stored one
// stands. RxDB reports that as a CONFLICT.
import type { RxCollection } from 'rxdb'

export function isConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'CONFLICT'
}

/** Inserts the fact; false when a fact with that id was there already (and is kept as it is). */
export async function insertFact<T extends { id: string }>(collection: RxCollection<T>, fact: T): Promise<boolean> {
  try {
    await collection.insert(fact)
    return true
  } catch (error) {
    if (isConflict(error)) return false
    throw error
  }
}
