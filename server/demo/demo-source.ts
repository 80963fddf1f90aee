// The demo organisation the server loads on first start (SPEC §7): shared/demo generates it,
// deterministically from a seed, with its history ending today (Amsterdam), one part at a time.
import { generateDemo } from '../../shared/demo'
import { amsterdamDate } from '../../shared/calendar'
import type { DemoParts } from './load-demo'

export const DEMO_SEED = 1
/** A year of history: enough for the ledger's 120-day validity and the year views. */
export const DEMO_HISTORY_DAYS = 365

/** `historyDays` shorter than a year keeps end-to-end tests' first syncs quick. */
export function* demoSource(now = new Date(), historyDays = DEMO_HISTORY_DAYS): DemoParts {
  const demo = generateDemo({ seed: DEMO_SEED, today: amsterdamDate(now), historyDays })
  for (const part of demo.parts()) yield part.documents
}
