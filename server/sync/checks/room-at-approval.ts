// R11 at the moment of approval: a request approved in this push, unless confirmed without room
// (withoutRoom with a reason, request-decisions.ts), needs room in its group on its date and day
// part on the stored picture: expected children + 1 ≤ capacity (shared/rules requestRoom: placements,
// plus approved requests, minus absences not corrected). Read inside the writing transaction, with this push's earlier approvals counted, so two PCs that each saw the
// last place free cannot both take it. Known gaps, both on the safe side (more children counted,
// never fewer): the server has no school holidays (`schoolweken` BSO children count then too) and
// does not leave out BSO/VSO children whose school has a study day.
import type { Request } from '../../../shared/domain'
import { requestRoom } from '../../../shared/rules'
import { sameDocument } from '../same-document'
import type { PictureCheck } from './check'
import { refusal } from './refusal'

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
  const { room, parts } = requestRoom({
    group, request: doc, children: planning.children, requests: planning.approved, absences: planning.absences, corrections: planning.corrections,
  })
  if (parts.length === 0) return refusal('geen-plaats', `group ${group.id} has no ${doc.dayPart}`)
  const full = parts.find((p) => !p.room)
  return room || full === undefined ? null
    : refusal('geen-plaats', `${doc.groupId} ${doc.date} ${full.dayPart}: ${full.expected} expected, capacity ${full.capacity}`)
}
