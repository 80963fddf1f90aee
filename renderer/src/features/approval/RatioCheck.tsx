// The BKR check in an opened request (issue 9), beside the decision panel's room check: the staff the
// group needs with this child against the staff planned that day, as a warning when they are too few.
// Live over the same documents as the room check (useGroupDay) plus the group-day's attendance document.
import { useMemo } from 'react'
import { map } from 'rxjs'
import type { Request } from '../../../../shared/domain'
import { attendanceDayId } from '../../../../shared/domain'
import { plannedStaff } from '../../../../shared/rules'
import { useServices } from '../../app/app-services'
import { useT } from '../../i18n/i18n-context'
import { useObservable } from '../../ui/use-observable'
import { useGroupDay } from '../requests/use-request-data'
import type { StoredLocation } from './queue-data'
import { ratioForRequest } from './ratio-check'
import { ratioSentence } from './ratio-text'

export function RatioCheck({ request, locations }: { request: Request; locations: readonly StoredLocation[] }) {
  const { db } = useServices()
  const t = useT()
  const group = locations.find((l) => l.id === request.locationId)?.groups.find((g) => g.id === request.groupId)
  const day = useGroupDay(db, request.locationId, request.groupId, request.date)
  const staff$ = useMemo(
    () => db.attendance.findOne(attendanceDayId(request.date, request.groupId)).$.pipe(map((doc) => plannedStaff(doc?.staff ?? []).length)),
    [db, request.date, request.groupId],
  )
  const planned = useObservable(staff$, null)
  if (!group || !day || planned === null) return null
  const check = ratioForRequest({
    group, request, children: day.children, requests: day.requests, absences: day.absences,
    corrections: day.journal.filter((j) => j.kind === 'correctie').map((j) => j.targetId), plannedStaff: planned,
  })
  if (check === null) return null
  const { alert, text } = ratioSentence(t, check)
  return (
    <section aria-label={t('approval.ratio.region')} className="approval-ratio">
      <p role={alert ? 'alert' : 'status'} className={alert ? 'error' : undefined} data-ratio-required={check.kind === 'counted' ? check.required : undefined}>
        {text}
      </p>
    </section>
  )
}
