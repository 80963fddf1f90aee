// The waiting list of F4 (R20 `wachtlijst`): per group, date and day part, in the order requests were
// put on it (waitlistedAt), whatever the order they are shown in. When a place frees up there — a
// request of that group-day is rejected or deleted, a child is reported absent, a placement ends —
// the first in line is suggested. Judged from the state, not from the event: whichever way the place
// came free, the first in line is suggested as long as its group has room for it.
import type { DayPart, RequestStatus } from '../../../../shared/domain'
import type { RoomLookup, RoomRequest } from './room-lookup'

export interface WaitingRequest extends RoomRequest {
  status: RequestStatus
  /** Set when the request was put on the waiting list; the submission time `at` stands in for older data. */
  waitlistedAt?: string
  at: string
}

const slotOf = (r: { groupId: string; date: string; dayPart: DayPart }) => `${r.groupId}|${r.date}|${r.dayPart}`

function byTurn(x: WaitingRequest, y: WaitingRequest): number {
  const a = x.waitlistedAt ?? x.at
  const b = y.waitlistedAt ?? y.at
  return a < b ? -1 : a > b ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0
}

/** Each waiting request's place in its line (1 = first), keyed by request id. */
export function waitlistPositions(requests: readonly WaitingRequest[]): Map<string, number> {
  const lines = new Map<string, WaitingRequest[]>()
  for (const r of requests) {
    if (r.status !== 'wachtlijst') continue
    const line = lines.get(slotOf(r))
    if (line) line.push(r)
    else lines.set(slotOf(r), [r])
  }
  const positions = new Map<string, number>()
  for (const line of lines.values()) line.sort(byTurn).forEach((r, i) => positions.set(r.id, i + 1))
  return positions
}

/** The first in line of every waiting list whose group has room for it now, by date. */
export function firstInLine<R extends WaitingRequest>(requests: readonly R[], room: RoomLookup): R[] {
  const positions = waitlistPositions(requests)
  return requests
    .filter((r) => r.status === 'wachtlijst' && positions.get(r.id) === 1 && room.roomFor(r)?.room === true)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : byTurn(x, y)))
}
