// The balances that decide a request's payment (R8, R10), as the form shows them: the valid swap
// hours per care type, the holiday days left and the Qflexibel hours. Valid on the day of submitting,
// since that is the day the reservation is judged on (canReserve, the server's reservationCovered).
import type { CareType } from '../../../../shared/domain'
import { careTypes } from '../../../../shared/domain'
import { ledgerBalance, type LedgerEntryInput } from '../../../../shared/rules'

export interface RequestBalances {
  /** Valid swap hours per care type the child has a placement or a ledger entry of, in the care types' order. */
  swap: { careType: CareType; hours: number }[]
  holidayDays: number
  flexHours: number
  /** Whether the child has holiday days or Qflexibel hours at all (the form shows only those it has). */
  hasHolidayDays: boolean
  hasFlexHours: boolean
}

export function requestBalances(a: {
  ledger: readonly LedgerEntryInput[]
  placements: readonly { careType: CareType; contract: string }[]
  today: string
}): RequestBalances {
  const swapTypes = new Set<CareType>([
    ...a.placements.filter((p) => p.contract !== 'qflexibel').map((p) => p.careType),
    ...a.ledger.filter((e) => e.unit === 'ruiluren' && e.careType != null).map((e) => e.careType as CareType),
  ])
  const valid = (unit: 'vakantiedagen' | 'flexuren') => ledgerBalance({ entries: a.ledger, unit, today: a.today }).valid
  return {
    swap: careTypes.filter((c) => swapTypes.has(c)).map((careType) => ({
      careType, hours: ledgerBalance({ entries: a.ledger, unit: 'ruiluren', careType, today: a.today }).valid,
    })),
    holidayDays: valid('vakantiedagen'),
    flexHours: valid('flexuren'),
    hasHolidayDays: a.ledger.some((e) => e.unit === 'vakantiedagen'),
    hasFlexHours: a.ledger.some((e) => e.unit === 'flexuren') || a.placements.some((p) => p.contract === 'qflexibel'),
  }
}

export function swapHoursOf(balances: RequestBalances, careType: CareType): number {
  return balances.swap.find((s) => s.careType === careType)?.hours ?? 0
}
