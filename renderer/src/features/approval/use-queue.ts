// The queue as the screen shows it, live: the covered locations, the requests the filter asks for
// (the open ones straight from memory, others from the index), only those this user may decide (R11),
// as rows with names and waiting-list places, and R11's room facts for the dates on screen.
import { useMemo } from 'react'
import { map, type Observable } from 'rxjs'
import { daysAhead } from '../../../../shared/calendar'
import { childName } from '../attendance/attendance-rows'
import { useServices } from '../../app/app-services'
import { useObservable } from '../../ui/use-observable'
import {
  allChildren$, coveredLocations$, openRequests$, roomFacts$, searchedRequests$,
  type StoredChild, type StoredLocation, type StoredRequest,
} from './queue-data'
import { answeredByOpenSet, mayDecide, type QueueFilter } from './queue-filter'
import { queueRows, rowDateRange, type QueueRow } from './queue-rows'
import { ratioLookup, type RatioCheck, type RatioRequest } from './ratio-check'
import { plannedStaff$ } from './ratio-data'
import { roomLookup, type RoomFacts, type RoomLookup } from './room-lookup'
import { firstInLine } from './waitlist'

/** The widest date range whose room facts are read at once (approved requests and absences of a location). */
const MAX_FACT_DAYS = 62

/**
 * The latest value of `source$`, or `fallback` until the source for THIS key has answered:
 * useObservable keeps the previous source's value, which would show the last search's rows
 * under a new filter for a moment.
 */
function useLatestFor<T>(source$: Observable<T> | null, key: string, fallback: T): T {
  const keyed$ = useMemo(() => source$?.pipe(map((value) => ({ key, value }))) ?? null, [source$, key])
  const latest = useObservable<{ key: string; value: T } | null>(keyed$, null)
  return latest !== null && latest.key === key ? latest.value : fallback
}

/** The locations this user covers on this PC (null until read) and their ids, stable while they stay the same. */
export function useCoveredLocations(): { locations: StoredLocation[] | null; ids: readonly string[] } {
  const { db, permissions } = useServices()
  const locations = useObservable(useMemo(() => coveredLocations$(db, permissions.covers), [db, permissions]), null)
  const key = locations?.map((l) => l.id).join('|') ?? ''
  const ids = useMemo(() => (key === '' ? [] : key.split('|')), [key])
  return { locations, ids }
}

/** Open requests this user may decide, at the locations covered: the count in the navigation. */
export function useOpenRequests(locationIds: readonly string[]): StoredRequest[] | null {
  const { db, permissions } = useServices()
  const open = useLatestFor(useMemo(() => openRequests$(db, locationIds), [db, locationIds]), locationIds.join('|'), null)
  return useMemo(() => open?.filter((r) => mayDecide(permissions, r)) ?? null, [open, permissions])
}

export interface QueueView {
  locations: StoredLocation[]
  /** null while the search has not answered. */
  rows: QueueRow<StoredRequest>[] | null
  /** R11 for the rows and the waiting lists; null while the facts are read. */
  facts: RoomFacts | null
  room: RoomLookup | null
  /** The BKR check per request (issue 9), over the room's expected sets and the staff planned; null while read. */
  ratio: ((request: RatioRequest) => RatioCheck | null) | null
  /** The first in line of every waiting list that has room again. */
  firstInLine: QueueRow<StoredRequest>[]
}

export function useQueue(filter: QueueFilter): QueueView {
  const { db, permissions } = useServices()
  const { locations, ids } = useCoveredLocations()
  const open = useOpenRequests(ids)
  const searching = !answeredByOpenSet(filter)
  // The search's index half only (group and child are filtered in memory): a new group is no new query.
  const { status, locationId, from, to } = filter
  const search = useMemo(() => ({ status, locationId, from, to }), [status, locationId, from, to])
  const searchKey = `${ids.join('|')}#${status}#${locationId}#${from}#${to}`
  const searched$ = useMemo(() => (searching ? searchedRequests$(db, search, ids) : null), [db, searching, search, ids])
  const searched = useLatestFor(searched$, searchKey, null)
  const children = useObservable(useMemo(() => allChildren$(db), [db]), [] as StoredChild[])
  const childNames = useMemo(() => new Map(children.map((c) => [c.id, childName(c)])), [children])
  const groupNames = useMemo(() => new Map((locations ?? []).flatMap((l) => l.groups.map((g) => [g.id, g.name] as const))), [locations])
  const names = useMemo(() => ({ child: (id: string) => childNames.get(id), group: (id: string) => groupNames.get(id) }), [childNames, groupNames])

  const candidates = useMemo(
    () => (searching ? searched?.filter((r) => mayDecide(permissions, r)) ?? null : open),
    [searching, searched, open, permissions],
  )
  const rows = useMemo(
    () => (candidates === null || locations === null ? null : queueRows(candidates, filter, names)),
    [candidates, locations, filter, names],
  )
  const waiting = useMemo(() => (open ?? []).filter((r) => r.status === 'wachtlijst'), [open])
  // The facts cover every request the search holds (not only the rows the filter keeps) and every
  // waiting list: a new group or dates within them need no new query, only a new look-up. A search
  // spanning more than two months (old open requests, a year of history) reads only the rows' dates.
  const held = rowDateRange([...(candidates ?? []), ...waiting].map((request) => ({ request })))
  const spanned = held !== null && daysAhead(held.from, held.to) <= MAX_FACT_DAYS
    ? held : rowDateRange([...(rows ?? []), ...waiting.map((request) => ({ request }))])
  const rangeKey = spanned === null ? '' : `${spanned.from}|${spanned.to}`
  const range = useMemo(() => {
    const [rangeFrom, rangeTo] = rangeKey.split('|')
    return rangeFrom && rangeTo ? { from: rangeFrom, to: rangeTo } : null
  }, [rangeKey])
  const facts$ = useMemo(() => (locations === null ? null : roomFacts$(db, locations, children, range)), [db, locations, children, range])
  const facts = useLatestFor(facts$, `${ids.join('|')}#${rangeKey}`, null)
  const room = useMemo(() => (facts === null ? null : roomLookup(facts)), [facts])
  const planned = useObservable(useMemo(() => plannedStaff$(db, ids, range), [db, ids, range]), null)
  const birthDates = useMemo(() => new Map(children.map((c) => [c.id, c.birthDate])), [children])
  const ratio = useMemo(() => (room === null || planned === null ? null : ratioLookup({
    groups: (locations ?? []).flatMap((l) => l.groups), expectedFor: room.expectedFor, birthDates, plannedStaff: planned,
  })), [room, planned, locations, birthDates])
  const first = useMemo(() => {
    if (room === null) return []
    const firstIds = new Set(firstInLine(waiting, room).map((r) => r.id))
    return queueRows(waiting.filter((r) => firstIds.has(r.id)), { child: '', groupId: '', locationId: '', from: '', to: '', status: 'wachtlijst' }, names)
  }, [waiting, room, names])
  return { locations: locations ?? [], rows, facts, room, ratio, firstInLine: first }
}
