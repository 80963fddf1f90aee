// Customer service's one decision on a sign-up line (F6) as the journal fact it is stored as: one id
// per line (lineDecisionId) whichever the decision and whichever PC takes it, so a line never becomes
// two bookings. `verwerkt` carries the billing booked and, on invoice, the invoice date (R15).
import type { JournalEntry, SignupLine } from '../../../../shared/domain'
import { lineDecisionId } from '../../../../shared/domain'
import { invoiceDate, type StudyDayBilling } from '../../../../shared/rules'

/** Who decides, on which PC, when (server-corrected clock, ISO). */
export interface DecisionActor {
  by: string
  device: string
  at: string
}

type DecidedLine = Pick<SignupLine, 'id' | 'locationId' | 'date'>

/** The journal schema's limit for a reason. */
const MAX_REASON = 2000

export function processedDecision(line: DecidedLine, billing: StudyDayBilling, who: DecisionActor): JournalEntry {
  return {
    id: lineDecisionId(line.id),
    kind: 'verwerkt',
    locationId: line.locationId,
    targetId: line.id,
    date: line.date,
    data: billing === 'factuur' ? { billing, invoiceDate: invoiceDate(line.date) } : { billing },
    ...who,
  }
}

/** null when there is no reason: the location sees why its line was rejected, so one is required. */
export function rejectedDecision(line: DecidedLine, reason: string, who: DecisionActor): JournalEntry | null {
  const text = reason.trim()
  if (text === '' || text.length > MAX_REASON) return null
  return {
    id: lineDecisionId(line.id),
    kind: 'afgewezen',
    locationId: line.locationId,
    targetId: line.id,
    date: line.date,
    reason: text,
    ...who,
  }
}
