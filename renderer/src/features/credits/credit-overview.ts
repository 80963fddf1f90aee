// F5's balances of one child, computed from its append-only ledger by the shared rules (a balance is
// never stored, shared/rules ledger-balance.ts): swap hours per care type with the cap of the contract
// that decides it (contractOn, swapHoursCap, R6), BSO holiday days, and Qflexibel hours with the day
// they expire (R14). "Today" is the PC's day on the server's clock, as every time rule here.
import { careTypes, type CareType, type Child, type ContractKind, type LedgerUnit } from '../../../../shared/domain'
import { dateParts } from '../../../../shared/calendar'
import { contractOn, creditRoom, flexExpiry, ledgerBalance, swapHoursCap, type LedgerEntryInput } from '../../../../shared/rules'

export interface UnitBalance {
  /** Spendable today. */
  valid: number
  /** Held by requests still open (R20). */
  reserved: number
  spent: number
  expired: number
}

export interface SwapBalance extends UnitBalance {
  careType: CareType
  contract: ContractKind
  cap: number
  /** What the cap is measured against (valid plus reserved): the server's measure too. */
  capBalance: number
  /** What `Tegoed toevoegen` may still add today (R16). */
  room: number
}

export interface FlexBalance extends UnitBalance {
  /** R14: 1 January of next year, the day this year's unused hours are gone. */
  expiresOn: string
}

export interface CreditOverview {
  swap: SwapBalance[]
  /** null: the child has no BSO placement and no holiday days. */
  holidayDays: UnitBalance | null
  /** null: the child has no Qflexibel contract and no Qflexibel hours. */
  flex: FlexBalance | null
}

export type OverviewChild = Pick<Child, 'placements'>

function unitBalance(entries: readonly LedgerEntryInput[], unit: LedgerUnit, today: string, careType?: CareType): UnitBalance & { capBalance: number } {
  const b = ledgerBalance({ entries, unit, today, ...(careType ? { careType } : {}) })
  return { valid: b.valid, reserved: b.reserved, spent: b.spent, expired: b.expired, capBalance: b.capBalance }
}

/**
 * The care types whose swap hours are shown: those with a placement that can earn them (a Qflexibel
 * contract never does, R7) and those with entries in the ledger, in the domain's order.
 */
export function swapCareTypes(child: OverviewChild, entries: readonly LedgerEntryInput[]): CareType[] {
  const placed = new Set(child.placements.filter((p) => p.contract !== 'qflexibel').map((p) => p.careType))
  const booked = new Set(entries.filter((e) => e.unit === 'ruiluren' && e.careType).map((e) => e.careType))
  return careTypes.filter((c) => placed.has(c) || booked.has(c))
}

export function swapBalance(child: OverviewChild, entries: readonly LedgerEntryInput[], careType: CareType, today: string): SwapBalance {
  const contract = contractOn(child, careType, today)
  const cap = swapHoursCap(careType, contract)
  const { capBalance, ...balance } = unitBalance(entries, 'ruiluren', today, careType)
  return { careType, contract, cap, capBalance, room: creditRoom({ balance: capBalance, cap }), ...balance }
}

export function creditOverview(a: { child: OverviewChild; ledger: readonly LedgerEntryInput[]; today: string }): CreditOverview {
  const has = (unit: LedgerUnit) => a.ledger.some((e) => e.unit === unit)
  const swap = swapCareTypes(a.child, a.ledger).map((careType) => swapBalance(a.child, a.ledger, careType, a.today))
  const bso = a.child.placements.some((p) => p.careType === 'BSO')
  const qflex = a.child.placements.some((p) => p.contract === 'qflexibel')
  const strip = ({ capBalance: _, ...b }: UnitBalance & { capBalance: number }): UnitBalance => b
  return {
    swap,
    holidayDays: bso || has('vakantiedagen') ? strip(unitBalance(a.ledger, 'vakantiedagen', a.today)) : null,
    flex: qflex || has('flexuren')
      ? { ...strip(unitBalance(a.ledger, 'flexuren', a.today)), expiresOn: flexExpiry(dateParts(a.today).year) }
      : null,
  }
}
