// R9: swap hours cannot pay for a study or closing day. Care that day is billed afterwards, except
// that a `52-weken` BSO contract includes it when the day is one of the contract's weekdays (FAQ).
import type { ContractKind } from '../domain/enums'

export type StudyDayBilling = 'factuur' | 'inclusief'

/** A sign-up sheet line (F6): sheets are for BSO children, so the contract and weekday decide. */
export function signupBilling(a: { contract: ContractKind; weekday: number; contractWeekdays: readonly number[] }): StudyDayBilling {
  return a.contract === '52-weken' && a.contractWeekdays.includes(a.weekday) ? 'inclusief' : 'factuur'
}
