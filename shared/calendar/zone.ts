import { tz } from '@date-fns/tz'

/** SPEC §4: every date and time rule is judged in the Netherlands, whatever the clock's own zone is. */
export const TIME_ZONE = 'Europe/Amsterdam'

/** date-fns 4 context (`{ in: amsterdam }`): makes date-fns compute in Europe/Amsterdam. */
export const amsterdam = tz(TIME_ZONE)
