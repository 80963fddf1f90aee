// F6: one sheet per location and study day (id signupSheetId, so two PCs opening "the same" sheet
// meet on one id). Closing it is final: customer service processes closed sheets, so once the
// server has it closed it never opens again, is not deleted, and who closed it and when stay as
// they were. A second PC that closed the same sheet offline is told whose closing stands. A closed
// sheet records who closed it (the author the permission check judges); an open one records nobody.
import { signupSheetId, type SignupSheet } from '../../../shared/domain'
import { sameDocument } from '../same-document'
import type { DocumentCheck } from './check'
import { lostTo, refusal } from './refusal'

export const sheetOfItsDay: DocumentCheck<SignupSheet> = ({ doc }) => {
  const expected = signupSheetId(doc.locationId, doc.date)
  if (doc.id !== expected) return refusal('ongeldig-nummer', `sheet ${doc.id} should be ${expected}`)
  const records = doc.closedBy !== undefined || doc.closedAt !== undefined
  const complete = doc.closedBy !== undefined && doc.closedAt !== undefined
  if (doc.status === 'gesloten' && !complete) return refusal('ongeldig-document', 'a closed sheet records closedBy and closedAt')
  if (doc.status === 'open' && records) return refusal('ongeldig-document', 'an open sheet records no closedBy or closedAt')
  return null
}

export const closedSheetStaysClosed: DocumentCheck<SignupSheet> = ({ doc, stored }) => {
  if (stored === undefined || stored._deleted || stored.status !== 'gesloten' || sameDocument(doc, stored)) return null
  const kept = !doc._deleted && doc.status === 'gesloten' && doc.closedBy === stored.closedBy && doc.closedAt === stored.closedAt
  return kept ? null : lostTo('lijst-gesloten', { by: stored.closedBy, at: stored.closedAt }, `closed by ${String(stored.closedBy)}`)
}
