// The live data behind the Noodlijst: today's group-day documents of the location and its children.
// Live, so that a child checked in or out while the list is open shows at once.
import { useMemo } from 'react'
import { combineLatest, map } from 'rxjs'
import type { Location } from '../../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../../db/collection-types'
import { useObservable } from '../../../ui/use-observable'
import { locationChildren$ } from '../use-attendance-data'
import { emergencyList, type EmergencyChild } from './emergency-list'

export function useEmergencyList(db: LocatiedeskDatabase, location: Location, today: string): EmergencyChild[] | null {
  const list$ = useMemo(() => {
    const days$ = db.attendance.find({ selector: { locationId: location.id, date: today } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
    return combineLatest([days$, locationChildren$(db, location.id)]).pipe(
      map(([days, children]) => emergencyList({ location, days, today, children })),
    )
  }, [db, location, today])
  return useObservable(list$, null)
}
