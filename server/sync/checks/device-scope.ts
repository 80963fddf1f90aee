// R19 for the pushing PC: it writes only documents its device token covers (the same documentScope
// and deviceCovers that pull and the event stream use, so writing cannot reach further than
// reading). Both states count: the pushed one, and the stored one it would replace (moving a
// document out of another location is writing there too). When the stored document is outside
// the PC's locations, the answer must not carry it back either (conceal).
import { deviceCovers, documentScope } from '../document-scope'
import type { DocumentCheck } from './check'
import { refusal } from './refusal'

export const withinDeviceScope: DocumentCheck = ({ collection, doc, stored, caller }) => {
  if (caller === null) return null
  if (stored !== undefined && !deviceCovers(caller, documentScope(collection, stored))) {
    return { ...refusal('buiten-locatie', 'stored state'), conceal: true }
  }
  return deviceCovers(caller, documentScope(collection, doc)) ? null : refusal('buiten-locatie')
}
