// Staff decide requests (F4, R11, R20): approve when the group has room, otherwise reject or put on
// the waiting list, sometimes approve without room with a reason. Qflexibel only by the planner.
import type { RequestStatus } from '../../domain/enums'
import type { Request } from '../../domain/types'
import { ledgerIds } from '../../domain/ids'
import { canCancelQBlock, invoiceDate } from '../../rules'
import { amsterdamIso, toDay, type Day } from '../days'
import { parentPortal } from '../organisation'
import { isWeekend } from '../school-holidays'
import { lastFlexDay } from './credits'
import { hasRoom } from './planning'
import { dateOf, officeDevice, type Sim } from './sim'

const rejections = ['Groep is vol op deze dag.', 'Geen extra pedagogisch medewerker beschikbaar.', 'Dit dagdeel is niet mogelijk op deze groep.']

export function decideDue(sim: Sim, x: Day): void {
  if (isWeekend(x)) return
  const due = sim.pending.filter((p) => p.decideOn <= x)
  sim.pending = sim.pending.filter((p) => p.decideOn > x)
  for (const { request } of due) decide(sim, request, x)
  for (const request of sim.cancellations.get(x) ?? []) cancelQBlock(sim, request, x)
}

function decide(sim: Sim, request: Request, x: Day): void {
  const { rng } = sim
  const group = sim.groups.get(request.groupId)
  if (!group) return
  const d = toDay(request.date)
  const room = hasRoom(sim, group, d, request.dayPart)
  const waited = request.status === 'wachtlijst'
  const roll = rng.next()
  let status: RequestStatus
  let reason: string | undefined
  let withoutRoom = false
  if (room) {
    status = waited || roll < 0.88 ? 'goedgekeurd' : roll < 0.92 ? 'afgekeurd' : roll < 0.96 ? 'verwijderd' : 'wachtlijst'
    if (status === 'afgekeurd') reason = rng.pick(rejections.slice(1))
    if (status === 'verwijderd') reason = 'Op verzoek van de ouder.'
  } else if (waited || roll < 0.4) {
    status = 'afgekeurd'
    reason = rejections[0]
  } else if (roll < 0.9 || d === x) {
    status = 'wachtlijst'
  } else {
    // R11: approved although the group is full, after a confirmation with a reason.
    status = 'goedgekeurd'
    withoutRoom = true
    reason = 'Extra medewerker ingeroosterd.'
  }
  if (status === 'wachtlijst' && d === x) status = 'afgekeurd'

  const decider = request.kind === 'Q-blok' ? { by: sim.staff.planner.id, device: officeDevice } : { by: rng.pick([...sim.staff.group, ...sim.staff.seniors]).id, device: sim.device }
  const submitted = Date.parse(request.updatedAt)
  let at = amsterdamIso(x, rng.int(8 * 60, 17 * 60))
  if (Date.parse(at) <= submitted) at = new Date(submitted + rng.int(5, 90) * 60_000).toISOString()
  request.decisions.push({ status, ...decider, at, ...(reason ? { reason } : {}), ...(withoutRoom ? { withoutRoom } : {}) })
  request.status = status
  request.updatedAt = at

  if (status === 'wachtlijst') {
    request.waitlistedAt = at
    // For a day still ahead, most stay on the list until a place frees up (F4 shows them in order).
    if (d >= sim.today && rng.chance(0.6)) return
    const next = Math.min(x + rng.int(1, 5), d)
    if (next < sim.today) sim.pending.push({ request, decideOn: next })
    return
  }
  const held = sim.reserved.get(request.id)
  if (status === 'goedgekeurd') {
    sim.approved.set(d, [...(sim.approved.get(d) ?? []), request])
    if (request.invoiceHours !== undefined && request.invoiceHours > 0) request.invoiceDate = invoiceDate(request.date)
    if (request.kind === 'Q-blok' && d - 10 > x && rng.chance(0.06)) {
      const cancelOn = rng.int(x + 1, d - 10)
      if (cancelOn <= d - 10 && cancelOn < sim.today && !isWeekend(cancelOn)) {
        sim.cancellations.set(cancelOn, [...(sim.cancellations.get(cancelOn) ?? []), request])
      }
    }
  }
  if (!held) return
  sim.book.add({
    id: status === 'goedgekeurd' ? ledgerIds.spent(request.id) : ledgerIds.release(request.id),
    childId: request.childId, locationId: request.locationId, unit: held.unit, ...(held.careType ? { careType: held.careType } : {}),
    kind: status === 'goedgekeurd' ? 'besteed' : 'vrijgegeven', amount: held.amount, date: dateOf(x), sourceId: request.id,
    ...decider, at,
  })
}

/** R13: a Q-block cancelled 10 or more days ahead returns its hours to the Qflexibel balance (R7). */
function cancelQBlock(sim: Sim, request: Request, x: Day): void {
  if (request.status !== 'goedgekeurd' || !canCancelQBlock({ date: request.date, today: dateOf(x) }).ok) return
  const at = amsterdamIso(x, sim.rng.int(7 * 60, 22 * 60))
  request.decisions.push({ status: 'geannuleerd', by: parentPortal, device: parentPortal, at, reason: 'Q-blok op tijd geannuleerd.' })
  request.status = 'geannuleerd'
  request.updatedAt = at
  delete request.invoiceDate
  const d = toDay(request.date)
  sim.approved.set(d, (sim.approved.get(d) ?? []).filter((r) => r !== request))
  const held = sim.reserved.get(request.id)
  if (!held) return
  sim.book.add({
    id: ledgerIds.refund(request.id), childId: request.childId, locationId: request.locationId, unit: 'flexuren',
    kind: 'teruggeboekt', amount: held.amount, date: dateOf(x), validUntil: lastFlexDay(x), sourceId: request.id,
    by: parentPortal, device: parentPortal, at,
  })
}
