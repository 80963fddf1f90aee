// Which day parts `Afwezig melden` offers, and which absence documents a choice becomes. Absences are
// one per child, date and day part (shared/domain ids), and the shared rules read a `hele dag`
// absence as covering ochtend and middag (day-part-cover.ts) but two half-day absences not as a
// whole day: so a KDV child expected the whole day is offered ochtend and middag (a parent may call
// about the afternoon only), and both ticked are recorded as one `hele dag` absence.
import type { DayPart, Group } from '../../../../shared/domain'
import { coversDayPart } from '../../../../shared/rules'

function has(group: Pick<Group, 'dayParts'>, part: DayPart): boolean {
  return group.dayParts.some((p) => p.dayPart === part)
}

function splitsWholeDay(group: Pick<Group, 'dayParts'>): boolean {
  return has(group, 'ochtend') && has(group, 'middag') && has(group, 'hele dag')
}

/** The parts to tick: the child's expected day parts, a whole day split where the group has halves, minus parts already reported absent. */
export function absenceDayPartOptions(group: Pick<Group, 'dayParts'>, expected: readonly DayPart[], alreadyAbsent: readonly DayPart[]): DayPart[] {
  const parts = expected.flatMap((part): DayPart[] => (part === 'hele dag' && splitsWholeDay(group) ? ['ochtend', 'middag'] : [part]))
  return [...new Set(parts)].filter((part) => !alreadyAbsent.some((absent) => coversDayPart(absent, part)))
}

/** The day parts to record for what was ticked: ochtend + middag is one `hele dag` absence. */
export function absenceDayParts(group: Pick<Group, 'dayParts'>, ticked: readonly DayPart[]): DayPart[] {
  const set = new Set(ticked)
  if (splitsWholeDay(group) && set.has('ochtend') && set.has('middag')) {
    set.delete('ochtend')
    set.delete('middag')
    set.add('hele dag')
  }
  return [...set]
}
