// The live data behind one Aanwezigheidslijst: RxDB queries that emit again on every local write and
// every replicated change, combined into rows. Only the chosen group and date are read. R18: the list
// is locked against planning changes, so while it is locked the rows read the planning frozen when the
// list was first opened today on this PC (list-tools/list-snapshot.ts), and the live one once the
// signed-in staff member unlocked it. Absences and check-ins are always live: a lock never blocks them.
import { useMemo } from 'react'
import { combineLatest, distinctUntilChanged, map, tap, type Observable } from 'rxjs'
import type { Child, Group, Location, Request } from '../../../../shared/domain'
import { attendanceDayId } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { listsLockedByDefault } from '../../../../shared/rules'
import { useServices } from '../../app/app-services'
import { serverNow } from '../../bridge/sync-status'
import type { LocatiedeskDatabase } from '../../db/collection-types'
import { FIRST_SYNC_DOC } from '../../db/sync-engine'
import { useObservable } from '../../ui/use-observable'
import { attendanceRows, type AttendanceRow } from './attendance-rows'
import { listLocks, unlockedFor } from './list-tools/list-lock'
import { freezePlanning, isCurrent, planningFor, type ListSnapshot } from './list-tools/list-snapshot'
import { saveSnapshot, watchSnapshot } from './list-tools/snapshot-store'

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

/** The location's children (the rules pick those placed in the group on the date). */
export function locationChildren$(db: LocatiedeskDatabase, locationId: string): Observable<Child[]> {
  return db.children.find().$.pipe(
    map((docs) => docs.map((doc) => doc.toMutableJSON()).filter((child) => child.locationIds.includes(locationId))),
  )
}

export function listRequests$(db: LocatiedeskDatabase, groupId: string, date: string): Observable<Request[]> {
  return db.requests.find({ selector: { groupId, date } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
}

/** True once this PC's first sync completed: only then is the planning complete enough to freeze. */
function firstSyncDone$(db: LocatiedeskDatabase): Observable<boolean> {
  return db.getLocal$(FIRST_SYNC_DOC).pipe(map((doc) => doc !== null), distinctUntilChanged())
}

export function useAttendanceRows(db: LocatiedeskDatabase, choice: GroupChoice | undefined, date: string): AttendanceRow[] | null {
  const { staffId, status } = useServices()
  const rows$: Observable<AttendanceRow[]> | null = useMemo(() => {
    if (!choice || !date) return null
    const { group, location } = choice
    const listId = attendanceDayId(date, group.id)
    const absences$ = db.absences.find({ selector: { date, locationId: location.id } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
    const journal$ = db.journal.find({ selector: { date, locationId: location.id } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
    const day$ = db.attendance.findOne(listId).$.pipe(map((doc) => doc?.toMutableJSON() ?? null))
    const live$ = combineLatest([locationChildren$(db, location.id), listRequests$(db, group.id, date), absences$, journal$, day$])
    const lock$ = combineLatest([watchSnapshot(db, listId), listLocks(db).unlock$(listId), firstSyncDone$(db)])
    // The day a freeze is under way for: the snapshot's own emission ends it.
    let freezing: string | null = null
    const freezeIfMissing = (snapshot: ListSnapshot | null, synced: boolean, children: Child[], requests: Request[]) => {
      const now = serverNow(status.current())
      const today = amsterdamDate(now)
      if (!listsLockedByDefault || !synced || isCurrent(snapshot, today) || freezing === today) return
      freezing = today
      saveSnapshot(db, freezePlanning({ groupId: group.id, date, children, requests, at: now }))
        .catch(() => { freezing = null })
    }
    return combineLatest([live$, lock$]).pipe(
      tap(([[children, requests], [snapshot, , synced]]) => freezeIfMissing(snapshot, synced, children, requests)),
      map(([[children, requests, absences, journal, day], [snapshot, unlock]]) => {
        const locked = listsLockedByDefault && !unlockedFor(unlock, staffId)
        const today = amsterdamDate(serverNow(status.current()))
        return attendanceRows({ group, date, children, requests, absences, journal, day, ...planningFor({ locked, snapshot, today }) })
      }),
    )
  }, [db, choice, date, staffId, status])
  return useObservable(rows$, null)
}
