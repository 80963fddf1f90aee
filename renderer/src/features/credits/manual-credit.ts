// `Tegoed toevoegen` (R16, R6, R8): swap hours added by hand for one care type, with a reason, valid
// 120 days (creditValidUntil), never past the cap of the contract that decides it (manualCredit,
// measured like the server's cap check: the balance valid plus reserved on the day of the credit).
// A refusal at the cap says how much room is left. The result is the ledger entry to store
// (kind `handmatig`, by/device/at), or why not.
import type { CareType, Child, LedgerEntry } from '../../../../shared/domain'
import { creditValidUntil, manualCredit, requireReason, type LedgerEntryInput } from '../../../../shared/rules'
import { creditLocation } from './credit-location'
import { swapBalance, swapCareTypes } from './credit-overview'

export type ManualCreditCode = 'maximum-bereikt' | 'reden-verplicht' | 'ongeldig-aantal' | 'geen-locatie'

export interface ManualCreditInput {
  child: Pick<Child, 'id' | 'placements' | 'locationIds'>
  careType: CareType
  hours: number
  reason: string
  ledger: readonly LedgerEntryInput[]
  /** The PC's day on the server's clock: the credit's date, and the day the cap is measured on. */
  today: string
  at: Date
  by: string
  device: string
  /** A fresh id: two credits by hand are two facts, even for the same child on the same day. */
  id: string
  covers: (locationId: string) => boolean
}

export type ManualCreditResult =
  | { ok: true; entry: LedgerEntry }
  | { ok: false; code: ManualCreditCode; room: number; cap: number }

/** The care types the dialog offers: those shown whose contract has a cap above 0 (R6, R7). */
export function manualCreditCareTypes(child: Pick<Child, 'placements'>, ledger: readonly LedgerEntryInput[], today: string): CareType[] {
  return swapCareTypes(child, ledger).filter((careType) => swapBalance(child, ledger, careType, today).cap > 0)
}

export function manualCreditEntry(a: ManualCreditInput): ManualCreditResult {
  const { cap, capBalance, room } = swapBalance(a.child, a.ledger, a.careType, a.today)
  const refuse = (code: ManualCreditCode): ManualCreditResult => ({ ok: false, code, room, cap })
  if (!Number.isFinite(a.hours) || !(a.hours > 0)) return refuse('ongeldig-aantal')
  const verdict = manualCredit({ balance: capBalance, cap, amount: a.hours })
  if (!verdict.ok) return refuse(verdict.code === 'maximum-bereikt' ? 'maximum-bereikt' : 'ongeldig-aantal')
  if (!requireReason(a.reason).ok) return refuse('reden-verplicht')
  const locationId = creditLocation(a.child, { careType: a.careType }, a.today, a.covers)
  if (locationId === null) return refuse('geen-locatie')
  return {
    ok: true,
    entry: {
      id: a.id, childId: a.child.id, locationId, unit: 'ruiluren', careType: a.careType, kind: 'handmatig',
      amount: a.hours, date: a.today, validUntil: creditValidUntil(a.today), reason: a.reason.trim(),
      by: a.by, device: a.device, at: a.at.toISOString(),
    },
  }
}
