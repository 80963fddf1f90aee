// Facts are append-only (DESIGN §4): an absence report (R12: final for the parent; staff correct it
// with a journal 'correctie'), a ledger movement, a signed sign-up line (withdrawn by a journal
// 'intrekking', never edited) and the journal itself. Once stored, only an identical retry passes.
// Study days are facts too, but a study day entered by mistake or cancelled by the school has no
// journal fact to undo it, so it may be deleted (and entered again later); never edited.
// Facts with a natural key meet on one id (DESIGN §4): a PC that creates one another PC stored first
// (it pushes no assumed state) is told that the other one's entry stands.
import { sameDocument } from '../same-document'
import type { SyncDoc } from '../../../shared/sync'
import type { DocumentCheck } from './check'
import { refusal } from './refusal'

function sameContent(a: SyncDoc, b: SyncDoc): boolean {
  return sameDocument({ ...a, _deleted: false }, { ...b, _deleted: false })
}

function changed(assumed: SyncDoc | undefined) {
  return refusal(assumed === undefined ? 'al-vastgelegd' : 'alleen-toevoegen')
}

export const appendOnly: DocumentCheck = ({ doc, stored, assumed }) => {
  if (stored === undefined || sameDocument(doc, stored)) return null
  return changed(assumed)
}

export const appendOnlyButDeletable: DocumentCheck = ({ doc, stored, assumed }) => {
  if (stored === undefined || sameDocument(doc, stored)) return null
  if (stored._deleted) return null // entered again after a deletion
  if (doc._deleted && sameContent(doc, stored)) return null
  return changed(assumed)
}
