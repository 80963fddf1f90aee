// F6: a sign-up line gets at most one decision by customer service (verwerkt or afgewezen) and one
// withdrawal by its location, whichever PC takes it. Both take their id from the line
// (lineDecisionId, lineWithdrawalId), so two PCs that act on the same line offline meet on one id
// at the server, and append-only keeps the first: a line never becomes two bookings, nor a booking
// and a rejection. An id of another shape would slip past that, so it is refused.
import { lineDecisionId, lineWithdrawalId, type JournalEntry } from '../../../shared/domain'
import { sameDocument } from '../same-document'
import type { DocumentCheck } from './check'
import { lostTo, refusal } from './refusal'

/** The id a fact about a sign-up line must have; null for journal kinds that are not about a line. */
export function lineFactId(entry: Pick<JournalEntry, 'kind' | 'targetId'>): string | null {
  switch (entry.kind) {
    case 'verwerkt':
    case 'afgewezen':
      return lineDecisionId(entry.targetId)
    case 'intrekking':
      return lineWithdrawalId(entry.targetId)
    default:
      return null
  }
}

export const lineFactHasLineId: DocumentCheck<JournalEntry> = ({ doc }) => {
  const expected = lineFactId(doc)
  return expected === null || doc.id === expected ? null : refusal('ongeldig-nummer', `${doc.kind} ${doc.id} should be ${expected}`)
}

/**
 * The second PC's decision (or withdrawal) meets the first one's on its id. It did not know the
 * stored fact (no assumed state), so it lost a race rather than editing a fact: it is told whose
 * fact stands. A PC that knew the stored fact and changes it anyway is append-only's to refuse.
 */
export const firstLineFactStands: DocumentCheck<JournalEntry> = ({ doc, stored, assumed }) => {
  if (lineFactId(doc) === null || stored === undefined || stored._deleted || assumed !== undefined) return null
  if (sameDocument(doc, stored)) return null
  return lostTo('al-vastgelegd', stored, `${String(stored.kind)} by ${String(stored.by)} stands`)
}
