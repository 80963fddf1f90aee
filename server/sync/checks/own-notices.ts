// Notices are per PC (F7): a PC may mark its own read, or record for itself a conflict it lost, but
// never write another PC's notices (or one that names no PC). The stored notice must be its own
// too; when it is another PC's, the answer must not carry it back (conceal).
import type { DocumentCheck } from './check'
import { refusal } from './refusal'

export const ownNotices: DocumentCheck = ({ collection, doc, stored, caller }) => {
  if (caller === null || collection !== 'notices') return null
  if (stored !== undefined && stored.deviceId !== caller.deviceId) return { ...refusal('andere-pc', 'stored notice'), conceal: true }
  return doc.deviceId === caller.deviceId ? null : refusal('andere-pc')
}
