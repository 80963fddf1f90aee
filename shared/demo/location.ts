// One location of the demo organisation, complete: its groups, children and a year of history.
// Each location draws from its own forked PRNG, so it can be generated alone, in any order, lazily.
import type { Location } from '../domain/types'
import { createRng } from './prng'
import { amsterdamIso, type Day } from './days'
import { buildChildren } from './children'
import { buildGroups } from './groups'
import type { DemoLocationFrame } from './organisation'
import { runHistory, type RunOptions } from './history/run'
import { createSim, type DemoDocuments } from './history/sim'

export interface LocationProfile {
  /** 4–8 groups (SPEC §7); drawn from the seed when absent. */
  groups?: number
  /** Share of the places taken; drawn from the seed when absent. */
  fill?: number
  minChildren: number
  maxChildren: number
  /** Places per day part in every group, instead of SPEC §7's (the benchmark's busy location). */
  capacity?: number
}

export const standardProfile: LocationProfile = { minChildren: 100, maxChildren: 250 }

export function generateLocation(seed: number, frame: DemoLocationFrame, today: Day, historyDays: number,
  profile: LocationProfile = standardProfile, run: RunOptions = {}): DemoDocuments {
  const rng = createRng(seed).fork(frame.id)
  const start = today - historyDays
  const groups = buildGroups(rng.fork('groups'), frame, profile.groups ?? rng.int(4, 8))
  const capacity = profile.capacity
  if (capacity !== undefined) for (const group of groups) for (const part of group.dayParts) part.capacity = capacity
  const location: Location = {
    id: frame.id, name: frame.name, schools: frame.schools.map((s) => ({ ...s })), groups,
    updatedAt: amsterdamIso(start, 6 * 60),
  }
  const children = buildChildren(rng.fork('children'), frame, groups, {
    // Large locations fill a little less, so that every location stays within SPEC §7's 100–250 children.
    today, historyStart: start, fill: profile.fill ?? (0.72 + rng.next() * 0.14) * (groups.length >= 7 ? 0.82 : 1),
    minChildren: profile.minChildren, maxChildren: profile.maxChildren,
  })
  const sim = createSim(rng.fork('history'), frame, location, children, today, start)
  runHistory(sim, run)
  sim.docs.locations.push(location)
  sim.docs.children.push(...children)
  return sim.docs
}
