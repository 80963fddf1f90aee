// The documents a parent's request through the portal becomes, as `Dag aanvragen` on a PC builds
// them (placement, contract, hours, payment, R15's invoice date, R20's reservation), but for a
// parent: the window is the parent's (R1–R3: 4–28 days ahead, no taxi child, no study day), and the
// parent names a kind, not a payment, so the payment follows from the kind and the balances
// (R9–R10). Pure: the child, its location, ledger and study day come in as arguments. The push
// then runs every server check on the result as `by: 'ouder'`, so nothing here is the last word.
import type { Child, DayPart, Group, LedgerEntry, LedgerUnit, Location, Payment, Placement, Request, RequestKind } from '../../shared/domain'
import { ledgerIds } from '../../shared/domain'
import { amsterdamDate } from '../../shared/calendar'
import { canReserve, dayPartHours, dayPartsFor, invoiceDate, ledgerBalance, paymentOptions, placementFor, placementRunsOn, requestWindow } from '../../shared/rules'
import { PARENT_PORTAL } from '../sync/checks/acting-as'
import { portalRefusal, type PortalRefusal } from './portal-refusals'

export interface ParentRequestInput {
  id: string
  child: Child
  /** The child's placements' locations, by id. */
  locations: ReadonlyMap<string, Location>
  groupId?: string
  date: string
  dayPart: DayPart
  kind: RequestKind
  remarks?: string
  ledger: readonly LedgerEntry[]
  /** Whether the child's school is closed that day (a studiedag or schoolsluitingsdag, R3). */
  schoolClosed: boolean
  now: Date
}

export type BuiltParentRequest =
  | { ok: true; request: Request; reservation: LedgerEntry | null }
  | { ok: false; refusal: PortalRefusal }

/** The placement the request is judged by: in the named group (shared with the PC's Dag aanvragen), or the one running that day. */
function placementOf(child: Child, groupId: string | undefined, date: string): Placement | undefined {
  return groupId === undefined ? child.placements.find((p) => placementRunsOn(p, date)) : placementFor(child, groupId, date)
}

/** The kinds a parent may ask for with this contract (the PC's `Soort`, without study days: R3). */
function kindAllowed(kind: RequestKind, careType: Group['careType'], contract: Placement['contract']): boolean {
  if (contract === 'qflexibel') return kind === 'Q-blok'
  if (kind === 'extra dag' || kind === 'ruildag') return true
  return careType === 'BSO' && (kind === 'Extra vakantiedag BSO' || kind === 'Vakantiedagen BSO (RP)')
}

/** The group's day parts for the kind, as on the PC (a ruildag is an extra day paid with swap hours). */
function dayPartAllowed(group: Group, kind: RequestKind, dayPart: DayPart): boolean {
  return dayPartsFor(group, kind === 'ruildag' ? 'extra dag' : kind).includes(dayPart)
}

function paymentFor(kind: RequestKind, hours: number, flexBalance: number): Payment {
  switch (kind) {
    case 'ruildag': return 'ruiluren'
    case 'Vakantiedagen BSO (RP)': return 'vakantietegoed'
    case 'Q-blok': return flexBalance + 1e-9 >= hours ? 'flexuren' : flexBalance > 0 ? 'flexuren+factuur' : 'factuur'
    default: return 'factuur'
  }
}

/** Flexible hours the balance holds, in whole hundredths, never more than the day (as the PC rounds). */
function flexPart(balance: number, hours: number): number {
  return Math.floor(Math.min(balance, hours) * 100 + 1e-6) / 100
}

export function buildParentRequest(a: ParentRequestInput): BuiltParentRequest {
  const refuse = (code: Parameters<typeof portalRefusal>[0]): BuiltParentRequest => ({ ok: false, refusal: portalRefusal(code) })
  const today = amsterdamDate(a.now)
  const placement = placementOf(a.child, a.groupId, a.date)
  if (placement === undefined) return refuse('geen-plaatsing')
  const group = a.locations.get(placement.locationId)?.groups.find((g) => g.id === placement.groupId)
  if (group === undefined) return refuse('geen-plaatsing')
  const studyDay = a.schoolClosed && (group.careType === 'BSO' || group.careType === 'VSO')

  const window = requestWindow({ date: a.date, today, by: 'ouder', taxi: a.child.taxi, studyDay })
  if (!window.ok) return { ok: false, refusal: { code: window.code, message: window.message } }
  if (!kindAllowed(a.kind, group.careType, placement.contract)) return refuse('soort-niet-mogelijk')
  const groupPart = group.dayParts.find((p) => p.dayPart === a.dayPart)
  if (groupPart === undefined || !dayPartAllowed(group, a.kind, a.dayPart)) return refuse('geen-dagdeel')
  const hours = dayPartHours(groupPart)

  const balance = (unit: LedgerUnit) => ledgerBalance({ entries: a.ledger, unit, today, ...(unit === 'ruiluren' ? { careType: group.careType } : {}) }).valid
  const flexBalance = balance('flexuren')
  const payment = paymentFor(a.kind, hours, flexBalance)
  const flexHours = payment === 'flexuren' ? hours : payment === 'flexuren+factuur' ? flexPart(flexBalance, hours) : undefined
  const held = payment === 'ruiluren' ? { unit: 'ruiluren' as const, amount: hours }
    : payment === 'vakantietegoed' ? { unit: 'vakantiedagen' as const, amount: 1 }
      : flexHours !== undefined && flexHours > 0 ? { unit: 'flexuren' as const, amount: flexHours } : null
  if (held !== null) {
    // The balance's own message ("niet genoeg ruiluren") says more than "this payment is not possible".
    const cover = canReserve({ entries: a.ledger, amount: held.amount, unit: held.unit, today, ...(held.unit === 'ruiluren' ? { careType: group.careType } : {}) })
    if (!cover.ok) return { ok: false, refusal: { code: cover.code, message: cover.message } }
  }
  const options = paymentOptions({
    careType: group.careType, contract: placement.contract, date: a.date, studyDay, contractWeekdays: [...placement.weekdays], hours,
    swapBalance: balance('ruiluren'), holidayDays: balance('vakantiedagen'), flexBalance,
    holiday: a.kind === 'Extra vakantiedag BSO' || a.kind === 'Vakantiedagen BSO (RP)',
  })
  if (!options.includes(payment)) return refuse('betaling-niet-toegestaan')

  const invoiceHours = payment === 'factuur' ? hours : payment === 'flexuren+factuur' ? Math.round((hours - (flexHours ?? 0)) * 100) / 100 : undefined
  const at = a.now.toISOString()
  const fact = { by: PARENT_PORTAL, device: PARENT_PORTAL, at }
  const remarks = a.remarks?.trim() ?? ''
  const request: Request = {
    id: a.id, childId: a.child.id, groupId: group.id, locationId: placement.locationId, careType: group.careType,
    contract: placement.contract, date: a.date, dayPart: a.dayPart, kind: a.kind, payment, hours,
    ...(flexHours !== undefined ? { flexHours } : {}),
    ...(invoiceHours !== undefined && invoiceHours > 0 ? { invoiceHours, invoiceDate: invoiceDate(a.date) } : {}),
    ...(remarks !== '' ? { remarks } : {}),
    submittedVia: 'ouder', status: 'ingediend', decisions: [], ...fact, updatedAt: at,
  }
  const reservation: LedgerEntry | null = held && {
    id: ledgerIds.reservation(a.id), childId: a.child.id, locationId: placement.locationId, unit: held.unit,
    ...(held.unit === 'ruiluren' ? { careType: group.careType } : {}),
    kind: 'gereserveerd', amount: held.amount, date: today, sourceId: a.id, ...fact,
  }
  return { ok: true, request, reservation }
}
