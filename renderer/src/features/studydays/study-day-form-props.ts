// What both ways of entering days (by hand, from a school's list) are given by the screen.
import type { StudyDayAuthor } from './record-study-days'
import type { CoveredSchool } from './study-day-rows'

export interface StudyDayFormProps {
  schools: readonly CoveredSchool[]
  /** The PC's today in Amsterdam, on the server's clock. */
  today: string
  /** Ids of the days entered from today on (studyDayId): a day entered twice is refused. */
  enteredIds: ReadonlySet<string>
  /** Who, where and when, taken at the moment of the write. */
  author: () => StudyDayAuthor
  locale: 'nl' | 'en'
}
