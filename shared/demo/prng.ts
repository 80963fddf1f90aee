// A small seeded PRNG: the demo must be identical for the same seed and today (tests, benchmarks,
// a server that reloads it). Math.random is never used in the demo.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** A uuid v4-shaped id drawn from this generator (deterministic, unlike crypto.randomUUID). */
  uuid(): string
  /** An independent generator for a named part (a location, a child): parts do not shift each other. */
  fork(label: string): Rng
}

/** 32-bit string hash (FNV-1a), to turn labels into seeds. */
function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}

export function createRng(seed: number): Rng {
  // splitmix32: a 32-bit counter stepped by the golden ratio, then avalanched.
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x9e3779b9) >>> 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const hex = (n: number): string => Array.from({ length: n }, () => int(0, 15).toString(16)).join('')
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list')
      return items[int(0, items.length - 1)] as T
    },
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`,
    fork: (label) => createRng(hash(label, seed)),
  }
}
