// The live data behind one Aanwezigheidslijst: RxDB queries that emit again on every local write and
// every replicated change, combined into rows. Only the chosen group and date are read.
import { useMemo } from 'react'
import { combineLatest, map, type Observable } from 'rxjs'
import type { Group, Location } from '../../../../shared/domain'
import { attendanceDayId } from '../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../db/collection-types'
import { useObservable } from '../../ui/use-observable'
import { attendanceRows, type AttendanceRow } from './attendance-rows'

export interface GroupChoice {
  group: Group
  location: Location
}

export function useGroups(db: LocatiedeskDatabase): GroupChoice[] {
  const groups$ = useMemo(
    () => db.locations.find({ sort: [{ id: 'asc' }] }).$.pipe(
      map((docs) => docs.flatMap((doc) => {
        const location = doc.toMutableJSON()
        return location.groups.map((group) => ({ group, location }))
      })),
    ),
    [db],
  )
  return useObservable(groups$, [])
}

export function useAttendanceRows(db: LocatiedeskDatabase, choice: GroupChoice | undefined, date: string): AttendanceRow[] | null {
  const rows$: Observable<AttendanceRow[]> | null = useMemo(() => {
    if (!choice || !date) return null
    const { group, location } = choice
    // Children of the location only: the rules pick those placed in this group on this date.
    const children$ = db.children.find().$.pipe(
      map((docs) => docs.map((doc) => doc.toMutableJSON()).filter((child) => child.locationIds.includes(location.id))),
    )
    const requests$ = db.requests.find({ selector: { groupId: group.id, date } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
    const absences$ = db.absences.find({ selector: { date, locationId: location.id } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
    const journal$ = db.journal.find({ selector: { date, locationId: location.id } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
    const day$ = db.attendance.findOne(attendanceDayId(date, group.id)).$.pipe(map((doc) => doc?.toMutableJSON() ?? null))
    return combineLatest([children$, requests$, absences$, journal$, day$]).pipe(
      map(([children, requests, absences, journal, day]) => attendanceRows({ group, date, children, requests, absences, journal, day })),
    )
  }, [db, choice, date])
  return useObservable(rows$, null)
}
