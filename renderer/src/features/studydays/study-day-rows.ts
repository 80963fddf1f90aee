// What the Studiedagen table shows (F9): the schools the user and this PC cover (R19; a customer
// service PC covers all), and per study day which of the PC's locations it reaches (their BSO
// children appear on that location's sheet) and who entered it. Every PC keeps every study day
// (document-scope.ts), so the days are narrowed to the covered schools here.
import { compareDates } from '../../../../shared/calendar'
import type { Location, StudyDay } from '../../../../shared/domain'

export interface CoveredSchool {
  id: string
  name: string
}

/** The schools of the covered locations, each once (two locations may serve one school), by name. */
export function coveredSchools(locations: readonly Location[], covers: (locationId: string) => boolean): CoveredSchool[] {
  const byId = new Map<string, CoveredSchool>()
  for (const location of locations) {
    if (!covers(location.id)) continue
    for (const school of location.schools) if (!byId.has(school.id)) byId.set(school.id, { id: school.id, name: school.name })
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id))
}

export interface StudyDayRow {
  day: StudyDay
  /** Names of the locations on this PC that serve the school. */
  reaches: string[]
  /** Who entered it: the staff member's name, or the id when this PC does not know them. */
  enteredBy: string
}

export interface StudyDayFilter {
  /** A school's id, or null for `Alle scholen`. */
  schoolId: string | null
  today: string
  includePast: boolean
}

export function studyDayRows(
  a: { days: readonly StudyDay[]; schools: readonly CoveredSchool[]; locations: readonly Location[]; staffNames: ReadonlyMap<string, string> } & StudyDayFilter,
): StudyDayRow[] {
  const covered = new Set(a.schools.map((s) => s.id))
  return a.days
    .filter((d) => covered.has(d.schoolId) && (a.schoolId === null || d.schoolId === a.schoolId))
    .filter((d) => a.includePast || compareDates(d.date, a.today) >= 0)
    .sort((x, y) => compareDates(x.date, y.date) || x.schoolName.localeCompare(y.schoolName, 'nl'))
    .map((day) => ({
      day,
      reaches: a.locations.filter((l) => l.schools.some((s) => s.id === day.schoolId)).map((l) => l.name).sort((x, y) => x.localeCompare(y, 'nl')),
      enteredBy: a.staffNames.get(day.by) ?? day.by,
    }))
}
