// A small seeded generator (mulberry32) for the convergence script: the same seed gives the same
// sequence of steps, so a failing run can be replayed with CONVERGENCE_SEED=<seed>.
export interface Random {
  /** In [0, 1). */
  next(): number
  /** An integer in [0, n). */
  int(n: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(items.length)]!
    },
    chance: (p) => next() < p,
  }
}

/** CONVERGENCE_SEED when given (a replay), otherwise a fresh one. */
export function runSeed(): number {
  const given = process.env.CONVERGENCE_SEED
  if (given !== undefined && given !== '') {
    const seed = Number(given)
    if (!Number.isInteger(seed)) throw new Error(`CONVERGENCE_SEED is no integer: ${given}`)
    return seed
  }
  return Math.floor(Math.random() * 2 ** 31)
}
