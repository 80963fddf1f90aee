// Every PC keeps every study day (document-scope.ts: they are per school, and few), but a PC writes
// only those of schools its own locations serve (F9, R19): a PC of one location cannot put a study
// day, and with it billed care (R9), on the sheets of another. A school no location serves yet is
// only for a PC that covers every location.
import type { StudyDay } from '../../../shared/domain'
import type { PictureCheck } from './check'
import { refusal } from './refusal'

export const studyDayWithinDevice: PictureCheck<StudyDay> = async ({ doc, caller }, picture) => {
  if (caller === null || caller.locations === 'all') return null
  const own = caller.locations
  const serving = await picture.locationsServingSchool(doc.schoolId)
  return serving.some((id) => own.includes(id)) ? null : refusal('buiten-locatie', `school ${doc.schoolId}`)
}
