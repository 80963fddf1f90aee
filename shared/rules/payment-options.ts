// R9–R10: the ways a requested day may be paid, offered in the order the SPEC names them.
import type { CareType, ContractKind, Payment } from '../domain/enums'
import { weekday } from '../calendar'
import { defaults } from './defaults'
import { signupBilling } from './study-day-billing'

export type PaymentOptionsInput = {
  careType: CareType
  contract: ContractKind
  date: string
  studyDay: boolean
  /** 1 = Monday … 7 = Sunday. */
  contractWeekdays: number[]
  hours: number
  /** The valid swap-hour balance (R8) of this care type. */
  swapBalance: number
  /** BSO holiday contract balance, in days. */
  holidayDays?: number
  /** Qflexibel balance, in hours. */
  flexBalance?: number
  /** A BSO school-holiday day (`Extra vakantiedag BSO` / `Vakantiedagen BSO (RP)`). */
  holiday?: boolean
}

export function paymentOptions(a: PaymentOptionsInput): Payment[] {
  // R9 first: on a study day no credit of any kind pays; the day is billed or included.
  if (a.studyDay) {
    if (a.careType !== 'BSO') return ['factuur']
    return [signupBilling({ contract: a.contract, weekday: weekday(a.date), contractWeekdays: a.contractWeekdays })]
  }
  if (a.contract === 'qflexibel') {
    // Never swap hours, not even combined with flexible hours (FAQ).
    const flex = a.flexBalance ?? 0
    if (flex >= a.hours && flex > 0) return ['flexuren', 'factuur']
    if (flex > 0) return ['flexuren+factuur', 'factuur']
    return ['factuur']
  }
  if (a.careType === 'BSO' && a.holiday) {
    // `Extra vakantiedag BSO` goes on the invoice; `Vakantiedagen BSO (RP)` needs a whole day left.
    return (a.holidayDays ?? 0) >= 1 ? ['factuur', 'vakantietegoed'] : ['factuur']
  }
  // `extra dag`: by default swap hours pay only a day they cover whole; were partial payment
  // switched on, 'ruiluren' would mean "the balance pays what it can, the invoice the rest".
  const swapPays = defaults.partialSwapHourPayment ? a.swapBalance > 0 : a.hours > 0 && a.swapBalance >= a.hours
  return swapPays ? ['ruiluren', 'factuur'] : ['factuur']
}
