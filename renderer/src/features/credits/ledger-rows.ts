// The rows of one ledger table in Tegoeden (F5): every movement of one unit (and care type, for swap
// hours), newest first, with its sign, until when a credit is valid (R8, R14), whether it has expired
// and how much of it went unused, and where it came from (the absence, the request, the expired credit)
// or the reason staff gave. The expiry comes from ledgerBalance itself, so the table and the balance
// above it cannot disagree.
import type { CareType, DayPart, LedgerEntry, LedgerKind, LedgerUnit } from '../../../../shared/domain'
import { dayParts } from '../../../../shared/domain'
import { isDateString } from '../../../../shared/calendar'
import { defaultValidUntil, isCreditKind, ledgerBalance } from '../../../../shared/rules'

export type LedgerSource =
  | { kind: 'absence'; date: string; dayPart: DayPart }
  /** R12: a corrected absence's credit taken back. */
  | { kind: 'correction'; date: string; dayPart: DayPart }
  | { kind: 'request'; date: string; dayPart: DayPart }
  | { kind: 'request-unknown' }
  /** A `vervallen` of one credit: the day that credit counted from. */
  | { kind: 'credit'; date: string }
  | { kind: 'contract' }
  | { kind: 'none' }

export interface LedgerRow {
  id: string
  date: string
  kind: LedgerKind
  /** Positive adds to the balance, negative takes from it. */
  amount: number
  /** Credits only: the last day it can be spent; null for debits and for credit that never expires. */
  validUntil: string | null
  /** Credits past their validity: how much of them was never spent. */
  expired: { unused: number } | null
  source: LedgerSource
  /** A `besteed` that is the final form of its reservation: the hours were taken once, not twice. */
  replacesReservation: boolean
  reason?: string
  by: string
  at: string
}

export type RequestRef = { date: string; dayPart: DayPart }

/** Debits; vrijgegeven gives a reservation back, so it counts as an addition in the table. */
const takes: readonly LedgerKind[] = ['gereserveerd', 'besteed', 'vervallen']

/** An absence id is `${date}:${childId}:${dayPart}` (shared/domain ids.ts absenceId). */
export function parseAbsenceId(id: string): { date: string; dayPart: DayPart } | null {
  const date = id.slice(0, 10)
  const dayPart = dayParts.find((part) => id.endsWith(`:${part}`))
  return isDateString(date) && dayPart ? { date, dayPart } : null
}

function sourceOf(entry: LedgerEntry, byId: ReadonlyMap<string, LedgerEntry>, requests: ReadonlyMap<string, RequestRef>): LedgerSource {
  const sourceId = entry.sourceId
  if (entry.kind === 'contract') return { kind: 'contract' }
  if (!sourceId) return { kind: 'none' }
  if (entry.kind === 'opgebouwd') {
    const absence = parseAbsenceId(sourceId)
    return absence ? { kind: 'absence', ...absence } : { kind: 'none' }
  }
  if (entry.kind === 'vervallen') {
    const absence = sourceId.startsWith('opgebouwd:') ? parseAbsenceId(sourceId.slice('opgebouwd:'.length)) : null
    if (absence) return { kind: 'correction', ...absence }
    const credit = byId.get(sourceId)
    return credit ? { kind: 'credit', date: credit.date } : { kind: 'none' }
  }
  const request = requests.get(sourceId)
  return request ? { kind: 'request', date: request.date, dayPart: request.dayPart } : { kind: 'request-unknown' }
}

export function ledgerRows(a: {
  entries: readonly LedgerEntry[]
  unit: LedgerUnit
  careType?: CareType
  today: string
  /** The child's requests by id, to say which day a reservation was for. */
  requests?: ReadonlyMap<string, RequestRef>
}): LedgerRow[] {
  const entries = a.entries.filter((e) => e.unit === a.unit && (a.careType === undefined || e.careType === a.careType))
  const byId = new Map(entries.map((e) => [e.id, e]))
  const states = new Map(ledgerBalance({ entries, unit: a.unit, today: a.today }).credits.map((c) => [c.id, c]))
  const reserved = new Set(entries.filter((e) => e.kind === 'gereserveerd' && e.sourceId).map((e) => e.sourceId))
  const rows = entries.map((e): LedgerRow => {
    const credit = isCreditKind(e.kind)
    const state = states.get(e.id)
    return {
      id: e.id,
      date: e.date,
      kind: e.kind,
      amount: (takes.includes(e.kind) ? -1 : 1) * Math.abs(e.amount),
      validUntil: credit ? (e.validUntil ?? defaultValidUntil(a.unit, e.date)) : null,
      expired: state?.expired ? { unused: state.remaining } : null,
      source: sourceOf(e, byId, a.requests ?? new Map()),
      replacesReservation: e.kind === 'besteed' && reserved.has(e.sourceId),
      ...(e.reason ? { reason: e.reason } : {}),
      by: e.by,
      at: e.at,
    }
  })
  return rows.sort((x, y) => y.date.localeCompare(x.date) || y.at.localeCompare(x.at) || x.id.localeCompare(y.id))
}
