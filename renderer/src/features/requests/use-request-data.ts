// The live data behind Dag aanvragen: RxDB queries that emit again on every local write and every
// replicated change, so a balance drops the moment a reservation is stored and a decision taken on
// another PC shows without reload. Only what the chosen child and date need is read.
import { useMemo } from 'react'
import { map, of, type Observable } from 'rxjs'
import type { Child, LedgerEntry, Request } from '../../../../shared/domain'
import { studyDayId } from '../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../db/collection-types'
import { useObservable } from '../../ui/use-observable'
import { listRequests$ } from '../attendance/use-attendance-data'
import { useLocationDay, type LocationDay } from '../attendance/use-day-facts'

/**
 * The latest value of a query that depends on `key`, and `fallback` until the query for THIS key has
 * answered: useObservable keeps the last value when its source changes, which would show one child's
 * ledger or study day for the next child until the new query answers.
 */
function useKeyed<T>(source$: Observable<T>, key: string, fallback: T): T {
  const keyed$ = useMemo(() => source$.pipe(map((value) => ({ key, value }))), [source$, key])
  const latest = useObservable<{ key: string; value: T } | null>(keyed$, null)
  return latest !== null && latest.key === key ? latest.value : fallback
}

export function useAllChildren(db: LocatiedeskDatabase): Child[] {
  const children$ = useMemo(() => db.children.find().$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()))), [db])
  return useObservable(children$, [])
}

/** Whether the child's school is closed on the date (a study day entered for its school, F9). */
export function useStudyDay(db: LocatiedeskDatabase, schoolId: string | undefined, date: string): boolean {
  const day$ = useMemo(
    () => (schoolId && date ? db.studydays.findOne(studyDayId(schoolId, date)).$.pipe(map((doc) => doc !== null)) : of(false)),
    [db, schoolId, date],
  )
  return useKeyed(day$, `${schoolId ?? ''}|${date}`, false)
}

/** The child's ledger (null until the query for this child answered). */
export function useLedgerOf(db: LocatiedeskDatabase, childId: string | undefined): LedgerEntry[] | null {
  const ledger$ = useMemo(
    () => (childId ? db.ledger.find({ selector: { childId } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()))) : of(null)),
    [db, childId],
  )
  return useKeyed<LedgerEntry[] | null>(ledger$, childId ?? '', null)
}

/** The child's requests from `from` on, by date. */
export function useChildRequests(db: LocatiedeskDatabase, childId: string, from: string): Request[] {
  const requests$ = useMemo(
    () => db.requests.find({ selector: { childId, date: { $gte: from } }, sort: [{ date: 'asc' }] }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()))),
    [db, childId, from],
  )
  return useKeyed(requests$, `${childId}|${from}`, [])
}

/** One request as it is now (a decision from another PC shows at once); null until found. */
export function useRequest(db: LocatiedeskDatabase, id: string): Request | null {
  const request$ = useMemo(() => db.requests.findOne(id).$.pipe(map((doc) => doc?.toMutableJSON() ?? null)), [db, id])
  return useKeyed<Request | null>(request$, id, null)
}

export interface GroupDay extends LocationDay {
  requests: Request[]
}

/** What R11's room check reads for a group on a date: the location's day facts and the group's requests. */
export function useGroupDay(db: LocatiedeskDatabase, locationId: string, groupId: string, date: string): GroupDay | null {
  const day = useLocationDay(db, locationId, date)
  const requests$ = useMemo(() => listRequests$(db, groupId, date), [db, groupId, date])
  const requests = useKeyed<Request[] | null>(requests$, `${groupId}|${date}`, null)
  return useMemo(() => (requests === null ? null : { ...day, requests }), [day, requests])
}
