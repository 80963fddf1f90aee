// Credits that do not come from absences: the Qflexibel hours and BSO holiday days a contract brings
// (each calendar year), Qflexibel top-ups until 1 July (R14), and manual credit (R16, `Tegoed toevoegen`).
import { canTopUpFlex, flexExpiry, swapHoursCap } from '../../rules'
import { validUntilOf } from './validity'
import { amsterdamIso, toDay, yearOf, type Day } from '../days'
import { isWeekend } from '../school-holidays'
import { activePlacement } from './planning'
import { dateOf, officeDevice, serverDevice, type Sim } from './sim'

/** R14: the last day Qflexibel hours of day x's year can be used (the day before 1 January). */
export function lastFlexDay(x: Day): string {
  return dateOf(toDay(flexExpiry(yearOf(x))) - 1)
}

/** Share of the year still ahead on day x (a contract starting mid-year brings part of its yearly amount). */
function restOfYear(x: Day): number {
  const year = yearOf(x)
  const first = toDay(`${year}-01-01`)
  const last = toDay(`${year}-12-31`)
  return (last - x + 1) / (last - first + 1)
}

/** On 1 January (and on the first day of the history): the year's Qflexibel hours and holiday days. */
export function contractCredits(sim: Sim, x: Day): void {
  const date = dateOf(x)
  if (x !== sim.start && !date.endsWith('-01-01')) return
  const share = restOfYear(x)
  for (const child of sim.children) {
    const flex = activePlacement(sim, child, x)
    const base = { childId: child.id, locationId: sim.frame.id, kind: 'contract' as const, date, by: 'import', device: serverDevice, at: amsterdamIso(x, 6 * 60) }
    if (flex?.contract === 'qflexibel') {
      const yearly = flex.careType === 'KDV' ? 240 : 140
      sim.book.add({ ...base, id: `contract:flexuren:${child.id}:${date}`, unit: 'flexuren', amount: Math.max(8, Math.round(yearly * share)), validUntil: lastFlexDay(x) })
    }
    if (sim.holidayContract.has(child.id) && activePlacement(sim, child, x, ['BSO'])) {
      // Holiday days do not expire (shared/rules defaults: holidayDaysExpire false).
      sim.book.add({ ...base, id: `contract:vakantiedagen:${child.id}:${date}`, unit: 'vakantiedagen', amount: Math.max(1, Math.round(sim.rng.int(5, 10) * share)) })
    }
  }
}

/** Customer service tops up a Qflexibel balance that runs low, until 1 July (R14). */
export function flexTopUps(sim: Sim, x: Day): void {
  if (isWeekend(x) || !canTopUpFlex(dateOf(x)).ok) return
  for (const child of sim.children) {
    const flex = child.placements.find((p) => p.contract === 'qflexibel')
    if (!flex || flex !== activePlacement(sim, child, x)) continue
    if (sim.book.balance(child.id, 'flexuren', undefined, dateOf(x)).valid >= 25 || !sim.rng.chance(0.3)) continue
    const clerk = sim.rng.pick(sim.staff.office)
    sim.book.add({
      id: `opgewaardeerd:${child.id}:${dateOf(x)}`, childId: child.id, locationId: sim.frame.id, unit: 'flexuren', kind: 'opgewaardeerd',
      amount: 40, date: dateOf(x), validUntil: lastFlexDay(x), by: clerk.id, device: officeDevice, at: amsterdamIso(x, sim.rng.int(9 * 60, 16 * 60)),
    })
  }
}

const manualReasons = [
  'Groep gesloten wegens personeelstekort.',
  'Compensatie: dag niet kunnen komen door sluiting (storing verwarming).',
  'Correctie: afmelding stond op het verkeerde dagdeel.',
  'Coulance na gesprek met ouder.',
]

/** R16: a senior or manager adds swap hours by hand now and then, never past the cap. */
export function manualCredits(sim: Sim, x: Day): void {
  const { rng } = sim
  if (isWeekend(x) || !rng.chance(0.15) || sim.staff.seniors.length === 0) return
  const child = rng.pick(sim.children)
  const placement = activePlacement(sim, child, x)
  if (!placement || placement.contract === 'qflexibel') return
  const date = dateOf(x)
  const cap = swapHoursCap(placement.careType, placement.contract)
  const room = cap - sim.book.balance(child.id, 'ruiluren', placement.careType, date).capBalance
  const amount = Math.min(rng.pick([2, 3, 4, 5.5, 11]), room)
  if (!(amount >= 1)) return
  const who = rng.pick(sim.staff.seniors)
  sim.book.add({
    id: `handmatig:${child.id}:${date}`, childId: child.id, locationId: sim.frame.id, unit: 'ruiluren', careType: placement.careType,
    kind: 'handmatig', amount, date, validUntil: validUntilOf(date), reason: rng.pick(manualReasons),
    by: who.id, device: sim.device, at: amsterdamIso(x, rng.int(9 * 60, 17 * 60)),
  })
}
