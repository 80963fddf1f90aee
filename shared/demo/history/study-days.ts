// Study and closing days of the schools near a location (F9), and the sign-up sheets for them (F6):
// parents sign lines at the location, staff close the sheet, customer service processes each line.
import type { StudyDayKind } from '../../domain/enums'
import type { Child, SignupLine, SignupSheet } from '../../domain/types'
import { lineDecisionId, lineWithdrawalId, signupSheetId, studyDayId } from '../../domain/ids'
import { invoiceDate, signupBilling } from '../../rules'
import { amsterdamIso, weekdayOf, type Day } from '../days'
import { isSchoolHoliday, isWeekend } from '../school-holidays'
import { activePlacement } from './planning'
import { drawSignature } from './signature'
import { dateOf, officeDevice, staffFact, type Sim } from './sim'

/** A sheet hangs at the location for two weeks before the day. */
const sheetOpenDays = 14

function schoolDay(sim: Sim, from: Day, to: Day): Day | undefined {
  for (let attempt = 0; attempt < 20; attempt++) {
    const day = sim.rng.int(from, to)
    if (!isWeekend(day) && !isSchoolHoliday(day)) return day
  }
  return undefined
}

/** Past days within the history and coming ones in the next four months, per school (F9). */
export function planStudyDays(sim: Sim): void {
  const { rng } = sim
  const enterers = [...sim.staff.seniors.filter((s) => s.role === 'manager'), ...sim.staff.office]
  for (const school of sim.frame.schools) {
    const days = new Set<Day>()
    for (let i = rng.int(3, 5); i > 0; i--) {
      const d = schoolDay(sim, sim.start, sim.today - 1)
      if (d !== undefined) days.add(d)
    }
    for (let i = rng.int(2, 3); i > 0; i--) {
      const d = schoolDay(sim, sim.today + 3, sim.today + 120)
      if (d !== undefined) days.add(d)
    }
    for (const day of [...days].sort((a, b) => a - b)) {
      const kind: StudyDayKind = rng.chance(0.8) ? 'studiedag' : 'schoolsluitingsdag'
      const who = rng.pick(enterers)
      const entered = Math.min(day - rng.int(20, 90), sim.today - 1)
      sim.docs.studydays.push({
        id: studyDayId(school.id, dateOf(day)), schoolId: school.id, schoolName: school.name, date: dateOf(day), kind,
        by: who.id, device: who.role === 'manager' ? sim.device : officeDevice, at: amsterdamIso(entered, rng.int(9 * 60, 17 * 60)),
      })
      const closed = sim.studyDays.get(day) ?? new Set<string>()
      closed.add(school.id)
      sim.studyDays.set(day, closed)
    }
  }
}

/** On the day a sheet opens (or on the first day of the history), everything that happens to it up to today. */
export function sheetsOpening(sim: Sim, x: Day): void {
  for (const [day, schools] of sim.studyDays) {
    const opens = day - sheetOpenDays
    if (opens === x || (x === sim.start && opens < x && day >= x)) runSheet(sim, x, day, schools)
  }
}

function runSheet(sim: Sim, opened: Day, day: Day, schools: Set<string>): void {
  const { rng } = sim
  const date = dateOf(day)
  const sheet: SignupSheet = { id: signupSheetId(sim.frame.id, date), locationId: sim.frame.id, date, status: 'open', updatedAt: amsterdamIso(opened, 7 * 60) }
  sim.docs.signupsheets.push(sheet)
  const lastSigning = Math.min(day - 1, sim.today - 1)
  const signed = new Map<string, { dayPart: 'hele dag'; start: string; end: string }>()
  for (const child of sim.children) {
    const placement = child.schoolId !== undefined && schools.has(child.schoolId) ? activePlacement(sim, child, day, ['BSO']) : undefined
    if (!placement || !sim.rng.chance(0.55)) continue
    const signedOn = rng.int(opened, lastSigning)
    if (signedOn > lastSigning || isWeekend(signedOn)) continue
    const line = signLine(sim, child, sheet, signedOn, signupBilling({ contract: placement.contract, weekday: weekdayOf(day), contractWeekdays: placement.weekdays }))
    if (rng.chance(0.04) && signedOn + 1 < Math.min(day, sim.today)) {
      const who = rng.pick(sim.staff.group)
      sim.docs.journal.push({
        id: lineWithdrawalId(line.id), kind: 'intrekking', locationId: sim.frame.id, targetId: line.id, date, reason: 'Ouder heeft de inschrijving ingetrokken.',
        ...staffFact(sim, who, rng.int(signedOn + 1, Math.min(day, sim.today) - 1), rng.int(8 * 60, 18 * 60)),
      })
      continue
    }
    signed.set(child.id, { dayPart: 'hele dag', start: line.times?.start ?? '07:30', end: line.times?.end ?? '18:30' })
    if (day < sim.today) process(sim, line, day)
  }
  sim.signedUp.set(day, signed)
  if (day - 1 < sim.today) {
    const who = rng.pick(sim.staff.seniors.length > 0 ? sim.staff.seniors : sim.staff.group)
    const closedAt = amsterdamIso(day - 1, rng.int(18 * 60, 19 * 60))
    Object.assign(sheet, { status: 'gesloten', closedBy: who.id, closedAt, updatedAt: closedAt })
  }
}

function signLine(sim: Sim, child: Child, sheet: SignupSheet, signedOn: Day, billing: 'factuur' | 'inclusief'): SignupLine {
  const { rng } = sim
  const parent = rng.pick(child.parents)
  const whole = rng.chance(0.8)
  const fact = staffFact(sim, rng.pick(sim.staff.group), signedOn, rng.int(15 * 60, 18 * 60 + 20))
  const line: SignupLine = {
    id: rng.uuid(), sheetId: sheet.id, locationId: sim.frame.id, date: sheet.date, childId: child.id,
    ...(whole ? { dayPart: 'hele dag' as const } : { times: { start: rng.pick(['08:00', '08:30', '09:00']), end: rng.pick(['15:00', '16:30', '17:30']) } }),
    parentName: parent.name, signature: drawSignature(rng), signedAt: fact.at, billing, ...fact,
  }
  sim.docs.signuplines.push(line)
  return line
}

/** Customer service books each line after the day (F6): `verwerkt` (id per line), or `afgewezen` with a reason. */
function process(sim: Sim, line: SignupLine, day: Day): void {
  const { rng } = sim
  const on = day + rng.int(1, 6)
  if (on >= sim.today || isWeekend(on)) return
  const clerk = rng.pick(sim.staff.office)
  const fact = { by: clerk.id, device: officeDevice, at: amsterdamIso(on, rng.int(9 * 60, 17 * 60)) }
  if (rng.chance(0.06)) {
    sim.docs.journal.push({ id: lineDecisionId(line.id), kind: 'afgewezen', locationId: line.locationId, targetId: line.id, date: line.date,
      reason: 'Kind staat niet ingeschreven op een school met een studiedag op deze datum.', ...fact })
    return
  }
  sim.docs.journal.push({
    id: lineDecisionId(line.id), kind: 'verwerkt', locationId: line.locationId, targetId: line.id, date: line.date,
    data: { billing: line.billing, ...(line.billing === 'factuur' ? { invoiceDate: invoiceDate(line.date) } : {}) }, ...fact,
  })
}
