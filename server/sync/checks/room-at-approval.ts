// R11 at the moment of approval: a request approved in this push, unless confirmed without room
// (withoutRoom with a reason, request-decisions.ts), needs room in its group on its date and day
// part on the stored picture: expected children + 1 ≤ capacity (shared/rules expectedChildren and
// groupRoom: placements, plus approved requests, minus absences not corrected). Read inside the
// writing transaction, with this push's earlier approvals counted, so two PCs that each saw the
// last place free cannot both take it. Known gaps, both on the safe side (more children counted,
// never fewer): the server has no school holidays (`schoolweken` BSO children count then too) and
// does not leave out BSO/VSO children whose school has a study day.
import type { DayPart, Group, GroupDayPart, Request } from '../../../shared/domain'
import { coversDayPart, expectedChildren, groupRoom, sharedDayPart } from '../../../shared/rules'
import { sameDocument } from '../same-document'
import type { PictureCheck } from './check'
import { refusal } from './refusal'

/**
 * The group's day parts a request takes a place in. A part made of smaller listed parts is judged
 * by those (a KDV `hele dag` takes a place in the ochtend and in the middag, each with its own
 * count); the whole-day list would count a morning child and an afternoon child as two.
 */
export function roomParts(group: Pick<Group, 'dayParts'>, dayPart: DayPart): GroupDayPart[] {
  const overlapping = group.dayParts.filter((p) => sharedDayPart(p.dayPart, dayPart) !== undefined)
  return overlapping.filter((p) => !overlapping.some((q) => q !== p && q.dayPart !== p.dayPart && coversDayPart(p.dayPart, q.dayPart)))
}

/**
 * Approvals this push adds. One where the stored request already holds an approval (a retry, or a
 * second PC that approved too: R20 lets the first stand) takes no new place.
 */
function newApprovals(doc: Request, stored: Record<string, unknown> | undefined): Request['decisions'] {
  const kept: unknown[] = Array.isArray(stored?.decisions) ? stored.decisions : []
  return doc.decisions.filter((d, i) => d.status === 'goedgekeurd' && !sameDocument(d, kept[i]) && !isApproval(kept[i]))
}

function isApproval(decision: unknown): boolean {
  return typeof decision === 'object' && decision !== null && (decision as Record<string, unknown>).status === 'goedgekeurd'
}

export const roomAtApproval: PictureCheck<Request> = async ({ doc, stored }, picture) => {
  if (doc._deleted) return null
  const approvals = newApprovals(doc, stored)
  if (approvals.length === 0 || approvals.every((d) => d.withoutRoom === true)) return null

  const group = (await picture.location(doc.locationId))?.groups.find((g) => g.id === doc.groupId)
  if (group === undefined) return refusal('onbekende-groep', `${doc.locationId}/${doc.groupId}`)
  const planning = await picture.groupDay({ locationId: doc.locationId, groupId: doc.groupId, date: doc.date })
  // The child itself is the +1: already expected (placed that day, or approved before) or not.
  const requests = planning.approved.filter((r) => r.id !== doc.id)
  const parts = roomParts(group, doc.dayPart)
  if (parts.length === 0) return refusal('geen-plaats', `group ${group.id} has no ${doc.dayPart}`)
  for (const part of parts) {
    const { expected } = expectedChildren({
      groupId: doc.groupId, date: doc.date, dayPart: part.dayPart,
      children: planning.children, requests, absences: planning.absences, corrections: planning.corrections,
    })
    const others = expected.filter((e) => e.childId !== doc.childId).length
    if (!groupRoom({ capacity: part.capacity, expected: others }).room) {
      return refusal('geen-plaats', `${doc.groupId} ${doc.date} ${part.dayPart}: ${others} expected, capacity ${part.capacity}`)
    }
  }
  return null
}
