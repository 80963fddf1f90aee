// The documents `Aanbieden ter goedkeuring` writes, built from what the form offered: the request
// (R20's start state, submitted by staff, with who, on which PC and when) and, when a balance pays,
// its reservation `gereserveerd:<id>` in the same step (R20: held at once, so two requests cannot
// spend the same hours). The rules are asked once more here, with the ledger as it is at the moment
// of submitting: the offer on screen may be a moment old.
import type { Child, Group, LedgerEntry, LedgerUnit, Payment, Request, RequestStatus } from '../../../../shared/domain'
import { ledgerIds } from '../../../../shared/domain'
import { amsterdamDate } from '../../../../shared/calendar'
import { canReserve, documentKind, invoiceDate, type LedgerEntryInput, type Verdict } from '../../../../shared/rules'
import type { RequestOffer } from './request-offer'

/** R20: `ingediend` is the one state a request starts in (shared/domain enums). */
export const initialStatus: RequestStatus = 'ingediend'

export interface RequestDraft {
  /** A new random id (requests have no natural key). */
  id: string
  child: Pick<Child, 'id'>
  group: Pick<Group, 'id' | 'careType'>
  locationId: string
  date: string
  offer: RequestOffer
  payment: Payment
  remarks: string
  ledger: readonly LedgerEntryInput[]
  by: string
  device: string
  /** The moment of submitting on the server-corrected clock (SPEC §4). */
  at: Date
}

export type BuiltRequest =
  | { ok: true; request: Request; reservation: LedgerEntry | null }
  | { ok: false; code: string; message: string }

const refused = (verdict: Verdict & { ok: false }): BuiltRequest => ({ ok: false, code: verdict.code, message: verdict.message })

/** Hours paid from a Qflexibel balance that does not cover the day: what it holds, in whole hundredths, never more. */
function flexPart(balance: number, hours: number): number {
  return Math.floor(Math.min(balance, hours) * 100 + 1e-6) / 100
}

function heldBy(draft: RequestDraft, flexHours: number | undefined): { unit: LedgerUnit; amount: number } | null {
  switch (draft.payment) {
    case 'ruiluren': return { unit: 'ruiluren', amount: draft.offer.hours }
    case 'vakantietegoed': return { unit: 'vakantiedagen', amount: 1 }
    case 'flexuren':
    case 'flexuren+factuur': return flexHours !== undefined && flexHours > 0 ? { unit: 'flexuren', amount: flexHours } : null
    default: return null
  }
}

export function buildRequest(draft: RequestDraft): BuiltRequest {
  const { offer, payment } = draft
  if (!offer.window.ok) return refused(offer.window)
  if (offer.dayPart === undefined || !(offer.hours > 0)) return { ok: false, code: 'geen-dagdeel', message: 'Deze groep heeft dit dagdeel niet.' }
  if (!offer.payments.includes(payment)) return { ok: false, code: 'betaling-niet-toegestaan', message: 'Deze betaling is voor deze dag niet mogelijk.' }

  const hours = offer.hours
  const flexHours = payment === 'flexuren' ? hours : payment === 'flexuren+factuur' ? flexPart(offer.balances.flexHours, hours) : undefined
  const invoiceHours = payment === 'factuur' ? hours : payment === 'flexuren+factuur' ? Math.round((hours - (flexHours ?? 0)) * 100) / 100 : undefined
  const at = draft.at.toISOString()
  const today = amsterdamDate(draft.at)
  const held = heldBy(draft, flexHours)
  if (held) {
    const cover = canReserve({
      entries: draft.ledger, amount: held.amount, unit: held.unit, today,
      ...(held.unit === 'ruiluren' ? { careType: draft.group.careType } : {}),
    })
    if (!cover.ok) return refused(cover)
  }

  const remarks = draft.remarks.trim()
  const request: Request = {
    id: draft.id, childId: draft.child.id, groupId: draft.group.id, locationId: draft.locationId,
    careType: draft.group.careType, contract: offer.contract, date: draft.date, dayPart: offer.dayPart,
    kind: documentKind(offer.kind, payment), payment, hours,
    ...(flexHours !== undefined ? { flexHours } : {}),
    ...(invoiceHours !== undefined && invoiceHours > 0 ? { invoiceHours, invoiceDate: invoiceDate(draft.date) } : {}),
    ...(remarks !== '' ? { remarks } : {}),
    submittedVia: 'medewerker', status: initialStatus, decisions: [],
    by: draft.by, device: draft.device, at, updatedAt: at,
  }
  const reservation: LedgerEntry | null = held && {
    id: ledgerIds.reservation(draft.id), childId: draft.child.id, locationId: draft.locationId, unit: held.unit,
    ...(held.unit === 'ruiluren' ? { careType: draft.group.careType } : {}),
    kind: 'gereserveerd', amount: held.amount, date: today, sourceId: draft.id,
    by: draft.by, device: draft.device, at,
  }
  return { ok: true, request, reservation }
}
