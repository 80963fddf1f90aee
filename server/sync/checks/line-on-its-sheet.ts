// F6: a sign-up line belongs to the one sheet of its location and date (signupSheetId), so that a
// line can never sit on another day's or another location's sheet. Nothing else about the sheet is
// asked: a parent who signed on a PC that was offline while a colleague closed the sheet elsewhere
// has still signed (SPEC §6: never lose it), and the sheet itself may reach the server after its
// lines (each collection is pushed on its own). Nor is the line's billing compared with today's
// picture: placements change between signing offline and syncing, and customer service sees the
// line's billing next to the current one and decides.
import { signupSheetId, type SignupLine } from '../../../shared/domain'
import type { DocumentCheck } from './check'
import { refusal } from './refusal'

export const lineOnItsSheet: DocumentCheck<SignupLine> = ({ doc }) => {
  const expected = signupSheetId(doc.locationId, doc.date)
  return doc.sheetId === expected ? null : refusal('ongeldig-nummer', `line ${doc.id} names sheet ${doc.sheetId}, should be ${expected}`)
}
