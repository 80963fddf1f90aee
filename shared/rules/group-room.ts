// R11: whether a group has room for one more child on a date and day part (expected + 1 ≤ capacity).
// Without room staff may still approve ("de medewerkers moeten beoordelen"), but only with a reason.
import { hasReason } from './reason'
import { allow, refuse, type Verdict } from './verdict'

export function groupRoom(a: { capacity: number; expected: number }): { room: boolean; left: number } {
  return { room: a.expected + 1 <= a.capacity, left: Math.max(0, a.capacity - a.expected) }
}

export function canApproveWithoutRoom(reason?: string): Verdict {
  return hasReason(reason) ? allow() : refuse('geen-plek-reden-verplicht')
}
