// One day of care at a location: per group the children expected (placements, approved requests,
// study-day sign-ups), who was absent and why, who came and went (one attendance document per group
// per day), plus the occasional unlock, correction and unplanned child.
import type { DayPart } from '../../domain/enums'
import type { AttendanceEntry, Group } from '../../domain/types'
import { attendanceDayId, attendanceEntryRef } from '../../domain/ids'
import { amsterdamIso, minutes, type Day } from '../days'
import { recordAbsence, onVacation } from './absences'
import { activePlacement, expectedOn, type Expected } from './planning'
import { trySubmit } from './requests'
import { dateOf, groupPart, staffFact, type Sim } from './sim'

export function careDay(sim: Sim, x: Day): void {
  for (const group of sim.groups.values()) careDayOfGroup(sim, group, x)
}

function careDayOfGroup(sim: Sim, group: Group, x: Day): void {
  const { rng } = sim
  const date = dateOf(x)
  const entries: AttendanceEntry[] = []
  const present = new Set<string>()

  const come = (expected: Pick<Expected, 'child' | 'dayPart'>, times?: { start: string; end: string }): void => {
    if (present.has(expected.child.id)) return
    present.add(expected.child.id)
    entries.push(entry(sim, group, x, expected.child.id, expected.dayPart, times))
  }

  for (const expected of expectedOn(sim, group, x)) {
    const child = expected.child
    const wasSick = sim.sick.has(child.id)
    if (onVacation(sim, child, x)) {
      recordAbsence(sim, group, x, expected, 'vakantie')
    } else if (rng.chance(wasSick ? 0.45 : 0.03)) {
      // Now and then an absence is entered for the wrong child: corrected, it earns nothing and the child came (R12).
      const mistaken = rng.chance(0.004)
      const absence = recordAbsence(sim, group, x, expected, rng.chance(0.9) ? 'ziek' : 'overig', !mistaken)
      if (mistaken) {
        correct(sim, group, x, absence.id, absence.at)
        come(expected)
      } else sim.sick.add(child.id)
    } else {
      sim.sick.delete(child.id)
      come(expected)
    }
  }
  for (const request of sim.approved.get(x) ?? []) {
    const child = request.groupId === group.id ? sim.childById.get(request.childId) : undefined
    if (child) come({ child, dayPart: request.dayPart })
  }
  for (const [childId, line] of sim.signedUp.get(x) ?? []) {
    const child = sim.childById.get(childId)
    const placement = child ? activePlacement(sim, child, x, ['BSO']) : undefined
    if (child && placement?.groupId === group.id) come({ child, dayPart: line.dayPart }, line)
  }
  if (entries.length > 0 && rng.chance(0.015)) unplanned(sim, group, x, present, entries)
  if (entries.length === 0) return

  const updatedAt = entries.reduce((latest, e) => (e.at > latest ? e.at : latest), entries[0]!.at)
  sim.docs.attendance.push({ id: attendanceDayId(date, group.id), date, groupId: group.id, locationId: sim.frame.id, entries, updatedAt })
  if (rng.chance(0.02)) {
    // R18: a list unlocked to change the planning, recorded with who and when.
    const who = rng.pick(sim.staff.group)
    sim.docs.journal.push({
      id: `ontgrendeld:${attendanceDayId(date, group.id)}`, kind: 'ontgrendeld', locationId: sim.frame.id,
      targetId: attendanceDayId(date, group.id), date, groupId: group.id, ...staffFact(sim, who, x, rng.int(9 * 60, 12 * 60)),
    })
  }
}

/** Check-in near the start of care, check-out near the end; a few go home early (R5: no swap hours). */
function entry(sim: Sim, group: Group, x: Day, childId: string, dayPart: DayPart, times?: { start: string; end: string }): AttendanceEntry {
  const { rng } = sim
  const part = groupPart(group, dayPart)
  const start = minutes(times?.start ?? part.start)
  const end = minutes(times?.end ?? part.end)
  const checkIn = start + rng.int(0, Math.min(60, Math.floor((end - start) / 4)))
  const wentHome = rng.chance(0.006)
  const checkOut = wentHome ? checkIn + Math.floor((end - checkIn) / 2) : end - rng.int(0, Math.min(75, Math.floor((end - start) / 4)))
  const who = rng.pick(sim.staff.group)
  return {
    childId, checkIn: amsterdamIso(x, checkIn), checkOut: amsterdamIso(x, checkOut), unplanned: false, wentHome,
    ...staffFact(sim, who, x, checkOut), rev: 2,
  }
}

/** R12: the original absence stays in the record; the journal marks it corrected, with who, when and why. */
function correct(sim: Sim, group: Group, x: Day, absenceId: string, absenceAt: string): void {
  const who = sim.rng.pick(sim.staff.seniors.length > 0 ? sim.staff.seniors : sim.staff.group)
  const at = new Date(Date.parse(absenceAt) + sim.rng.int(30, 180) * 60_000).toISOString()
  sim.docs.journal.push({
    id: `correctie:${absenceId}`, kind: 'correctie', locationId: sim.frame.id, targetId: absenceId, date: dateOf(x), groupId: group.id,
    reason: 'Verkeerd kind afgemeld.', by: who.id, device: sim.device, at,
  })
}

/** F2 `Kind toevoegen`: a child who is there but not on the list, checked in at once and regularised by a request. */
function unplanned(sim: Sim, group: Group, x: Day, present: Set<string>, entries: AttendanceEntry[]): void {
  const { rng } = sim
  const candidates = (sim.placementsByGroup.get(group.id) ?? []).filter((a) => a.placement.contract !== 'qflexibel' && x >= a.start && x <= a.end && !present.has(a.child.id))
  if (candidates.length === 0) return
  const { child, placement } = rng.pick(candidates)
  const request = trySubmit(sim, x, child, placement, 'medewerker', 0)
  if (!request) return
  const first = entry(sim, group, x, child.id, request.dayPart)
  entries.push({ ...first, unplanned: true })
  present.add(child.id)
  sim.docs.journal.push({
    id: `geregeld:${attendanceEntryRef(dateOf(x), group.id, child.id)}`, kind: 'geregeld', locationId: sim.frame.id,
    targetId: attendanceEntryRef(dateOf(x), group.id, child.id), date: dateOf(x), groupId: group.id, data: { requestId: request.id },
    by: request.by, device: request.device, at: request.at,
  })
}
