// The live data behind the approval queue: RxDB queries that emit again on every local write and every
// replicated change, so a request made on another PC appears without reload. Every query is one range
// of an index: requests by [locationId, status, date], absences by [locationId, date], corrections by
// [locationId, kind]. Documents are read with toJSON (no deep copy): thousands of open requests are
// held, and only the few that get a decision are copied (record-decisions.ts).
import { combineLatest, map, of, type Observable } from 'rxjs'
import type { DeepReadonly } from 'rxdb'
import type { Absence, Child, Location, Request } from '../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../db/collection-types'
import { openStatuses, queueSelectors, type QueueFilter, type RequestSelector } from './queue-filter'
import type { RoomFacts } from './room-lookup'

export type StoredRequest = DeepReadonly<Request>
export type StoredChild = DeepReadonly<Child>
export type StoredLocation = DeepReadonly<Location>

/** combineLatest of nothing never emits: an empty list is an answer too. */
function all<T>(sources: Observable<T[]>[]): Observable<T[]> {
  return sources.length === 0 ? of([]) : combineLatest(sources).pipe(map((lists) => lists.flat()))
}

function requests$(db: LocatiedeskDatabase, selector: RequestSelector): Observable<StoredRequest[]> {
  return db.requests.find({ selector: { ...selector } }).$.pipe(map((docs) => docs.map((d) => d.toJSON())))
}

/** The locations of this PC's database that the user and the PC both cover (R19), by id. */
export function coveredLocations$(db: LocatiedeskDatabase, covers: (locationId: string) => boolean): Observable<StoredLocation[]> {
  return db.locations.find({ sort: [{ id: 'asc' }] }).$.pipe(map((docs) => docs.map((d) => d.toJSON()).filter((l) => covers(l.id))))
}

/** Every request waiting for a decision at these locations: the navigation's count and the queue's default view. */
export function openRequests$(db: LocatiedeskDatabase, locationIds: readonly string[]): Observable<StoredRequest[]> {
  return all(locationIds.flatMap((locationId) => openStatuses.map((status) => requests$(db, { locationId, status }))))
}

/** The requests a search asks the database for; the filter's in-memory half is applied to them afterwards. */
export function searchedRequests$(
  db: LocatiedeskDatabase, filter: Pick<QueueFilter, 'status' | 'from' | 'to' | 'locationId'>, locationIds: readonly string[],
): Observable<StoredRequest[]> {
  return all(queueSelectors(filter, locationIds).map((selector) => requests$(db, selector)))
}

export function allChildren$(db: LocatiedeskDatabase): Observable<StoredChild[]> {
  return db.children.find().$.pipe(map((docs) => docs.map((d) => d.toJSON())))
}

/**
 * What R11's room check reads for the locations' groups on the dates `range` spans: the children
 * (placements), the approved requests, the absences and the corrections of mistaken absences (R12).
 */
export function roomFacts$(
  db: LocatiedeskDatabase, locations: readonly StoredLocation[], children: readonly StoredChild[], range: { from: string; to: string } | null,
): Observable<RoomFacts | null> {
  if (range === null) return of(null)
  const ids = locations.map((l) => l.id)
  const date = { $gte: range.from, $lte: range.to }
  const approved$ = all(ids.map((locationId) => requests$(db, { locationId, status: 'goedgekeurd', date })))
  const absences$ = all(ids.map((locationId) => db.absences.find({ selector: { locationId, date } }).$.pipe(
    map((docs) => docs.map((d): Pick<Absence, 'id' | 'childId' | 'date' | 'dayPart'> => ({ id: d.id, childId: d.childId, date: d.date, dayPart: d.dayPart }))),
  )))
  const corrections$ = all(ids.map((locationId) => db.journal.find({ selector: { locationId, kind: 'correctie' } }).$.pipe(
    map((docs) => docs.map((d) => d.targetId)),
  )))
  const placed = children.filter((c) => c.locationIds.some((id) => ids.includes(id)))
  return combineLatest([approved$, absences$, corrections$]).pipe(map(([requests, absences, corrections]): RoomFacts => ({
    groups: locations.flatMap((l) => l.groups), children: placed, requests, absences, corrections, range,
  })))
}

/** One child as it is now (its placements decide which balances the detail shows). */
export function child$(db: LocatiedeskDatabase, childId: string): Observable<StoredChild | null> {
  return db.children.findOne(childId).$.pipe(map((doc) => doc?.toJSON() ?? null))
}

/** Staff names by id, for who decided what. */
export function staffNames$(db: LocatiedeskDatabase): Observable<Map<string, string>> {
  return db.staff.find().$.pipe(map((docs) => new Map(docs.map((d) => [d.id, d.name]))))
}
