// What `Dag aanvragen` offers for one child, group and date, from the shared rules alone: whether
// staff may request the date (R1 as `medewerker`), what a parent would have been told (R1–R3: close
// dates, taxi, study days are for staff), the kinds and day parts, the day part's hours, the balances
// and ONLY the payments paymentOptions allows (R9, R10). Pure: the form renders it on every change.
import type { Child, ContractKind, DayPart, Group, Payment } from '../../../../shared/domain'
import {
  dayPartHours, dayPartsFor, kindsFor, paymentOptions, paymentsForKind, placementFor, requestWindow, type FormKind, type LedgerEntryInput, type Verdict,
} from '../../../../shared/rules'
import { requestBalances, swapHoursOf, type RequestBalances } from './request-balances'

export interface OfferInput {
  child: Pick<Child, 'taxi' | 'placements'>
  group: Group
  date: string
  /** Today on the server-corrected clock (SPEC §4). */
  today: string
  /** The child's school is closed that day (a `studiedag` or `schoolsluitingsdag`). */
  studyDay: boolean
  ledger: readonly LedgerEntryInput[]
  /** The kind and day part chosen so far; absent or no longer offered, the first offered is taken. */
  kind?: FormKind
  dayPart?: DayPart
}

export interface RequestOffer {
  /** R1 for staff: a refusal blocks the request. */
  window: Verdict
  /** What a parent would be told (R1–R3): shown as a note when staff may and a parent may not. */
  parentWindow: Verdict
  contract: ContractKind
  contractWeekdays: number[]
  /** R3, R9 apply: the school is closed and the group is school-age care (BSO, VSO); day care does not follow the school. */
  studyDay: boolean
  kinds: FormKind[]
  kind: FormKind
  dayParts: DayPart[]
  dayPart: DayPart | undefined
  /** The hours of the chosen day part at this group (0 without one). */
  hours: number
  balances: RequestBalances
  payments: Payment[]
}

export function requestOffer(a: OfferInput): RequestOffer {
  const placement = placementFor(a.child, a.group.id, a.date)
  const contract = placement?.contract ?? 'standaard'
  const contractWeekdays = [...(placement?.weekdays ?? [])]
  const studyDay = a.studyDay && (a.group.careType === 'BSO' || a.group.careType === 'VSO')
  const balances = requestBalances({ ledger: a.ledger, placements: a.child.placements, today: a.today })
  const kinds = kindsFor({ careType: a.group.careType, contract, studyDay, holidayDays: balances.holidayDays })
  const kind = a.kind !== undefined && kinds.includes(a.kind) ? a.kind : kinds[0] ?? 'extra dag'
  const dayParts = dayPartsFor(a.group, kind)
  const dayPart = a.dayPart !== undefined && dayParts.includes(a.dayPart) ? a.dayPart : dayParts[0]
  const groupPart = a.group.dayParts.find((p) => p.dayPart === dayPart)
  const hours = groupPart ? dayPartHours(groupPart) : 0
  const window = requestWindow({ date: a.date, today: a.today, by: 'medewerker', taxi: a.child.taxi, studyDay })
  const parentWindow = requestWindow({ date: a.date, today: a.today, by: 'ouder', taxi: a.child.taxi, studyDay })
  const options = hours > 0 && window.ok
    ? paymentOptions({
      careType: a.group.careType, contract, date: a.date, studyDay, contractWeekdays, hours,
      swapBalance: swapHoursOf(balances, a.group.careType), holidayDays: balances.holidayDays, flexBalance: balances.flexHours,
      holiday: kind === 'Extra vakantiedag BSO' || kind === 'Vakantiedagen BSO (RP)',
    })
    : []
  return {
    window, parentWindow, contract, contractWeekdays, studyDay, kinds, kind, dayParts, dayPart, hours, balances,
    payments: paymentsForKind(kind, options),
  }
}
