// Which day parts overlap. A KDV `hele dag` spans ochtend and middag; a BSO `hele dag` (holidays,
// study days) spans the naschools part. VSO's voorschools stands alone: it is its own care type.
import type { DayPart } from '../domain/enums'

const wholeDayParts: readonly DayPart[] = ['ochtend', 'middag', 'naschools']

/** Whether being there (or absent) for `outer` means being there (or absent) for `inner`. */
export function coversDayPart(outer: DayPart, inner: DayPart): boolean {
  return outer === inner || (outer === 'hele dag' && wholeDayParts.includes(inner))
}

/** The part two day parts share, or undefined when they do not overlap. */
export function sharedDayPart(a: DayPart, b: DayPart): DayPart | undefined {
  if (coversDayPart(a, b)) return b
  if (coversDayPart(b, a)) return a
  return undefined
}
