// Who is expected in a group on a day, from the placements (the demo's fast version of F2's list:
// shared/rules expectedChildren is the reference the app uses; this one runs 100,000 times).
import type { DayPart } from '../../domain/enums'
import type { Child, Group, Placement } from '../../domain/types'
import { weekdayOf, type Day } from '../days'
import { slotsOf } from '../placements'
import { isSchoolHoliday } from '../school-holidays'
import type { Sim } from './sim'

export interface Expected { child: Child; placement: Placement; dayPart: DayPart }

const cache = new WeakMap<Sim, Map<string, Expected[]>>()

/** Whether the child's school is closed that day (study or closing day). */
export function schoolClosed(sim: Sim, child: Child, day: Day): boolean {
  return child.schoolId !== undefined && (sim.studyDays.get(day)?.has(child.schoolId) ?? false)
}

/**
 * The day part a placement brings the child on a day, or undefined when it brings no care:
 * PG and VSO follow the school weeks; BSO `schoolweken` has no holiday care and `52-weken` becomes a
 * whole day in the holidays; on a study day BSO/VSO children come only when signed up on the sheet.
 */
export function careOn(sim: Sim, child: Child, placement: Placement, day: Day): DayPart | undefined {
  const holiday = isSchoolHoliday(day)
  switch (placement.careType) {
    case 'KDV':
      return placement.dayParts[0]
    case 'PG':
      return holiday ? undefined : 'ochtend'
    case 'VSO':
      return holiday || schoolClosed(sim, child, day) ? undefined : 'voorschools'
    case 'BSO':
      if (holiday) return placement.contract === '52-weken' ? 'hele dag' : undefined
      return schoolClosed(sim, child, day) ? undefined : 'naschools'
  }
}

export function expectedOn(sim: Sim, group: Group, day: Day): Expected[] {
  let perSim = cache.get(sim)
  if (!perSim) cache.set(sim, (perSim = new Map()))
  const key = `${group.id}|${day}`
  const hit = perSim.get(key)
  if (hit) return hit
  const weekday = weekdayOf(day)
  const list: Expected[] = []
  for (const { child, placement, start, end } of sim.placementsByGroup.get(group.id) ?? []) {
    if (day < start || day > end || !placement.weekdays.includes(weekday)) continue
    const dayPart = careOn(sim, child, placement, day)
    if (dayPart) list.push({ child, placement, dayPart })
  }
  perSim.set(key, list)
  return list
}

/** The places a day part takes: KDV counts morning and afternoon; other groups have one place a day. */
function placesOf(group: Group, dayPart: DayPart): string[] {
  return group.careType === 'KDV' ? slotsOf([dayPart]) : ['dag']
}

function capacityOf(group: Group, place: string): number {
  if (group.careType !== 'KDV') return Math.max(...group.dayParts.map((p) => p.capacity))
  return group.dayParts.find((p) => p.dayPart === place)?.capacity ?? 0
}

/** R11: expected children + 1 ≤ capacity, for every place the day part takes (approved requests count too). */
export function hasRoom(sim: Sim, group: Group, day: Day, dayPart: DayPart): boolean {
  const approved = (sim.approved.get(day) ?? []).filter((r) => r.groupId === group.id)
  return placesOf(group, dayPart).every((place) => {
    const taken = expectedOn(sim, group, day).filter((e) => placesOf(group, e.dayPart).includes(place)).length
      + approved.filter((r) => placesOf(group, r.dayPart).includes(place)).length
    return taken + 1 <= capacityOf(group, place)
  })
}

/** The placement that brings a child to a group on a day (active, whatever its weekdays). */
export function activePlacement(sim: Sim, child: Child, day: Day, careTypes?: readonly string[]): Placement | undefined {
  return child.placements.find((p) => {
    if (careTypes && !careTypes.includes(p.careType)) return false
    const start = sim.placementsByGroup.get(p.groupId)?.find((a) => a.placement === p)
    return start !== undefined && day >= start.start && day <= start.end
  })
}
