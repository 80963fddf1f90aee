// Calendar arithmetic in Europe/Amsterdam. No function reads a clock: callers pass today / now.
export { TIME_ZONE, amsterdam } from './zone'
export { addDays, addMonths, compareDates, dateParts, daysAhead, formatDate, isDateString, makeDate, toZonedDate, weekday } from './dates'
export { amsterdamDate, amsterdamInstant, amsterdamTime, isTimeString, minutesOfDay } from './amsterdam-time'
