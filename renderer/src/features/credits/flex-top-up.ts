// `Qflexibel ophogen` (R14): customer service adds prepaid flexible hours until 1 July inclusive
// (canTopUpFlex, judged on the day of the top-up, as the server judges it from the entry's `at`);
// the hours are valid until 31 December, the day before they expire on 1 January (flexExpiry).
// The result is the ledger entry to store (kind `opgewaardeerd`, unit `flexuren`), or why not.
import type { Child, LedgerEntry } from '../../../../shared/domain'
import { canTopUpFlex, defaultValidUntil } from '../../../../shared/rules'
import { creditLocation } from './credit-location'

export type FlexTopUpCode = 'ophogen-na-1-juli' | 'ongeldige-datum' | 'ongeldig-aantal' | 'geen-locatie'

export interface FlexTopUpInput {
  child: Pick<Child, 'id' | 'placements' | 'locationIds'>
  hours: number
  note: string
  today: string
  at: Date
  by: string
  device: string
  id: string
  covers: (locationId: string) => boolean
}

export type FlexTopUpResult = { ok: true; entry: LedgerEntry } | { ok: false; code: FlexTopUpCode }

/** R14: the last day hours added on `today` can be used (the shared rule every credit's validity comes from). */
export function flexValidUntil(today: string): string {
  return defaultValidUntil('flexuren', today) ?? today
}

/** Whether today still allows a top-up at all, so the dialog can say so before anything is typed. */
export function flexTopUpOpen(today: string): { ok: true } | { ok: false; code: FlexTopUpCode } {
  const verdict = canTopUpFlex(today)
  if (verdict.ok) return verdict
  return { ok: false, code: verdict.code === 'ophogen-na-1-juli' ? 'ophogen-na-1-juli' : 'ongeldige-datum' }
}

export function flexTopUpEntry(a: FlexTopUpInput): FlexTopUpResult {
  const open = flexTopUpOpen(a.today)
  if (!open.ok) return open
  if (!Number.isFinite(a.hours) || !(a.hours > 0) || a.hours > 10_000) return { ok: false, code: 'ongeldig-aantal' }
  const locationId = creditLocation(a.child, { qflexibel: true }, a.today, a.covers)
  if (locationId === null) return { ok: false, code: 'geen-locatie' }
  const note = a.note.trim()
  return {
    ok: true,
    entry: {
      id: a.id, childId: a.child.id, locationId, unit: 'flexuren', kind: 'opgewaardeerd', amount: a.hours,
      date: a.today, validUntil: flexValidUntil(a.today), ...(note ? { reason: note } : {}),
      by: a.by, device: a.device, at: a.at.toISOString(),
    },
  }
}
