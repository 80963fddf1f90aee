// F6, on the stored picture: a withdrawal or decision is about a line of its own location, and the
// two end a line in opposite ways, so whichever reaches the server first stands and the other is
// told whose fact won (a location withdrawing while customer service processes the same line).
// A decision needs the line stored and its sheet closed: customer service only ever sees lines of
// closed sheets from the server. A withdrawal may arrive before its line does (a PC pushes each
// collection on its own, and staff may withdraw a line signed offline before it synced), so an
// unknown line is no reason to refuse it: its author's location was checked, and the location it
// names must be the line's once the line is there. A processed line on invoice carries R15's date.
import { lineDecisionId, lineWithdrawalId, type JournalEntry } from '../../../shared/domain'
import { invoiceDate } from '../../../shared/rules'
import { sameDocument } from '../same-document'
import type { PictureCheck } from './check'
import { lineFactId } from './one-fact-per-line'
import { lostTo, refusal } from './refusal'

export const lineFactFitsLine: PictureCheck<JournalEntry> = async ({ doc, stored }, picture) => {
  if (lineFactId(doc) === null || doc._deleted) return null
  // A retry of a stored fact changes nothing, whatever happened to the line since.
  if (stored !== undefined && sameDocument(doc, stored)) return null
  const lineId = doc.targetId
  const line = await picture.signupLine(lineId)
  if (line !== null && line.locationId !== doc.locationId) {
    return refusal('inschrijving-andere-locatie', `line ${lineId} is of ${line.locationId}, not ${doc.locationId}`)
  }

  if (doc.kind === 'intrekking') {
    const decision = await picture.journalFact(lineDecisionId(lineId))
    return decision === null ? null : lostTo('al-verwerkt', decision, `${decision.kind} ${decision.id}`)
  }

  if (line === null) return refusal('onbekende-inschrijving', lineId)
  const sheet = await picture.signupSheet(line.sheetId)
  if (sheet?.status !== 'gesloten') return refusal('lijst-niet-gesloten', `sheet ${line.sheetId} is ${sheet?.status ?? 'not stored'}`)
  const withdrawal = await picture.journalFact(lineWithdrawalId(lineId))
  if (withdrawal !== null) return lostTo('ingetrokken', withdrawal, withdrawal.id)
  if (doc.kind === 'verwerkt' && doc.data?.billing === 'factuur') {
    const expected = invoiceDate(line.date)
    if (doc.data.invoiceDate !== expected) return refusal('verkeerde-factuurdatum', `${String(doc.data.invoiceDate)} should be ${expected}`)
  }
  return null
}
