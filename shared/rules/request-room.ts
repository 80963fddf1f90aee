// R11 for one request: whether its group has room for the child on its date and day part, judged
// per day part the request takes a place in (expected children other than this one + 1 ≤ capacity).
// The server judges an approval with it at the moment it arrives; the approval queue (F4) shows the
// same answer.
import type { DayPart } from '../domain/enums'
import { coversDayPart, sharedDayPart } from './day-part-cover'
import { expectedChildren, type ExpectedAbsence, type ExpectedChildInput, type ExpectedRequest } from './expected-children'
import { groupRoom } from './group-room'

type RoomDayPart = { dayPart: DayPart; capacity: number }

/**
 * The group's day parts a request takes a place in. A part made of smaller listed parts is judged
 * by those (a KDV `hele dag` takes a place in the ochtend and in the middag, each with its own
 * count); the whole-day list would count a morning child and an afternoon child as two.
 */
export function roomParts<P extends RoomDayPart>(group: { dayParts: readonly P[] }, dayPart: DayPart): P[] {
  const overlapping = group.dayParts.filter((p) => sharedDayPart(p.dayPart, dayPart) !== undefined)
  return overlapping.filter((p) => !overlapping.some((q) => q !== p && q.dayPart !== p.dayPart && coversDayPart(p.dayPart, q.dayPart)))
}

export interface RequestRoomInput {
  group: { id: string; dayParts: readonly RoomDayPart[] }
  request: { id: string; childId: string; date: string; dayPart: DayPart }
  children: readonly ExpectedChildInput[]
  /** Approved requests of the group (this request itself is left out). */
  requests: readonly ExpectedRequest[]
  absences: readonly ExpectedAbsence[]
  corrections?: readonly string[]
}

export interface PartRoom {
  dayPart: DayPart
  /** Children expected that day part, this request's child not counted. */
  expected: number
  capacity: number
  room: boolean
}

/** Room per day part the request takes; `room` only when every one of them has a place (none: no room). */
export function requestRoom(a: RequestRoomInput): { room: boolean; parts: PartRoom[] } {
  const requests = a.requests.filter((r) => r.id !== a.request.id)
  const parts = roomParts(a.group, a.request.dayPart).map((part): PartRoom => {
    const { expected } = expectedChildren({
      groupId: a.group.id, date: a.request.date, dayPart: part.dayPart,
      children: a.children, requests, absences: a.absences, ...(a.corrections ? { corrections: a.corrections } : {}),
    })
    // The child itself is the +1: already expected (placed that day, or approved before) or not.
    const others = expected.filter((e) => e.childId !== a.request.childId).length
    return { dayPart: part.dayPart, expected: others, capacity: part.capacity, room: groupRoom({ capacity: part.capacity, expected: others }).room }
  })
  return { room: parts.length > 0 && parts.every((p) => p.room), parts }
}
