// Whether a study day may be entered for a school on a date: the same answer for the form
// (Studiedag toevoegen) and for every row of a school's list. Judged with the PC's today in
// Amsterdam (SPEC §4), passed in: no hidden clock.
import { addMonths, compareDates, isDateString, weekday } from '../../../../shared/calendar'
import { studyDayId } from '../../../../shared/domain'

export type StudyDayProblem = 'ongeldige-datum' | 'in-het-verleden' | 'te-ver-vooruit' | 'weekend' | 'al-ingevoerd'

/** Schools publish the days of this and the next school year: a date further ahead is a typo (2062 for 2026). */
export const studyDayMonthsAhead = 24

export interface StudyDayCandidate {
  schoolId: string
  date: string
  today: string
  /** Ids of the study days entered and not deleted: one per school and date (studyDayId). */
  enteredIds: ReadonlySet<string>
}

/** Why the day cannot be entered, or null when it can. Today itself may still be entered. */
export function studyDayProblem(a: StudyDayCandidate): StudyDayProblem | null {
  if (!isDateString(a.date)) return 'ongeldige-datum'
  if (compareDates(a.date, a.today) < 0) return 'in-het-verleden'
  if (compareDates(a.date, addMonths(a.today, studyDayMonthsAhead)) > 0) return 'te-ver-vooruit'
  // A school is closed on Saturday and Sunday anyway: a study day there reaches no child.
  if (weekday(a.date) >= 6) return 'weekend'
  if (a.enteredIds.has(studyDayId(a.schoolId, a.date))) return 'al-ingevoerd'
  return null
}
