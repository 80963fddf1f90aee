// What the queue's BKR check reads beside the room facts: the staff planned per group-day (attendance
// day documents of the locations, one index range [locationId, date] each), live, so an `Inroosteren`
// on another PC changes the answer without reload.
import { combineLatest, map, of, type Observable } from 'rxjs'
import { plannedStaff } from '../../../../shared/rules'
import type { LocatiedeskDatabase } from '../../db/collection-types'
import { groupDayKey } from './ratio-check'

export function plannedStaff$(
  db: LocatiedeskDatabase, locationIds: readonly string[], range: { from: string; to: string } | null,
): Observable<Map<string, number>> {
  if (range === null || locationIds.length === 0) return of(new Map())
  const date = { $gte: range.from, $lte: range.to }
  return combineLatest(locationIds.map((locationId) => db.attendance.find({ selector: { locationId, date } }).$)).pipe(
    map((lists) => new Map(lists.flat().map((doc) => [groupDayKey(doc.groupId, doc.date), plannedStaff(doc.staff ?? []).length]))),
  )
}
