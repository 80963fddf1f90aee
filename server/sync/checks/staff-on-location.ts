// Issue 9: a staff entry on an attendance day names someone who works at the day's location. The
// staff document is read from the stored picture (inside the writing transaction): an unknown or
// deleted id, or someone whose locations do not include the day's, cannot be planned or checked in
// there. Only entries this push adds or changes are judged: a staff member who moved on since keeps
// their past entries, and a colleague can still check children in on that day.
import type { AttendanceDay } from '../../../shared/domain'
import { sameDocument } from '../same-document'
import { staffOf } from './attendance-times'
import type { PictureCheck } from './check'
import type { Refusal } from './refusal'

export const STAFF_NOT_AT_LOCATION = 'personeel-niet-op-locatie'
const message = 'Deze medewerker is niet bekend op de server of werkt niet op deze locatie, en kan daarom niet op deze groep worden ingeroosterd of ingecheckt.'

export const staffOfTheLocation: PictureCheck<AttendanceDay> = async ({ doc, stored }, picture) => {
  const before = new Map(staffOf(stored).map((e) => [e.staffId, e]))
  for (const entry of doc.staff ?? []) {
    if (sameDocument(entry, before.get(entry.staffId))) continue
    const member = await picture.staff(entry.staffId)
    if (member === null || !member.locationIds.includes(doc.locationId)) {
      return { kind: 'geweigerd', code: STAFF_NOT_AT_LOCATION, message, detail: `staff ${entry.staffId} at ${doc.locationId}` } satisfies Refusal
    }
  }
  return null
}
