// The day loop of one location's history: every fact is written on its own day, in date order, so
// that each balance and room check sees exactly what the server would have seen that day.
import { isWeekend } from '../school-holidays'
import { careDay } from './care-day'
import { contractCredits, flexTopUps, manualCredits } from './credits'
import { decideDue } from './decisions'
import { ensureOpenParentRequests } from './open-requests'
import { submitRequests } from './requests'
import type { Sim } from './sim'
import { planStudyDays, sheetsOpening } from './study-days'

export interface RunOptions {
  /** Only attendance (and what it needs): the benchmark's location year. */
  attendanceOnly?: boolean
}

export function runHistory(sim: Sim, options: RunOptions = {}): void {
  planStudyDays(sim)
  // Family holiday contracts (`Vakantiedagen BSO (RP)`): about a third of the school-weeks BSO children.
  for (const child of sim.children) {
    if (child.placements.some((p) => p.careType === 'BSO' && p.contract === 'schoolweken') && sim.rng.chance(0.33)) sim.holidayContract.add(child.id)
  }
  for (let x = sim.start; x < sim.today; x++) {
    contractCredits(sim, x)
    sheetsOpening(sim, x)
    if (!options.attendanceOnly) submitRequests(sim, x)
    decideDue(sim, x)
    if (isWeekend(x)) continue
    careDay(sim, x)
    if (options.attendanceOnly) continue
    manualCredits(sim, x)
    flexTopUps(sim, x)
  }
  // The queue has work on the load day (issue 8): parents' requests for the coming weeks.
  if (!options.attendanceOnly) ensureOpenParentRequests(sim)
  sim.docs.ledger = sim.book.entries
}
