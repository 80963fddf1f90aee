// How hard the bad-input properties push: a few runs each in `npm test` (the whole folder within a
// minute on 2 cores), FUZZ_RUNS runs each in `npm run soak`. The time limits grow with it.
const fromEnv = Number(process.env.FUZZ_RUNS)
const soak = Number.isInteger(fromEnv) && fromEnv > 0

/** Runs per property: `short` in npm test, FUZZ_RUNS in the soak. */
export function fuzzRuns(short: number): number {
  return soak ? fromEnv : short
}

/**
 * fast-check's options: in npm test a fixed seed, so CI answers the same for the same code (a new
 * failure is found by the soak, which draws a fresh seed each run and prints it); `FUZZ_SEED` replays one.
 */
export function fuzzOptions(short: number): { numRuns: number; seed?: number } {
  return fuzzOptionsFor(fuzzRuns(short))
}

/** The same for a number of runs already chosen with fuzzRuns. */
export function fuzzOptionsFor(numRuns: number): { numRuns: number; seed?: number } {
  const replay = Number(process.env.FUZZ_SEED)
  if (process.env.FUZZ_SEED && Number.isInteger(replay)) return { numRuns, seed: replay }
  return soak ? { numRuns } : { numRuns, seed: 20261124 }
}

/** A test's time limit: `shortMs` in npm test; in the soak, scaled by how many more runs it makes. */
export function fuzzTimeout(shortMs: number, shortRuns: number): number {
  return soak ? Math.max(shortMs, Math.ceil((shortMs * fromEnv) / shortRuns) * 2) : shortMs
}
