// R13–R14: the Qflexibel contract's own rules (prepaid flexible hours booked in Q-blocks).
import { daysAhead, dateParts, isDateString, makeDate } from '../calendar'
import { flexExpiryDay, flexTopUpLastDay, qBlockCancelMinDaysAhead } from './facts'
import { allow, refuse, type Verdict } from './verdict'

/** R13: a Q-block can be cancelled while it is 10 or more days ahead; its hours then return (R7). */
export function canCancelQBlock(a: { date: string; today: string }): Verdict {
  if (!isDateString(a.date) || !isDateString(a.today)) return refuse('ongeldige-datum')
  return daysAhead(a.today, a.date) >= qBlockCancelMinDaysAhead ? allow() : refuse('qblok-te-laat')
}

/** R14: customer service can top up the balance until 1 July of the year, inclusive. */
export function canTopUpFlex(today: string): Verdict {
  if (!isDateString(today)) return refuse('ongeldige-datum')
  const { year } = dateParts(today)
  return today <= makeDate(year, flexTopUpLastDay.month, flexTopUpLastDay.day) ? allow() : refuse('ophogen-na-1-juli')
}

/** R14: the day hours bought in `year` expire (1 January of the next year); the last usable day is the day before. */
export function flexExpiry(year: number): string {
  return makeDate(year + 1, flexExpiryDay.month, flexExpiryDay.day)
}
