// R11 for `Direct goedkeuren`: whether the request's group has room that date and day part, asked of
// the shared rule the server judges the approval with (requestRoom), over the documents this PC holds:
// the location's children (placements), the group's approved requests that day, the absences and the
// journal's corrections of mistaken absences (R12: a corrected absence does not free a place).
import type { Absence, Child, Group, JournalEntry, Request } from '../../../../shared/domain'
import { requestRoom, type PartRoom } from '../../../../shared/rules'

export interface RoomCheckInput {
  group: Pick<Group, 'id' | 'dayParts'>
  request: Pick<Request, 'id' | 'childId' | 'date' | 'dayPart'>
  children: readonly Child[]
  requests: readonly Request[]
  absences: readonly Absence[]
  journal: readonly JournalEntry[]
}

export function roomForRequest(a: RoomCheckInput): { room: boolean; parts: PartRoom[] } {
  return requestRoom({
    group: a.group,
    request: a.request,
    children: a.children,
    requests: a.requests.filter((r) => r.groupId === a.group.id && r.date === a.request.date),
    absences: a.absences.filter((x) => x.date === a.request.date),
    corrections: a.journal.filter((j) => j.kind === 'correctie').map((j) => j.targetId),
  })
}
