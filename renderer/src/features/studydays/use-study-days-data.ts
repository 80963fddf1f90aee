// The live data behind Studiedagen: RxDB queries that emit again on every local write and every
// replicated change, so a day entered or deleted on another PC shows without a reload.
import { useMemo } from 'react'
import { map } from 'rxjs'
import type { Location, StudyDay } from '../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../db/collection-types'
import { useObservable } from '../../ui/use-observable'

export function useLocations(db: LocatiedeskDatabase): Location[] {
  const locations$ = useMemo(() => db.locations.find().$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()))), [db])
  return useObservable(locations$, [])
}

/** The study days from `from` on (all of them with null); deleted ones are not returned by RxDB. */
export function useStudyDays(db: LocatiedeskDatabase, from: string | null): StudyDay[] {
  const days$ = useMemo(
    () => db.studydays.find(from === null ? {} : { selector: { date: { $gte: from } } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()))),
    [db, from],
  )
  return useObservable(days$, [])
}

/** Staff id → name, for `Ingevoerd door`. */
export function useStaffNames(db: LocatiedeskDatabase): ReadonlyMap<string, string> {
  const names$ = useMemo(() => db.staff.find().$.pipe(map((docs) => new Map(docs.map((d) => [d.id, d.name] as const)))), [db])
  return useObservable(names$, new Map<string, string>())
}
