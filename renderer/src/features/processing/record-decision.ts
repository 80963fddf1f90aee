// Storing customer service's decisions on this PC. Idempotent (F6): a line that has a decision here
// already (taken on this PC, or replicated in from another customer-service PC) keeps it, and the
// caller is shown that one instead of an error. Two PCs deciding offline write the same id; the
// server keeps the first to arrive and the other PC settles on it (and gets a notice).
import type { RxCollection } from 'rxdb'
import type { JournalEntry } from '../../../../shared/domain'
import { isConflict } from '../attendance/insert-fact'
import { LocalStoreError } from '../../db/local-store-error'

export type DecisionOutcome =
  | { stored: true; decision: JournalEntry }
  /** A decision with this id was there already: it stands, and this is it. */
  | { stored: false; decision: JournalEntry }

export async function recordDecision(journal: RxCollection<JournalEntry>, decision: JournalEntry): Promise<DecisionOutcome> {
  const existing = await journal.findOne(decision.id).exec()
  if (existing) return { stored: false, decision: existing.toMutableJSON() }
  try {
    await journal.insert(decision)
    return { stored: true, decision }
  } catch (error) {
    if (!isConflict(error)) throw error
    // Taken between the look-up and the insert (a replicated decision, a second click).
    const taken = await journal.findOne(decision.id).exec()
    if (!taken) throw error
    return { stored: false, decision: taken.toMutableJSON() }
  }
}

export interface DecisionsRecorded {
  /** Ids stored by this call. */
  stored: string[]
  /** Ids that had a decision already (kept as it was). */
  existing: string[]
}

/** Decisions per bulk write: small enough for the progress to move, large enough to stay quick. */
const CHUNK = 10

/**
 * `Alles verwerken`: the decisions in a few bulk writes, reporting progress after each. A write that
 * meets a decision already there (409) leaves it standing; any other refusal fails the call.
 */
export async function recordDecisions(
  journal: RxCollection<JournalEntry>, decisions: readonly JournalEntry[], onProgress: (done: number, total: number) => void = () => undefined,
): Promise<DecisionsRecorded> {
  const out: DecisionsRecorded = { stored: [], existing: [] }
  const total = decisions.length
  onProgress(0, total)
  for (let i = 0; i < total; i += CHUNK) {
    const chunk = decisions.slice(i, i + CHUNK)
    const there = await journal.findByIds(chunk.map((d) => d.id)).exec()
    const fresh = chunk.filter((d) => !there.has(d.id))
    out.existing.push(...chunk.filter((d) => there.has(d.id)).map((d) => d.id))
    if (fresh.length > 0) {
      const result = await journal.bulkInsert(fresh)
      for (const doc of result.success) out.stored.push(doc.primary)
      const failed = result.error.find((e) => e.status !== 409)
      if (failed) throw new LocalStoreError(`beslissing ${failed.documentId} niet opgeslagen (${failed.status})`)
      out.existing.push(...result.error.map((e) => e.documentId))
    }
    onProgress(Math.min(i + chunk.length, total), total)
  }
  return out
}
