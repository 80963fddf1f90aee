// The BKR check beside R11's room check (issue 9, BKR.md "the approval queue shows whether adding the
// requested child keeps the ratio"): the children expected in the group that date and day part — the
// same set the room check counts — plus the requested child give the staff required (requiredStaff);
// the staff planned for that group-day (Inroosteren, or already checked in) are what the group has.
// A request over several day parts (a KDV hele dag) needs what its busiest part needs.
// VSO has no table in BKR.md, so a VSO request gets no BKR answer (ratioCareType).
import type { CareType, DayPart } from '../../../../shared/domain'
import {
  expectedChildren, ratioCareType, requiredStaff, roomParts,
  type ExpectedAbsence, type ExpectedChildInput, type ExpectedRequest,
} from '../../../../shared/rules'

export type RatioCheck =
  /** VSO: no ratio to check. */
  | { kind: 'none' }
  /** `noStaff`: nobody is planned yet, so the number required is all there is to say. */
  | { kind: 'counted'; required: number; planned: number; fits: boolean; noStaff: boolean }
  /** With this child the group is larger than any number of staff may run (requiredStaff's refusal). */
  | { kind: 'refused'; message: string; planned: number }

export interface RatioCheckInput {
  careType: CareType
  date: string
  /** Per day part the request takes a place in: birth dates of the children expected then, the requested child left out. */
  parts: readonly (readonly string[])[]
  childBirthDate: string
  plannedStaff: number
}

export function ratioCheck(a: RatioCheckInput): RatioCheck {
  const careType = ratioCareType(a.careType)
  if (careType === null) return { kind: 'none' }
  let required = 0
  for (const birthDates of a.parts) {
    const result = requiredStaff({ careType, date: a.date, birthDates: [...birthDates, a.childBirthDate] })
    if (!result.ok) return { kind: 'refused', message: result.message, planned: a.plannedStaff }
    required = Math.max(required, result.staff)
  }
  return { kind: 'counted', required, planned: a.plannedStaff, fits: a.plannedStaff >= required, noStaff: a.plannedStaff === 0 }
}

/** Flagged in the queue: more staff needed than planned (or no staff at all could do it). */
export function ratioBroken(check: RatioCheck): boolean {
  return check.kind === 'refused' || (check.kind === 'counted' && !check.fits && !check.noStaff)
}

export interface RatioRequest {
  childId: string
  groupId: string
  date: string
  dayPart: DayPart
}

export interface RatioGroup {
  id: string
  careType: CareType
  dayParts: readonly { dayPart: DayPart; capacity: number }[]
}

/** `${groupId}|${date}`: the key of a group-day's planned staff. */
export const groupDayKey = (groupId: string, date: string) => `${groupId}|${date}`

/** The queue's version: many rows, the expected sets taken from the room look-up that already holds them. */
export function ratioLookup(a: {
  groups: readonly RatioGroup[]
  expectedFor: (groupId: string, date: string, dayPart: DayPart) => readonly string[] | null
  birthDates: ReadonlyMap<string, string>
  /** Planned staff per group-day; a group-day missing from it has none. */
  plannedStaff: ReadonlyMap<string, number>
}): (request: RatioRequest) => RatioCheck | null {
  const groups = new Map(a.groups.map((g) => [g.id, g]))
  // The same request asked again gets the same answer object: memoised queue rows stay as they are.
  const answers = new Map<string, RatioCheck | null>()
  return (request) => {
    const key = `${request.groupId}|${request.date}|${request.dayPart}|${request.childId}`
    if (answers.has(key)) return answers.get(key) ?? null
    const answer = answerFor(request)
    answers.set(key, answer)
    return answer
  }
  function answerFor(request: RatioRequest): RatioCheck | null {
    const group = groups.get(request.groupId)
    const childBirthDate = a.birthDates.get(request.childId)
    if (!group || childBirthDate === undefined) return null
    const parts: string[][] = []
    for (const part of roomParts(group, request.dayPart)) {
      const ids = a.expectedFor(group.id, request.date, part.dayPart)
      if (ids === null) return null
      parts.push(ids.filter((id) => id !== request.childId).flatMap((id) => a.birthDates.get(id) ?? []))
    }
    return ratioCheck({ careType: group.careType, date: request.date, parts, childBirthDate, plannedStaff: a.plannedStaff.get(groupDayKey(group.id, request.date)) ?? 0 })
  }
}

/** The detail's version: one request, over the documents the room check of the decision panel reads too. */
export function ratioForRequest(a: {
  group: RatioGroup
  request: RatioRequest & { id: string }
  children: readonly (ExpectedChildInput & { birthDate: string })[]
  /** Approved requests of the group that day (this request itself is left out). */
  requests: readonly ExpectedRequest[]
  absences: readonly ExpectedAbsence[]
  corrections: readonly string[]
  plannedStaff: number
}): RatioCheck | null {
  const birthDates = new Map(a.children.map((c) => [c.id, c.birthDate]))
  const childBirthDate = birthDates.get(a.request.childId)
  if (childBirthDate === undefined) return null
  const requests = a.requests.filter((r) => r.id !== a.request.id && r.groupId === a.group.id && r.date === a.request.date)
  const parts = roomParts(a.group, a.request.dayPart).map((part) => expectedChildren({
    groupId: a.group.id, date: a.request.date, dayPart: part.dayPart,
    children: a.children, requests, absences: a.absences.filter((x) => x.date === a.request.date), corrections: a.corrections,
  }).expected.filter((e) => e.childId !== a.request.childId).flatMap((e) => birthDates.get(e.childId) ?? []))
  return ratioCheck({ careType: a.group.careType, date: a.request.date, parts, childBirthDate, plannedStaff: a.plannedStaff })
}
