// R6, R8, R14, R16, R20: a balance is computed from the append-only ledger, never stored, so two
// PCs adding entries offline meet without conflict. Debits are replayed in date order and each takes
// the oldest credit still valid on its own date (for a reservation: the day the request was
// submitted), so credit valid at submission stays spendable when the request is approved later.
import type { CareType, LedgerKind, LedgerUnit } from '../domain/enums'
import { compareDates } from '../calendar'
import { defaultValidUntil } from './credit-validity'
import { defaults } from './defaults'

export type LedgerEntryInput = {
  id: string
  unit: LedgerUnit
  careType?: CareType | null
  kind: LedgerKind
  /** Magnitude; the kind says whether it adds or takes (a negative sign is tolerated and ignored). */
  amount: number
  date: string
  validUntil?: string | null
  /** For gereserveerd / besteed / vrijgegeven: the request; for vervallen: the expired credit. */
  sourceId?: string | null
}

export type CreditState = { id: string; date: string; validUntil: string | null; remaining: number; expired: boolean }

export type LedgerBalance = {
  /** Spendable today: unexpired credit not held or spent. */
  valid: number
  /** Held by requests still open. */
  reserved: number
  spent: number
  expired: number
  /** Debits no credit covered; 0 unless entries were accepted that canReserve would refuse. */
  uncovered: number
  /** What the cap (R6, R16) is measured against: valid plus reserved, since a release gives reserved hours back. */
  capBalance: number
  credits: CreditState[]
}

const creditKinds: readonly LedgerKind[] = ['opgebouwd', 'handmatig', 'contract', 'opgewaardeerd', 'teruggeboekt']
const epsilon = 1e-9

type Credit = { id: string; date: string; validUntil: string | null; remaining: number }
type Debit = { id: string; kind: 'reserved' | 'spent' | 'expired'; amount: number; date: string; creditId?: string }

export function isCreditKind(kind: LedgerKind): boolean {
  return creditKinds.includes(kind)
}

export function ledgerBalance(a: { entries: readonly LedgerEntryInput[]; unit: LedgerUnit; careType?: CareType; today: string }): LedgerBalance {
  const entries = a.entries.filter((e) => e.unit === a.unit && (a.careType === undefined || e.careType === a.careType) && Math.abs(e.amount) > 0)
  const credits: Credit[] = entries
    .filter((e) => isCreditKind(e.kind))
    .map((e) => ({ id: e.id, date: e.date, validUntil: e.validUntil ?? defaultValidUntil(a.unit, e.date), remaining: Math.abs(e.amount) }))
    // R8 (default): oldest first, so that the credit closest to expiry is the one spent.
    .sort((x, y) => (defaults.spendOldestFirst ? 1 : -1) * (compareDates(x.date, y.date) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)))

  const totals = { reserved: 0, spent: 0, expired: 0, uncovered: 0 }
  for (const debit of debitsOf(entries)) {
    const taken = consume(credits, debit)
    if (debit.kind === 'expired') totals.expired += taken
    else {
      totals[debit.kind] += taken
      totals.uncovered += debit.amount - taken
    }
  }

  let valid = 0
  const states = credits.map((c) => {
    const expired = c.validUntil !== null && c.validUntil < a.today
    if (expired) totals.expired += c.remaining
    else valid += c.remaining
    return { ...c, remaining: round(c.remaining), expired }
  })
  return {
    valid: round(valid),
    reserved: round(totals.reserved),
    spent: round(totals.spent),
    expired: round(totals.expired),
    uncovered: round(totals.uncovered),
    capBalance: round(valid + totals.reserved),
    credits: states,
  }
}

/**
 * The debits that still count. A request's entries share its id as sourceId: `besteed` is the final
 * form of its reservation (it replaces it, dated at submission), `vrijgegeven` releases it.
 */
function debitsOf(entries: readonly LedgerEntryInput[]): Debit[] {
  const debits: Debit[] = []
  const bySource = new Map<string, LedgerEntryInput[]>()
  for (const e of entries) {
    if (e.kind === 'vervallen') debits.push({ id: e.id, kind: 'expired', amount: Math.abs(e.amount), date: e.date, creditId: e.sourceId ?? undefined })
    else if (isCreditKind(e.kind)) continue
    else if (e.sourceId == null) {
      if (e.kind === 'gereserveerd') debits.push({ id: e.id, kind: 'reserved', amount: Math.abs(e.amount), date: e.date })
      if (e.kind === 'besteed') debits.push({ id: e.id, kind: 'spent', amount: Math.abs(e.amount), date: e.date })
    } else bySource.set(e.sourceId, [...(bySource.get(e.sourceId) ?? []), e])
  }
  for (const [sourceId, group] of bySource) {
    const sum = (kind: LedgerKind) => group.filter((e) => e.kind === kind).reduce((n, e) => n + Math.abs(e.amount), 0)
    const dates = (kind: LedgerKind) => group.filter((e) => e.kind === kind).map((e) => e.date).sort(compareDates)
    const submitted = dates('gereserveerd')[0] ?? dates('besteed')[0]
    if (submitted === undefined) continue
    const spent = sum('besteed')
    const held = sum('gereserveerd') - sum('vrijgegeven')
    if (spent > 0) debits.push({ id: sourceId, kind: 'spent', amount: spent, date: submitted })
    else if (held > epsilon) debits.push({ id: sourceId, kind: 'reserved', amount: held, date: submitted })
  }
  return debits.sort((x, y) => compareDates(x.date, y.date) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
}

/** Takes the debit from the oldest credits that can pay it; returns what it took. */
function consume(credits: Credit[], debit: Debit): number {
  let need = debit.amount
  for (const credit of credits) {
    if (need <= epsilon) break
    if (credit.remaining <= epsilon || !canPay(credit, debit)) continue
    const take = Math.min(credit.remaining, need)
    credit.remaining -= take
    need -= take
  }
  return debit.amount - Math.max(0, need)
}

function canPay(credit: Credit, debit: Debit): boolean {
  if (debit.kind === 'expired') {
    // A `vervallen` entry records credit that had expired: its own credit, or else the oldest expired ones.
    if (debit.creditId !== undefined) return credit.id === debit.creditId
    return credit.validUntil !== null && credit.validUntil < debit.date
  }
  return credit.validUntil === null || credit.validUntil >= debit.date
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
