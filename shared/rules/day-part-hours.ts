// R6: the hours a missed day part is worth are the group's opening times for it (SPEC §7 gives the
// demo defaults, e.g. KDV ochtend 07:30–13:00 = 5.5 h). Wall-clock arithmetic: no care runs across
// the 02:00–03:00 daylight-saving hour.
import { minutesOfDay } from '../calendar'

export function dayPartHours(groupDayPart: { start: string; end: string }): number {
  const minutes = minutesOfDay(groupDayPart.end) - minutesOfDay(groupDayPart.start)
  if (minutes <= 0) throw new RangeError(`A day part ends after it starts: ${groupDayPart.start}–${groupDayPart.end}`)
  return minutes / 60
}
