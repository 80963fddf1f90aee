// Opening a coming study day's intekenlijst makes its document (open) when there is none yet. The id is
// the location and date (signupSheetId), so two PCs that open the same day offline meet on one sheet
// (and signupsheets' conflict handler keeps a close, whichever side has it).
import type { RxCollection } from 'rxdb'
import type { SignupSheet } from '../../../../shared/domain'
import { signupSheetId } from '../../../../shared/domain'
import { insertFact } from '../attendance/insert-fact'

/** True when this call made the sheet; false when it was there already (and is left as it is). */
export async function ensureSheet(sheets: RxCollection<SignupSheet>, a: { locationId: string; date: string; at: string }): Promise<boolean> {
  const id = signupSheetId(a.locationId, a.date)
  if (await sheets.findOne(id).exec()) return false
  return insertFact(sheets, { id, locationId: a.locationId, date: a.date, status: 'open', updatedAt: a.at })
}
