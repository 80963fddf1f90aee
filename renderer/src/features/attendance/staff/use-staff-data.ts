// The live data behind the Personeel section: the group-day's staff entries (the attendance day
// document, which the children's list reads too) and the staff documents (names, who may be added).
// RxDB queries: they emit again on every local write and every replicated change.
import { useMemo } from 'react'
import { map } from 'rxjs'
import type { Staff } from '../../../../../shared/domain'
import { attendanceDayId } from '../../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../../db/collection-types'
import type { StaffEntry } from '../../../db/merge-attendance'
import { useObservable } from '../../../ui/use-observable'

const noEntries: StaffEntry[] = []
const noStaff: Staff[] = []

export function useDayStaff(db: LocatiedeskDatabase, groupId: string | undefined, date: string): StaffEntry[] {
  const staff$ = useMemo(
    () => (groupId && date ? db.attendance.findOne(attendanceDayId(date, groupId)).$.pipe(map((doc) => doc?.toMutableJSON().staff ?? noEntries)) : null),
    [db, groupId, date],
  )
  return useObservable(staff$, noEntries)
}

export function useStaffMembers(db: LocatiedeskDatabase): Staff[] {
  const staff$ = useMemo(() => db.staff.find().$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON()))), [db])
  return useObservable(staff$, noStaff)
}
