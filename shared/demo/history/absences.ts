// Absence reports (`afwezigheidsmeldingen`) with a realistic `gemeld om`: holidays reported well ahead,
// illness mostly on time (the evening before, or early in the morning), some too late (R4). The
// swap hours they earn come from the rules (R4–R7), against the balance as it was that day.
import type { AbsenceReason, Actor } from '../../domain/enums'
import type { Absence, Child, Group, Placement } from '../../domain/types'
import { absenceId, ledgerIds } from '../../domain/ids'
import { dayPartHours, swapHoursEarned } from '../../rules'
import { validUntilOf } from './validity'
import { amsterdamIso, isoWeekOf, minutes, yearOf, type Day } from '../days'
import { parentPortal } from '../organisation'
import type { Expected } from './planning'
import { dateOf, groupPart, serverDevice, type Sim } from './sim'

/** The R4 deadline as minutes of the care day: KDV and VSO 08:00, PG 08:30, BSO the start of care that day. */
function deadlineMinutes(group: Group, careStart: string): number {
  switch (group.careType) {
    case 'KDV': case 'VSO': return 8 * 60
    case 'PG': return 8 * 60 + 30
    case 'BSO': return minutes(careStart)
  }
}

const holidayWeeksPreferred = [8, 18, 29, 30, 31, 32, 33, 43, 52]

/** One or two weeks of family holiday per child per year, mostly in school holidays. */
export function onVacation(sim: Sim, child: Child, day: Day): boolean {
  const key = `${child.id}|${yearOf(day)}`
  let weeks = sim.vacationWeeks.get(key)
  if (!weeks) {
    weeks = new Set<string>()
    for (let i = sim.rng.int(1, 2); i > 0; i--) {
      weeks.add(String(sim.rng.chance(0.7) ? sim.rng.pick(holidayWeeksPreferred) : sim.rng.int(2, 50)))
    }
    sim.vacationWeeks.set(key, weeks)
  }
  return weeks.has(String(isoWeekOf(day)))
}

interface Report { reason: AbsenceReason; note?: string; via: Actor; reportedAt: string; at: string; by: string; device: string }

function report(sim: Sim, group: Group, x: Day, careStart: string, reason: AbsenceReason): Report {
  const { rng } = sim
  const deadline = deadlineMinutes(group, careStart)
  if (reason === 'vakantie') {
    const at = amsterdamIso(x - rng.int(3, 30), rng.int(19 * 60, 22 * 60 + 30))
    return { reason, via: 'ouder', reportedAt: at, at, by: parentPortal, device: parentPortal }
  }
  const note = reason === 'overig' ? rng.pick(['Naar de tandarts.', 'Logeert bij opa en oma.', 'Familiebezoek.']) : undefined
  const roll = rng.next()
  if (roll < 0.3) {
    // The evening before, through the parent portal: on time (R4: a report on an earlier day is on time).
    const at = amsterdamIso(x - 1, rng.int(19 * 60, 22 * 60 + 30))
    return { reason, ...(note ? { note } : {}), via: 'ouder', reportedAt: at, at, by: parentPortal, device: parentPortal }
  }
  const onTime = roll < 0.72
  const reported = onTime ? rng.int(Math.min(6 * 60 + 15, deadline - 30), deadline - 5) : deadline + rng.int(1, 150)
  if (rng.chance(0.6)) {
    const at = amsterdamIso(x, reported)
    return { reason, ...(note ? { note } : {}), via: 'ouder', reportedAt: at, at, by: parentPortal, device: parentPortal }
  }
  // A phone call taken at the group, entered a little later with the time of the call (R4 `gemeld om`).
  const staff = rng.pick(sim.staff.group)
  return {
    reason, ...(note ? { note } : {}), via: 'medewerker', reportedAt: amsterdamIso(x, reported),
    at: amsterdamIso(x, Math.min(reported + rng.int(0, 25), 23 * 60 + 59)), by: staff.id, device: sim.device,
  }
}

/** Writes the absence and, when on time and under the cap, the swap hours it earns. */
export function recordAbsence(sim: Sim, group: Group, x: Day, expected: Expected, reason: AbsenceReason, earns = true): Absence {
  const part = groupPart(group, expected.dayPart)
  const r = report(sim, group, x, part.start, reason)
  const date = dateOf(x)
  const absence: Absence = {
    id: absenceId(date, expected.child.id, expected.dayPart), childId: expected.child.id, groupId: group.id, locationId: sim.frame.id,
    careType: group.careType, date, dayPart: expected.dayPart, reason: { code: r.reason, ...(r.note ? { note: r.note } : {}) },
    reportedAt: r.reportedAt, reportedVia: r.via, by: r.by, device: r.device, at: r.at,
  }
  sim.docs.absences.push(absence)
  if (earns) earn(sim, absence, expected.placement, part.start, dayPartHours(part))
  return absence
}

function earn(sim: Sim, absence: Absence, placement: Placement, careStart: string, hours: number): void {
  const balance = sim.book.balance(absence.childId, 'ruiluren', absence.careType, absence.date).capBalance
  const earned = swapHoursEarned({
    careType: absence.careType, contract: placement.contract, date: absence.date, careStart, hours,
    reportedAt: new Date(absence.reportedAt), wentHome: false, balance,
  })
  if (!(earned > 0)) return
  sim.book.add({
    id: ledgerIds.earnedFromAbsence(absence.id), childId: absence.childId, locationId: absence.locationId, unit: 'ruiluren',
    careType: absence.careType, kind: 'opgebouwd', amount: earned, date: absence.date, validUntil: validUntilOf(absence.date),
    sourceId: absence.id, by: 'systeem', device: serverDevice, at: absence.at,
  })
}
