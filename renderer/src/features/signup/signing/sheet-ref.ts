// Tekenmodus knows only the sheet's id (main keeps it with the draft); the location and the study day
// are in that id, `${locationId}:${date}` (shared/domain signupSheetId). Read from the end, because the
// date has a fixed shape and a location id is only known not to be empty.
import { isDateString } from '../../../../../shared/calendar'
import { signupSheetId } from '../../../../../shared/domain'

export interface SheetRef {
  locationId: string
  date: string
}

export function parseSheetId(sheetId: string): SheetRef | null {
  const cut = sheetId.lastIndexOf(':')
  if (cut <= 0) return null
  const ref = { locationId: sheetId.slice(0, cut), date: sheetId.slice(cut + 1) }
  // Round trip: only an id that signupSheetId would have made is a sheet.
  return isDateString(ref.date) && signupSheetId(ref.locationId, ref.date) === sheetId ? ref : null
}
