// An attendance entry's check-out cannot come before its check-in (SPEC F2). Instants are all UTC
// `Z` strings (shared/domain fields), but compare them as times anyway: milliseconds may differ in digits.
import type { AttendanceDay } from '../../../shared/domain'
import type { DocumentCheck } from './check'
import { refusal } from './refusal'

export const checkOutAfterCheckIn: DocumentCheck<AttendanceDay> = ({ doc }) => {
  const wrong = doc.entries.find((e) => e.checkIn !== undefined && e.checkOut !== undefined && Date.parse(e.checkOut) < Date.parse(e.checkIn))
  return wrong === undefined ? null : refusal('uitchecken-voor-inchecken', `child ${wrong.childId}`)
}
