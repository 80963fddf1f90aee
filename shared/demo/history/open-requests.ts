// The approval queue must have real work on the day the demo is loaded (issue 8): open parents'
// requests for the coming weeks at every location. The day loop leaves the last week's parents'
// requests open, which usually gives several; this makes sure of a minimum, whatever the load day,
// by having parents submit a few more yesterday for 4–27 days from today (inside R1's window of
// yesterday, and 4–28 days ahead of today), through the same trySubmit as every other request.
import { requestWindow } from '../../rules'
import { trySubmit } from './requests'
import { dateOf, type Sim } from './sim'

/** Open parents' requests the queue of each location has at least, 4–28 days ahead of the load day. */
export const minimumOpenParentRequests = 3

function openAhead(sim: Sim): number {
  const today = dateOf(sim.today)
  return sim.docs.requests.filter((r) => r.status === 'ingediend' && r.submittedVia === 'ouder' && r.date >= dateOf(sim.today + 4)
    && requestWindow({ date: r.date, today, by: 'ouder' }).ok).length
}

export function ensureOpenParentRequests(sim: Sim, minimum = minimumOpenParentRequests): void {
  const { rng } = sim
  const yesterday = sim.today - 1
  // Bounded: a location whose children cannot take another day (all planned, all taxi) stops trying.
  for (let tries = 0; tries < 200 && openAhead(sim) < minimum; tries++) {
    const child = rng.pick(sim.children)
    const placement = child.placements.find((p) => p.contract !== 'qflexibel' && p.careType !== 'VSO')
    if (placement !== undefined && !child.taxi) trySubmit(sim, yesterday, child, placement, 'ouder', rng.int(5, 28))
  }
}
