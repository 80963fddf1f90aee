// Contract balances (BSO holiday days, Qflexibel hours) become ledger `contract` credits. The ledger
// is append-only, so a balance the planning changes later is never rewritten: the difference is
// booked as a correcting entry (a further `contract` credit, or a `vervallen` debit on the first
// entry). Ids are deterministic, `contract:<unit>:<placement>:<year>` and `…:<n>` for the n-th entry,
// so that the same file imported twice meets the entries it wrote the first time and writes nothing.
import type { LedgerEntry } from '../../shared/domain'
import { defaultValidUntil } from '../../shared/rules'
import type { ImportBalance } from './import-set'

export const CONTRACT_ID_PREFIX = 'contract:'
/** Who wrote the import's facts (shared/domain fields.ts: `by` may be 'import'), and from where. */
export const IMPORT_ACTOR = 'import'
export const SERVER_DEVICE = 'server'

export const contractEntryId = (unit: ImportBalance['unit'], placementId: string, year: number): string =>
  `${CONTRACT_ID_PREFIX}${unit}:${placementId}:${year}`

export interface BalanceChange {
  id: string
  childId: string
  placementId: string
  unit: ImportBalance['unit']
  year: number
  /** The balance the earlier imports booked (0 when none), and the one the file gives. */
  from: number
  to: number
}

export interface BalanceInput {
  childId: string
  locationId: string
  placementId: string
  placementStart: string
  balance: ImportBalance
}

/** The entry that brings the booked balance to the file's, or null when it already is. */
export function balanceEntry(input: BalanceInput, stored: readonly LedgerEntry[], at: string): { entry: LedgerEntry; change: BalanceChange } | null {
  const { unit, year, amount } = input.balance
  const base = contractEntryId(unit, input.placementId, year)
  const own = stored.filter((e) => e.id === base || e.id.startsWith(`${base}:`))
  const booked = round(own.reduce((sum, e) => sum + (e.kind === 'vervallen' ? -e.amount : e.amount), 0))
  const diff = round(amount - booked)
  if (diff === 0) return null
  const first = own.find((e) => e.id === base)
  // The credit counts from the placement's start within that year; a correction shares the first entry's dates.
  const date = first?.date ?? clamp(input.placementStart, `${year}-01-01`, `${year}-12-31`)
  const validUntil = first !== undefined ? first.validUntil : defaultValidUntil(unit, date) ?? undefined
  const entry: LedgerEntry = {
    id: own.length === 0 ? base : `${base}:${own.length + 1}`,
    childId: input.childId, locationId: input.locationId, unit,
    kind: diff > 0 ? 'contract' : 'vervallen',
    amount: Math.abs(diff), date,
    ...(validUntil !== undefined ? { validUntil } : {}),
    ...(own.length > 0 ? { reason: `Contracttegoed ${year} gewijzigd in de planning: ${booked} → ${amount}` } : {}),
    // A lowered balance takes its hours or days from the first contract entry of that year (ledgerBalance's `vervallen` rule).
    ...(diff < 0 ? { sourceId: base } : {}),
    by: IMPORT_ACTOR, device: SERVER_DEVICE, at,
  }
  return { entry, change: { id: entry.id, childId: input.childId, placementId: input.placementId, unit, year, from: booked, to: amount } }
}

function clamp(date: string, min: string, max: string): string {
  return date < min ? min : date > max ? max : date
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
