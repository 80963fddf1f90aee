// The intekenregel a parent's signature makes (F6): the draft main kept, the signature, R9's verdict
// at the moment of signing (signupBillingFor, the same rule the dialog showed and customer service
// books by), and who took it on which PC when. Pure: the command around it reads and writes.
import type { SigningDraft } from '../../../../../shared/api'
import type { Child, Signature, SignupLine } from '../../../../../shared/domain'
import { signupBillingFor } from '../../../../../shared/rules'
import { parseSheetId } from './sheet-ref'

export interface SignupLineInput {
  id: string
  sheetId: string
  draft: SigningDraft
  child: Pick<Child, 'id' | 'placements'>
  signature: Signature
  /** Now on the server's clock (SPEC §4): the moment of signing and of recording are one. */
  now: Date
  by: string
  device: string
}

/** Why no line can be made: the sheet id is not one, the draft is for another child, or R9 has no verdict. */
export type SignupLineRefusal = 'ongeldige-lijst' | 'ander-kind' | 'geen-bso-plaatsing'

export type SignupLineResult = { ok: true; line: SignupLine } | { ok: false; code: SignupLineRefusal }

export function signupLine(a: SignupLineInput): SignupLineResult {
  const sheet = parseSheetId(a.sheetId)
  if (!sheet) return { ok: false, code: 'ongeldige-lijst' }
  if (a.child.id !== a.draft.childId) return { ok: false, code: 'ander-kind' }
  // No BSO placement at this location that day: nothing to bill or include, so nothing to sign for.
  const verdict = signupBillingFor(a.child, sheet.locationId, sheet.date)
  if (!verdict) return { ok: false, code: 'geen-bso-plaatsing' }
  const at = a.now.toISOString()
  const when = a.draft.times ? { times: { start: a.draft.times.start, end: a.draft.times.end } } : { dayPart: a.draft.dayPart ?? 'hele dag' }
  return {
    ok: true,
    line: {
      id: a.id, sheetId: a.sheetId, locationId: sheet.locationId, date: sheet.date, childId: a.child.id, ...when,
      parentName: a.draft.parentName.trim(), signature: a.signature, signedAt: at, billing: verdict.billing,
      by: a.by, device: a.device, at,
    },
  }
}
