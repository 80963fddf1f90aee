// The rows of one group's Aanwezigheidslijst on one date: every child the shared rules expect for
// any of the group's day parts (placements + approved requests − absences), plus every child that
// already has an entry that day although not expected (safety first: who is in the building shows).
// A locked list (R18) passes the planning it froze (list-tools/list-snapshot.ts) instead of the live
// placements and requests; absences and entries are always live.
import type { Absence, AttendanceDay, AttendanceEntry, Child, DayPart, Group, JournalEntry, Request } from '../../../../shared/domain'
import { dayParts as dayPartOrder } from '../../../../shared/domain'
import { expectedChildren, type ExpectedChildInput, type ExpectedRequest } from '../../../../shared/rules'

export interface AttendanceRow {
  childId: string
  name: string
  /** The day parts the child is expected for, 'hele dag' when that covers them. Empty when not expected. */
  dayParts: DayPart[]
  expected: boolean
  entry?: AttendanceEntry
  /** The approved request the child comes through, when not (only) by placement: kind, payment, R15's invoice date. */
  request?: RowRequest
}

export type RowRequest = Pick<Request, 'id' | 'kind' | 'payment' | 'invoiceDate'>

/** The planning the rules read: placements (inside children) and requests. */
export interface ListPlanning {
  children: readonly ExpectedChildInput[]
  requests: readonly ExpectedRequest[]
}

export interface AttendanceRowsInput {
  group: Group
  date: string
  /** The location's children: their names, and (without `planning`) their placements. */
  children: readonly Child[]
  requests: readonly Request[]
  absences: readonly Absence[]
  /** Journal entries of that date: a `correctie` of an absence takes it out of the count (R12). */
  journal?: readonly JournalEntry[]
  day: AttendanceDay | null
  /** R18: the planning a locked list froze; without it the live children and requests are read. */
  planning?: ListPlanning
  /** Names of children the frozen planning knows but the live children no longer hold. */
  names?: Readonly<Record<string, string>>
}

export function childName(child: Pick<Child, 'firstName' | 'lastName'>): string {
  return `${child.firstName} ${child.lastName}`
}

function summarise(parts: Set<DayPart>): DayPart[] {
  if (parts.has('hele dag') || (parts.has('ochtend') && parts.has('middag'))) return ['hele dag']
  return dayPartOrder.filter((part) => parts.has(part))
}

export function attendanceRows(input: AttendanceRowsInput): AttendanceRow[] {
  const corrections = (input.journal ?? []).filter((j) => j.kind === 'correctie').map((j) => j.targetId)
  const planning: ListPlanning = input.planning ?? { children: input.children, requests: input.requests }
  const expectedParts = new Map<string, Set<DayPart>>()
  const viaRequest = new Map<string, string>()
  for (const { dayPart } of input.group.dayParts) {
    const { expected } = expectedChildren({
      groupId: input.group.id, date: input.date, dayPart,
      children: planning.children, requests: planning.requests, absences: input.absences, corrections,
    })
    for (const child of expected) {
      if (child.reason === 'aanvraag') viaRequest.set(child.childId, child.sourceId)
      const parts = expectedParts.get(child.childId) ?? new Set<DayPart>()
      parts.add(child.dayPart)
      expectedParts.set(child.childId, parts)
    }
  }
  const names = new Map<string, string>(Object.entries(input.names ?? {}))
  for (const child of input.children) names.set(child.id, childName(child))
  const entries = new Map((input.day?.entries ?? []).map((entry) => [entry.childId, entry]))
  // A frozen planning keeps only what the rules need; the request itself (payment, invoice date) is live.
  const requests = new Map(input.requests.map((r) => [r.id, r]))
  const ids = new Set([...expectedParts.keys(), ...entries.keys()])
  const rows: AttendanceRow[] = [...ids].map((childId) => {
    const parts = expectedParts.get(childId)
    const entry = entries.get(childId)
    const request = requests.get(viaRequest.get(childId) ?? '')
    return {
      childId,
      name: names.get(childId) ?? childId,
      dayParts: parts ? summarise(parts) : [],
      expected: parts !== undefined,
      ...(entry ? { entry } : {}),
      ...(request ? { request: { id: request.id, kind: request.kind, payment: request.payment, ...(request.invoiceDate ? { invoiceDate: request.invoiceDate } : {}) } } : {}),
    }
  })
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.childId.localeCompare(b.childId))
}
