// `Lijst sluiten`: the sheet becomes gesloten with who closed it and when; from then on no line is added
// or withdrawn and customer service processes it. A sheet closed already (here or on another PC that
// synced first) stays as it is: the first close stands.
import type { RxCollection } from 'rxdb'
import type { SignupSheet } from '../../../../shared/domain'
import { signupSheetId } from '../../../../shared/domain'
import { insertFact } from '../attendance/insert-fact'

/** True when this call closed the sheet; false when it was closed already. */
export async function closeSheet(
  sheets: RxCollection<SignupSheet>, a: { locationId: string; date: string; by: string; at: string },
): Promise<boolean> {
  const id = signupSheetId(a.locationId, a.date)
  const closed = { status: 'gesloten' as const, closedBy: a.by, closedAt: a.at, updatedAt: a.at }
  const doc = await sheets.findOne(id).exec()
  if (!doc) {
    if (await insertFact(sheets, { id, locationId: a.locationId, date: a.date, ...closed })) return true
    // Made on another PC a moment ago: close that one.
    return closeSheet(sheets, a)
  }
  if (doc.status === 'gesloten') return false
  // incrementalModify re-reads the latest state, so a close that replicated in meanwhile is not overwritten.
  let changed = false
  await doc.incrementalModify((sheet) => {
    if (sheet.status === 'gesloten') return sheet
    changed = true
    return { ...sheet, ...closed }
  })
  return changed
}
