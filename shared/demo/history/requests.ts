// Requests (`aanvragen`) as parents and staff submit them: a day the child is not planned, paid as
// the rules allow (R9–R10), within the request window (R1–R3), with the balance reserved (R20).
import type { Actor, Payment, RequestKind } from '../../domain/enums'
import type { Child, Placement, Request } from '../../domain/types'
import { ledgerIds } from '../../domain/ids'
import { dayPartHours, paymentOptions, requestWindow } from '../../rules'
import { amsterdamIso, type Day } from '../days'
import { parentPortal } from '../organisation'
import { isSchoolHoliday, isWeekend } from '../school-holidays'
import { careOn, expectedOn, schoolClosed } from './planning'
import { dateOf, groupPart, type Sim } from './sim'

/** Parents ask for about one extra day per child every ten weeks or so. */
const requestsPerChildPerDay = 1 / 70

export function submitRequests(sim: Sim, x: Day): void {
  const { rng } = sim
  const rate = sim.children.length * requestsPerChildPerDay
  const count = Math.floor(rate) + (rng.chance(rate % 1) ? 1 : 0)
  for (let i = 0; i < count; i++) {
    const child = rng.pick(sim.children)
    const placement = child.placements.find((p) => p.contract !== 'qflexibel' && p.careType !== 'VSO')
    if (placement) trySubmit(sim, x, child, placement, rng.chance(0.8) ? 'ouder' : 'medewerker')
  }
  // Qflexibel: all care is booked in Q-blocks (F4: decided by the planner).
  for (const child of sim.children) {
    const placement = child.placements.find((p) => p.contract === 'qflexibel')
    if (placement && rng.chance(0.22)) trySubmit(sim, x, child, placement, 'ouder')
  }
}

function choosePayment(sim: Sim, options: Payment[], holidayBso: boolean, qflex: boolean): { payment: Payment; kind: RequestKind } {
  const { rng } = sim
  if (qflex) {
    const flex = options.find((o) => o === 'flexuren' || o === 'flexuren+factuur')
    return { payment: flex !== undefined && rng.chance(0.9) ? flex : 'factuur', kind: 'Q-blok' }
  }
  if (holidayBso) {
    return options.includes('vakantietegoed') && rng.chance(0.7)
      ? { payment: 'vakantietegoed', kind: 'Vakantiedagen BSO (RP)' }
      : { payment: 'factuur', kind: 'Extra vakantiedag BSO' }
  }
  return options.includes('ruiluren') && rng.chance(0.75) ? { payment: 'ruiluren', kind: 'ruildag' } : { payment: 'factuur', kind: 'extra dag' }
}

const remarks = ['Opa en oma zijn op vakantie.', 'Ik moet een extra dienst draaien.', 'Graag met zijn vriendje op de groep.', 'Cursusdag op het werk.']

/** Submits a request on day x for a day ahead, when the child is not planned then; returns it, or undefined when nothing fits. */
export function trySubmit(sim: Sim, x: Day, child: Child, placement: Placement, via: Actor, daysAhead?: number): Request | undefined {
  const { rng } = sim
  const group = sim.groups.get(placement.groupId)
  if (!group) return undefined
  const d = x + (daysAhead ?? (via === 'ouder' ? rng.int(4, 28) : rng.int(0, 3)))
  const active = sim.placementsByGroup.get(group.id)?.find((a) => a.placement === placement)
  if (!active || isWeekend(d) || d < active.start || d > active.end) return undefined
  if (sim.requested.has(`${child.id}|${d}`) || expectedOn(sim, group, d).some((e) => e.child === child)) return undefined
  const holiday = isSchoolHoliday(d)
  const studyDay = schoolClosed(sim, child, d)
  if (studyDay) return undefined // study days go through the sign-up sheet (F6)
  const qflex = placement.contract === 'qflexibel'
  // The day part the group offers that day, whatever the child's own contract ('52-weken' stands for "open in holidays").
  const dayPart = qflex && !(group.careType === 'BSO' && holiday)
    ? placement.dayParts[0]
    : careOn(sim, child, { ...placement, contract: '52-weken' }, d) ?? undefined
  if (!dayPart) return undefined

  let actor = via
  const date = dateOf(d)
  const today = dateOf(x)
  if (!requestWindow({ date, today, by: actor, taxi: child.taxi, studyDay }).ok) {
    // R2: a taxi child's extra day is requested by staff.
    if (!child.taxi || !requestWindow({ date, today, by: 'medewerker', taxi: true, studyDay }).ok) return undefined
    actor = 'medewerker'
  }

  const hours = dayPartHours(groupPart(group, dayPart))
  const swap = sim.book.balance(child.id, 'ruiluren', group.careType, today).valid
  const holidayDays = sim.holidayContract.has(child.id) ? sim.book.balance(child.id, 'vakantiedagen', undefined, today).valid : 0
  const flex = qflex ? sim.book.balance(child.id, 'flexuren', undefined, today).valid : 0
  const holidayBso = group.careType === 'BSO' && holiday
  const options = paymentOptions({
    careType: group.careType, contract: placement.contract, date, studyDay, contractWeekdays: placement.weekdays,
    hours, swapBalance: swap, holidayDays, flexBalance: flex, holiday: holidayBso,
  })
  const { payment, kind } = choosePayment(sim, options, holidayBso, qflex)

  const staff = rng.pick([...sim.staff.group, ...sim.staff.seniors])
  const fact = actor === 'ouder'
    ? { by: parentPortal, device: parentPortal, at: amsterdamIso(x, rng.int(6 * 60, 23 * 60)) }
    : { by: staff.id, device: sim.device, at: amsterdamIso(x, rng.int(7 * 60 + 30, 18 * 60)) }
  const flexHours = payment === 'flexuren' ? hours : payment === 'flexuren+factuur' ? Math.floor(flex * 4) / 4 : undefined
  const invoiceHours = payment === 'factuur' ? hours : payment === 'flexuren+factuur' ? hours - (flexHours ?? 0) : undefined
  const request: Request = {
    id: rng.uuid(), childId: child.id, groupId: group.id, locationId: sim.frame.id, careType: group.careType,
    contract: placement.contract, date, dayPart, kind, payment, hours,
    ...(flexHours !== undefined ? { flexHours } : {}),
    ...(invoiceHours !== undefined ? { invoiceHours } : {}),
    ...(actor === 'ouder' && rng.chance(0.25) ? { remarks: rng.pick(remarks) } : {}),
    submittedVia: actor, status: 'ingediend', decisions: [], ...fact, updatedAt: fact.at,
  }
  sim.docs.requests.push(request)
  sim.requested.add(`${child.id}|${d}`)
  reserve(sim, request, x)
  schedule(sim, request, x, d)
  return request
}

/** R20: a request paid from a balance holds it from submission. */
function reserve(sim: Sim, request: Request, x: Day): void {
  const held = request.payment === 'ruiluren' ? { unit: 'ruiluren' as const, amount: request.hours, careType: request.careType }
    : request.payment === 'vakantietegoed' ? { unit: 'vakantiedagen' as const, amount: 1 }
      : request.payment === 'flexuren' || request.payment === 'flexuren+factuur' ? { unit: 'flexuren' as const, amount: request.flexHours ?? 0 }
        : undefined
  if (!held || !(held.amount > 0)) return
  sim.reserved.set(request.id, held)
  sim.book.add({
    id: ledgerIds.reservation(request.id), childId: request.childId, locationId: request.locationId, unit: held.unit,
    ...(held.careType ? { careType: held.careType } : {}), kind: 'gereserveerd', amount: held.amount, date: dateOf(x),
    sourceId: request.id, by: request.by, device: request.device, at: request.at,
  })
}

/** When staff (or the planner) will look at it; the last week's requests are still open today (F4 has work). */
function schedule(sim: Sim, request: Request, x: Day, d: Day): void {
  const { rng } = sim
  if (x >= sim.today - 6 && request.submittedVia === 'ouder' && d >= sim.today) return
  const roll = rng.next()
  let decideOn = x + (roll < 0.3 ? 0 : roll < 0.65 ? 1 : roll < 0.9 ? rng.int(2, 4) : rng.int(5, 9))
  while (isWeekend(decideOn) && decideOn < d) decideOn++
  decideOn = Math.min(decideOn, d)
  if (decideOn < sim.today) sim.pending.push({ request, decideOn })
}
