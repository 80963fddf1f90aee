// R18: a locked list keeps the expected children it had. What it keeps is the planning the shared
// rules read for this group and date (the children's placements in the group that run on the date,
// and the approved requests), frozen the first time the list is opened on a day on this PC. The rows
// are then the rules' answer on that frozen planning with the live absences and entries, so a frozen
// list and a live one can never disagree on anything but the planning itself. Pure.
import type { Child, Request } from '../../../../../shared/domain'
import { attendanceDayId } from '../../../../../shared/domain'
import { amsterdamDate } from '../../../../../shared/calendar'
import type { ExpectedChildInput, ExpectedRequest } from '../../../../../shared/rules'
import { childName, type ListPlanning } from '../attendance-rows'

export interface ListSnapshot {
  /** The attendance day id `${date}:${groupId}`. */
  listId: string
  date: string
  groupId: string
  /** When it was frozen (server-corrected clock, ISO). */
  takenAt: string
  /** The Amsterdam date of takenAt: a snapshot serves the day it was taken only. */
  takenOn: string
  planning: { children: ExpectedChildInput[]; requests: ExpectedRequest[] }
  /** Names of the children it plans, for a child whose document left this PC meanwhile (R17). */
  names: Record<string, string>
}

export interface FreezeInput {
  groupId: string
  date: string
  children: readonly Child[]
  requests: readonly Request[]
  at: Date
}

/** Only what can put a child on this list: placements in the group running on the date, approved requests. */
export function freezePlanning(input: FreezeInput): ListSnapshot {
  const children: ExpectedChildInput[] = []
  const names: Record<string, string> = {}
  const nameOf = new Map(input.children.map((child) => [child.id, childName(child)]))
  for (const child of input.children) {
    const placements = child.placements
      .filter((p) => p.groupId === input.groupId && p.start <= input.date && (p.end == null || p.end >= input.date))
      .map((p) => ({ ...p, weekdays: [...p.weekdays], dayParts: [...p.dayParts] }))
    if (placements.length === 0) continue
    children.push({ id: child.id, placements })
    names[child.id] = childName(child)
  }
  const requests: ExpectedRequest[] = input.requests
    .filter((r) => r.groupId === input.groupId && r.date === input.date && r.status === 'goedgekeurd')
    .map((r) => ({ id: r.id, childId: r.childId, groupId: r.groupId, date: r.date, dayPart: r.dayPart, status: r.status, at: r.at }))
  for (const r of requests) names[r.childId] = nameOf.get(r.childId) ?? names[r.childId] ?? r.childId
  return {
    listId: attendanceDayId(input.date, input.groupId),
    date: input.date,
    groupId: input.groupId,
    takenAt: input.at.toISOString(),
    takenOn: amsterdamDate(input.at),
    planning: { children, requests },
    names,
  }
}

/** A snapshot taken on an earlier day is not this day's list any more: the list is frozen anew. */
export function isCurrent(snapshot: Pick<ListSnapshot, 'takenOn'> | null, today: string): snapshot is ListSnapshot {
  return snapshot !== null && snapshot.takenOn === today
}

export interface ListPlanningChoice {
  planning?: ListPlanning
  names?: Record<string, string>
}

/**
 * Which planning the rows read. Locked with a snapshot of today: the snapshot. Unlocked, or before a
 * snapshot exists (a PC whose first sync is still running freezes nothing): the live planning.
 */
export function planningFor(a: { locked: boolean; snapshot: ListSnapshot | null; today: string }): ListPlanningChoice {
  if (!a.locked || !isCurrent(a.snapshot, a.today)) return {}
  return { planning: a.snapshot.planning, names: a.snapshot.names }
}
