// What `Planning verversen` tells staff: which children the rebuilt list newly plans, which it no
// longer plans, and whose day parts changed. Both sides are read by the same row builder on the
// planning alone (no absences, no entries), so an absence or a check-in is never reported as a change
// of the planning. Pure.
import type { Child, DayPart, Group } from '../../../../../shared/domain'
import { attendanceRows, type ListPlanning } from '../attendance-rows'

export interface PlannedChild {
  childId: string
  name: string
  dayParts: DayPart[]
}

export interface PlanningDiff {
  added: PlannedChild[]
  removed: PlannedChild[]
  changed: { childId: string; name: string; before: DayPart[]; after: DayPart[] }[]
}

export interface PlanningSide {
  planning: ListPlanning
  names?: Readonly<Record<string, string>>
}

export function plannedChildren(a: { group: Group; date: string; children: readonly Child[] } & PlanningSide): PlannedChild[] {
  return attendanceRows({
    group: a.group, date: a.date, children: a.children, requests: [], absences: [], day: null,
    planning: a.planning, ...(a.names ? { names: a.names } : {}),
  }).map(({ childId, name, dayParts }) => ({ childId, name, dayParts }))
}

function sameParts(a: readonly DayPart[], b: readonly DayPart[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i])
}

export function planningDiff(before: readonly PlannedChild[], after: readonly PlannedChild[]): PlanningDiff {
  const old = new Map(before.map((child) => [child.childId, child]))
  const now = new Map(after.map((child) => [child.childId, child]))
  return {
    added: after.filter((child) => !old.has(child.childId)),
    removed: before.filter((child) => !now.has(child.childId)),
    changed: after.flatMap((child) => {
      const was = old.get(child.childId)
      return was && !sameParts(was.dayParts, child.dayParts)
        ? [{ childId: child.childId, name: child.name, before: was.dayParts, after: child.dayParts }]
        : []
    }),
  }
}

export function isEmptyDiff(diff: PlanningDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0
}
