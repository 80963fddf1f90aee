// R8: credit of day D stays spendable up to and including D + the validity in shared/rules defaults.
// The same as rules' creditValidUntil (test/shared/demo checks it), on day numbers: it runs per credit.
import { defaults } from '../../rules'
import { fromDay, toDay } from '../days'

export function validUntilOf(date: string): string {
  return fromDay(toDay(date) + defaults.earnedCreditValidityDays)
}
