// The live data behind the Dagverslag BKR, all from this PC's database (offline like the rest): the
// location's attendance day documents of the date (children's entries and staff), every child's birth
// date and school, and the schools with a study day that date. RxDB queries: they emit again on every
// check-in on this PC and every replicated one.
import { combineLatest, map, type Observable } from 'rxjs'
import type { AttendanceDay } from '../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../db/collection-types'
import type { RecordChild } from './group-record'

export interface RecordFacts {
  /** By group id. */
  days: Map<string, AttendanceDay>
  children: Map<string, RecordChild>
  studyDaySchools: Set<string>
}

export function recordFacts$(db: LocatiedeskDatabase, locationId: string, date: string): Observable<RecordFacts> {
  const days$ = db.attendance.find({ selector: { locationId, date } }).$.pipe(
    map((docs) => new Map(docs.map((d) => [d.groupId, d.toMutableJSON()]))),
  )
  const children$ = db.children.find().$.pipe(
    map((docs) => new Map(docs.map((d): [string, RecordChild] => [d.id, d.schoolId ? { birthDate: d.birthDate, schoolId: d.schoolId } : { birthDate: d.birthDate }]))),
  )
  const studyDays$ = db.studydays.find({ selector: { date } }).$.pipe(map((docs) => new Set(docs.map((d) => d.schoolId))))
  return combineLatest([days$, children$, studyDays$]).pipe(map(([days, children, studyDaySchools]) => ({ days, children, studyDaySchools })))
}
