// R11 for every row of the queue: whether the request's group has room that date and day part, the
// same answer as shared/rules requestRoom (the server judges approvals with it), but computed once
// per group, date and day part instead of once per row: a queue of hundreds of requests in a few
// groups asks the same few group-days again and again. A bulk approval counts its own approvals one
// after another (`take`), so the twelfth approval into a group with ten places left is seen as full.
import type { DayPart, RequestStatus } from '../../../../shared/domain'
import {
  expectedChildren, groupRoom, roomParts,
  type ExpectedAbsence, type ExpectedChildInput, type ExpectedRequest, type PartRoom,
} from '../../../../shared/rules'

export interface RoomGroup {
  id: string
  dayParts: readonly { dayPart: DayPart; capacity: number }[]
}

export interface RoomFacts {
  groups: readonly RoomGroup[]
  /** Children of the locations (their placements decide who is expected). */
  children: readonly ExpectedChildInput[]
  /** Approved requests of the groups in the date range (others are ignored). */
  requests: readonly ExpectedRequest[]
  absences: readonly ExpectedAbsence[]
  /** Ids of absences a journal `correctie` marked as mistaken (R12: they free no place). */
  corrections: readonly string[]
  /** The dates these facts cover: a request outside them gets no answer (null), never a wrong one. */
  range: { from: string; to: string } | null
}

export interface RoomRequest {
  id: string
  childId: string
  groupId: string
  date: string
  dayPart: DayPart
}

export interface RoomAnswer {
  room: boolean
  parts: PartRoom[]
}

export interface RoomLookup {
  /** requestRoom's answer for the request; null when its group or date is not in the facts. */
  roomFor(request: RoomRequest): RoomAnswer | null
  /** From now on the request counts as approved (a bulk approval takes places one after another). */
  take(request: RoomRequest): void
  /** The children expected in the group that date and day part (the set R11 counts; the BKR check reads it too); null when not covered. */
  expectedFor(groupId: string, date: string, dayPart: DayPart): readonly string[] | null
}

const approved: RequestStatus = 'goedgekeurd'

export function roomLookup(facts: RoomFacts): RoomLookup {
  const groups = new Map(facts.groups.map((g) => [g.id, g]))
  // Only children with a placement in the group can be expected there by placement.
  const placedIn = new Map<string, ExpectedChildInput[]>()
  for (const child of facts.children) {
    for (const groupId of new Set(child.placements.map((p) => p.groupId))) {
      const list = placedIn.get(groupId) ?? []
      list.push(child)
      placedIn.set(groupId, list)
    }
  }
  const approvedOn = new Map<string, ExpectedRequest[]>()
  const addApproved = (r: ExpectedRequest) => {
    const key = `${r.groupId}|${r.date}`
    const list = approvedOn.get(key)
    if (list) list.push(r)
    else approvedOn.set(key, [r])
  }
  for (const r of facts.requests) if (r.status === approved) addApproved(r)
  const absencesOn = new Map<string, ExpectedAbsence[]>()
  for (const a of facts.absences) {
    const list = absencesOn.get(a.date)
    if (list) list.push(a)
    else absencesOn.set(a.date, [a])
  }
  const corrections = [...facts.corrections]

  // group|date|part → the children expected then (each child once).
  const expectedCache = new Map<string, string[]>()
  function expectedIds(groupId: string, date: string, dayPart: DayPart): string[] {
    const key = `${groupId}|${date}|${dayPart}`
    const hit = expectedCache.get(key)
    if (hit) return hit
    const { expected } = expectedChildren({
      groupId, date, dayPart,
      children: placedIn.get(groupId) ?? [],
      requests: approvedOn.get(`${groupId}|${date}`) ?? [],
      absences: absencesOn.get(date) ?? [],
      corrections,
    })
    const ids = expected.map((e) => e.childId)
    expectedCache.set(key, ids)
    return ids
  }

  // The same request asked again gets the same answer object: memoised rows stay as they are.
  const answerCache = new Map<string, RoomAnswer>()

  function covered(date: string): boolean {
    return facts.range !== null && date >= facts.range.from && date <= facts.range.to
  }

  return {
    roomFor(request) {
      const group = groups.get(request.groupId)
      if (!group || !covered(request.date)) return null
      const key = `${group.id}|${request.date}|${request.dayPart}|${request.childId}`
      const hit = answerCache.get(key)
      if (hit) return hit
      const parts = roomParts(group, request.dayPart).map((part): PartRoom => {
        // The child itself is the +1, whether it is already expected or not (as requestRoom counts).
        const others = expectedIds(group.id, request.date, part.dayPart).filter((id) => id !== request.childId).length
        return { dayPart: part.dayPart, expected: others, capacity: part.capacity, room: groupRoom({ capacity: part.capacity, expected: others }).room }
      })
      const answer = { room: parts.length > 0 && parts.every((p) => p.room), parts }
      answerCache.set(key, answer)
      return answer
    },
    expectedFor(groupId, date, dayPart) {
      return groups.has(groupId) && covered(date) ? expectedIds(groupId, date, dayPart) : null
    },
    take(request) {
      addApproved({ ...request, status: approved })
      const day = `${request.groupId}|${request.date}|`
      for (const cache of [expectedCache, answerCache]) for (const key of [...cache.keys()]) if (key.startsWith(day)) cache.delete(key)
    },
  }
}
