// The list in three parts: the children on the planning (and children checked in although no longer
// expected), the unplanned check-ins still to be regularised by a request ("Nog te regelen", SPEC
// F2: safety first, paperwork after), and the children reported absent for the whole of their day.
import type { AttendanceRow } from './attendance-rows'
import { standingAbsences, type DayFacts } from './day-facts'

export interface AbsentRow {
  childId: string
  name: string
}

export interface ListSections {
  planned: AttendanceRow[]
  toRegularise: AttendanceRow[]
  absent: AbsentRow[]
}

export function needsRegularisation(row: AttendanceRow, facts: Pick<DayFacts, 'regularised'>): boolean {
  return !row.expected && row.entry?.unplanned === true && row.entry.checkIn !== undefined && !facts.regularised.has(row.childId)
}

export function listSections(rows: readonly AttendanceRow[], facts: DayFacts, names: ReadonlyMap<string, string>): ListSections {
  const planned: AttendanceRow[] = []
  const toRegularise: AttendanceRow[] = []
  for (const row of rows) (needsRegularisation(row, facts) ? toRegularise : planned).push(row)
  const onList = new Set(rows.map((row) => row.childId))
  // Absent for all they were expected for: off the planning, so not in `rows`; corrected absences
  // of a child no longer expected stay visible here too (the original stays in the record, R12).
  const absent = [...facts.absences.keys()]
    .filter((childId) => !onList.has(childId))
    .map((childId) => ({ childId, name: names.get(childId) ?? childId }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.childId.localeCompare(b.childId))
  return { planned, toRegularise, absent }
}

/** Whether a child off the list has an absence that still stands (a corrected-only child has none). */
export function isAbsent(facts: DayFacts, childId: string): boolean {
  return standingAbsences(facts.absences.get(childId)).length > 0
}
