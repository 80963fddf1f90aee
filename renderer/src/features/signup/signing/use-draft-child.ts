// The child of the draft, live from the local database: a parent signs for a child they can see named,
// and R9's verdict shown beside it follows the child's placements as this PC knows them.
import { useMemo } from 'react'
import { map } from 'rxjs'
import type { Child } from '../../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../../db/collection-types'
import { useObservable } from '../../../ui/use-observable'

/** undefined while the database answers, null when the child is not on this PC. */
export function useDraftChild(db: LocatiedeskDatabase, childId: string | undefined): Child | null | undefined {
  const child$ = useMemo(
    () => (childId ? db.children.findOne(childId).$.pipe(map((doc) => doc?.toMutableJSON() ?? null)) : null),
    [db, childId],
  )
  return useObservable(child$, undefined)
}
