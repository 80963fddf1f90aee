// The billable items of one month (SPEC §5, R15): what the billing system invoices for the care of
// that month. Pure: it reads documents the caller gathered (billing-store.ts), so it is tested with
// hand-made ones. Three sources:
//   - approved requests paid on invoice: `factuur` (all hours) or `flexuren+factuur` (the invoice part);
//     a Q-block with an invoice part is its own kind, so customer service can tell it from extra days;
//   - sign-up lines customer service processed (`verwerkt`) as billed (`factuur`), not `inclusief`.
// The care date decides the month, never the decision date: R15 puts care of month M on the invoice of
// the 10th of M+1, whenever it was approved or processed. The invoice date is the rule's (invoiceDate),
// the one the PCs stored and the server checks for processed lines.
import type { Child, GroupDayPart, JournalEntry, Location, Request, SignupLine } from '../../shared/domain'
import { bsoPlacementOn, dayPartHours, invoiceDate } from '../../shared/rules'
import { inMonth } from './billing-month'

export type BillableKind = 'aanvraag' | 'Q-blok' | 'intekenregel'

export interface BillableItem {
  kind: BillableKind
  /** What was billed: the request's kind (`extra dag`, `studiedag`, …) or `studiedag (intekenlijst)`. */
  description: string
  childId: string
  /** Empty when the child is no longer on the server (e.g. removed under the AVG). */
  childName: string
  locationId: string
  locationName: string
  groupId: string
  groupName: string
  careDate: string
  dayPart: string
  /** `HH:mm–HH:mm`: the line's own times, or the group's opening times for the day part. */
  times: string
  /** Hours on the invoice; null when neither times nor a known day part tell them. */
  hours: number | null
  payment: string
  invoiceDate: string
  /** The request or sign-up line this item comes from. */
  sourceId: string
}

export interface BillingDocuments {
  requests: readonly Request[]
  signupLines: readonly SignupLine[]
  /** Journal facts; only `verwerkt` ones count. */
  journal: readonly JournalEntry[]
  children: readonly Child[]
  locations: readonly Location[]
}

export const signupLineDescription = 'studiedag (intekenlijst)'

export function billableItems(month: string, docs: BillingDocuments): BillableItem[] {
  const children = new Map(docs.children.map((c) => [c.id, c]))
  const locations = new Map(docs.locations.map((l) => [l.id, l]))
  const place = placeOf(locations)
  const items: BillableItem[] = []

  for (const request of docs.requests) {
    if (!inMonth(request.date, month) || request.status !== 'goedgekeurd') continue
    const hours = invoiceHours(request)
    if (hours === null) continue
    const where = place(request.locationId, request.groupId, request.dayPart)
    items.push({
      kind: request.kind === 'Q-blok' ? 'Q-blok' : 'aanvraag',
      description: request.kind,
      childId: request.childId,
      childName: nameOf(children.get(request.childId)),
      ...where.names,
      careDate: request.date,
      dayPart: request.dayPart,
      times: where.times,
      hours,
      payment: request.payment,
      invoiceDate: invoiceDate(request.date),
      sourceId: request.id,
    })
  }

  const lines = new Map(docs.signupLines.map((l) => [l.id, l]))
  const billed = new Set<string>()
  for (const fact of docs.journal) {
    if (fact.kind !== 'verwerkt' || fact.data?.billing !== 'factuur' || billed.has(fact.targetId)) continue
    const line = lines.get(fact.targetId)
    if (line === undefined || !inMonth(line.date, month)) continue
    billed.add(line.id)
    const child = children.get(line.childId)
    // A sheet is per location, not per group: the group is the child's BSO placement there that day.
    const groupId = (child ? bsoPlacementOn(child, line.locationId, line.date)?.groupId : undefined) ?? ''
    const where = place(line.locationId, groupId, line.dayPart)
    const times = line.times ? `${line.times.start}–${line.times.end}` : where.times
    const hours = line.times ? spanHours(line.times) : where.hours
    items.push({
      kind: 'intekenregel',
      description: signupLineDescription,
      childId: line.childId,
      childName: nameOf(child),
      ...where.names,
      careDate: line.date,
      dayPart: line.dayPart ?? '',
      times,
      hours,
      payment: 'factuur',
      invoiceDate: invoiceDate(line.date),
      sourceId: line.id,
    })
  }

  return items.sort(byCareDateThenPlaceThenChild)
}

/** The hours billed on invoice, or null when the request has no invoice part (R10). */
export function invoiceHours(request: Pick<Request, 'payment' | 'hours' | 'flexHours' | 'invoiceHours'>): number | null {
  let hours: number
  if (request.payment === 'factuur') hours = request.invoiceHours ?? request.hours
  else if (request.payment === 'flexuren+factuur') hours = request.invoiceHours ?? request.hours - (request.flexHours ?? 0)
  else return null
  const rounded = Math.round(hours * 100) / 100
  return rounded > 0 ? rounded : null
}

interface Place {
  names: Pick<BillableItem, 'locationId' | 'locationName' | 'groupId' | 'groupName'>
  times: string
  hours: number | null
}

function placeOf(locations: ReadonlyMap<string, Location>) {
  return (locationId: string, groupId: string, dayPart: string | undefined): Place => {
    const location = locations.get(locationId)
    const group = location?.groups.find((g) => g.id === groupId)
    const part: GroupDayPart | undefined = dayPart === undefined ? undefined : group?.dayParts.find((p) => p.dayPart === dayPart)
    return {
      names: { locationId, locationName: location?.name ?? '', groupId, groupName: group?.name ?? '' },
      times: part ? `${part.start}–${part.end}` : '',
      hours: part ? spanHours(part) : null,
    }
  }
}

function spanHours(span: { start: string; end: string }): number | null {
  try {
    return Math.round(dayPartHours(span) * 100) / 100
  } catch {
    return null
  }
}

function nameOf(child: Pick<Child, 'firstName' | 'lastName'> | undefined): string {
  return child ? `${child.firstName} ${child.lastName}` : ''
}

/** A total order, so the same month always gives the same file (the source id breaks every tie). */
function byCareDateThenPlaceThenChild(a: BillableItem, b: BillableItem): number {
  return compare(a.careDate, b.careDate) || compare(a.locationName, b.locationName) || compare(a.locationId, b.locationId)
    || compare(a.childName, b.childName) || compare(a.childId, b.childId) || compare(a.kind, b.kind) || compare(a.sourceId, b.sourceId)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
