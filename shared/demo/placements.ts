// Contract weekdays that fit a group's capacity (SPEC §7): each placement takes a place per weekday
// and day part, so the demo's groups fill up realistically and some days are full (R11 has work).
import type { CareType, DayPart } from '../domain/enums'
import type { Group } from '../domain/types'
import type { Rng } from './prng'

const weekdays = [1, 2, 3, 4, 5] as const

/** How popular each weekday is (Wednesday and Friday afternoons are often spent at home). */
const weekdayWeight: Readonly<Record<CareType, readonly number[]>> = {
  KDV: [1, 1, 0.7, 1, 0.55],
  PG: [1, 1, 1, 1, 1],
  VSO: [1, 1, 0.8, 1, 0.8],
  BSO: [1, 1, 0.5, 1, 0.65],
}

/** The places a placement takes on its weekdays: a KDV `hele dag` takes the morning and the afternoon. */
export function slotsOf(dayParts: readonly DayPart[]): DayPart[] {
  return dayParts.flatMap((p): DayPart[] => (p === 'hele dag' ? ['ochtend', 'middag'] : [p]))
}

export class Occupancy {
  private readonly taken = new Map<string, number>()
  private readonly slots: DayPart[]

  constructor(private readonly group: Group) {
    // 'hele dag' is not a place of its own: at KDV it takes morning and afternoon, at BSO it is the holiday form of naschools.
    this.slots = group.dayParts.map((p) => p.dayPart).filter((p) => p !== 'hele dag')
  }

  private capacity(slot: DayPart): number {
    return this.group.dayParts.find((p) => p.dayPart === slot)?.capacity ?? 0
  }

  fits(weekday: number, slots: readonly DayPart[]): boolean {
    return slots.every((s) => (this.taken.get(`${weekday}:${s}`) ?? 0) < this.capacity(s))
  }

  take(weekday: number, slots: readonly DayPart[]): void {
    for (const s of slots) this.taken.set(`${weekday}:${s}`, (this.taken.get(`${weekday}:${s}`) ?? 0) + 1)
  }

  /** Share of all places taken over the week. */
  fill(): number {
    let used = 0
    let total = 0
    for (const day of weekdays) {
      for (const s of this.slots) {
        used += this.taken.get(`${day}:${s}`) ?? 0
        total += this.capacity(s)
      }
    }
    return total === 0 ? 1 : used / total
  }
}

/** Draws up to `count` weekdays that still have room, weighted by popularity, in calendar order. */
export function chooseWeekdays(rng: Rng, occupancy: Occupancy, careType: CareType, slots: readonly DayPart[], count: number,
  allowed: readonly number[] = weekdays): number[] {
  const pool = allowed.filter((d) => occupancy.fits(d, slots))
  const chosen: number[] = []
  while (chosen.length < count && pool.length > 0) {
    const weights = pool.map((d) => weekdayWeight[careType][d - 1] ?? 1)
    let roll = rng.next() * weights.reduce((a, b) => a + b, 0)
    let index = 0
    while (index < pool.length - 1 && roll >= (weights[index] ?? 0)) roll -= weights[index++] ?? 0
    chosen.push(...pool.splice(index, 1))
  }
  for (const d of chosen) occupancy.take(d, slots)
  return chosen.sort((a, b) => a - b)
}

/** A contract pattern per care type: how many days, which day parts (KDV mostly whole days). */
export function drawPattern(rng: Rng, careType: CareType): { days: number; dayParts: DayPart[] } {
  switch (careType) {
    case 'KDV': {
      const roll = rng.next()
      const dayParts: DayPart[] = roll < 0.76 ? ['hele dag'] : roll < 0.9 ? ['ochtend'] : ['middag']
      return { days: rng.pick([1, 2, 2, 2, 3, 3, 3, 4, 4, 5]), dayParts }
    }
    case 'PG':
      return { days: rng.pick([2, 2, 2, 3]), dayParts: ['ochtend'] }
    case 'VSO':
      return { days: rng.pick([1, 2, 2, 3, 4]), dayParts: ['voorschools'] }
    case 'BSO':
      return { days: rng.pick([1, 2, 2, 2, 3, 3, 4]), dayParts: ['naschools'] }
  }
}
