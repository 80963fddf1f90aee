// Instants (Date, stored as UTC ISO strings) meet local clock times here. A deadline "08:00 on the
// care date" is 07:00 UTC in winter and 06:00 UTC in summer; @date-fns/tz knows which.
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { TIME_ZONE, amsterdam } from './zone'
import { formatDate, toZonedDate } from './dates'

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/

/** A local clock time 'HH:mm' (00:00–23:59). */
export function isTimeString(value: string): boolean {
  return timePattern.test(value)
}

/** Minutes after local midnight of an 'HH:mm' time. Throws RangeError on a malformed time. */
export function minutesOfDay(time: string): number {
  const m = timePattern.exec(time)
  if (!m) throw new RangeError(`Not a clock time (HH:mm): ${time}`)
  return Number(m[1]) * 60 + Number(m[2])
}

/**
 * The instant at which Amsterdam clocks show `time` on `date`. On the spring-forward night the
 * missing hour (02:00–02:59) is moved an hour on; on the fall-back night the later of the two is
 * taken. Care times are never in that hour, so neither case matters for the rules.
 */
export function amsterdamInstant(date: string, time: string): Date {
  const minutes = minutesOfDay(time)
  const day = toZonedDate(date)
  const local = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), Math.floor(minutes / 60), minutes % 60, TIME_ZONE)
  return new Date(local.getTime())
}

/** The Amsterdam calendar date of an instant. */
export function amsterdamDate(instant: Date): string {
  return formatDate(instant)
}

/** The Amsterdam clock time 'HH:mm' of an instant. */
export function amsterdamTime(instant: Date): string {
  return format(instant, 'HH:mm', { in: amsterdam })
}
