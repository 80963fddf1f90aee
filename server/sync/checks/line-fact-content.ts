// F6: what a fact about a sign-up line must say by itself. A withdrawal and a rejection carry the
// reason the location (or customer service) reads; a processed line says how it is billed:
// on invoice, with its invoice date (R15, which the picture check compares with the line's date),
// or included. Facts about a line are never deleted: a tombstone on a line's one decision id would
// block the real decision for good.
import type { JournalEntry } from '../../../shared/domain'
import { requireReason } from '../../../shared/rules'
import type { DocumentCheck } from './check'
import { lineFactId } from './one-fact-per-line'
import { fromVerdict, refusal } from './refusal'

export const lineFactComplete: DocumentCheck<JournalEntry> = ({ doc }) => {
  if (lineFactId(doc) === null) return null
  if (doc._deleted) return refusal('alleen-toevoegen', `${doc.kind} deleted`)
  if (doc.kind !== 'verwerkt') return fromVerdict(requireReason(doc.reason))
  const { billing, invoiceDate } = doc.data ?? {}
  if (billing === 'factuur') return typeof invoiceDate === 'string' ? null : refusal('ongeldige-verwerking', 'factuur without invoiceDate')
  if (billing === 'inclusief') return invoiceDate === undefined ? null : refusal('ongeldige-verwerking', 'inclusief with an invoiceDate')
  return refusal('ongeldige-verwerking', `billing ${JSON.stringify(billing)}`)
}
