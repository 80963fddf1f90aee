// The filters of Goedkeuren aanvragen (F4): child, group, location, date range and status. What the
// local database is asked is only what its requests index [locationId, status, date] answers exactly
// (one range per location and status); the rest — group, child, and the date range of the open
// requests, which are kept in memory anyway for the count in the navigation — is filtered in memory,
// which is what makes a new search fast with thousands of open requests on the PC.
import type { ContractKind, RequestStatus } from '../../../../shared/domain'
import type { PermissionContext } from '../../../../shared/rules'
import { searchable } from '../../ui/name-search'

/** `open` is what waits for a decision: submitted, or on the waiting list (R20). */
export type StatusChoice = 'open' | RequestStatus

export const openStatuses: readonly RequestStatus[] = ['ingediend', 'wachtlijst']

export const statusChoices: readonly StatusChoice[] = ['open', 'ingediend', 'wachtlijst', 'goedgekeurd', 'afgekeurd', 'verwijderd', 'geannuleerd']

export interface QueueFilter {
  /** Any part of the child's name. */
  child: string
  /** '' = every group. */
  groupId: string
  /** '' = every location this user covers on this PC. */
  locationId: string
  /** 'yyyy-MM-dd', '' = no bound. */
  from: string
  to: string
  status: StatusChoice
}

export const defaultFilter: QueueFilter = { child: '', groupId: '', locationId: '', from: '', to: '', status: 'open' }

export function statusesOf(choice: StatusChoice): readonly RequestStatus[] {
  return choice === 'open' ? openStatuses : [choice]
}

export function isOpen(status: RequestStatus): boolean {
  return openStatuses.includes(status)
}

/** Whether the open requests held in memory answer this filter (no query of its own needed). */
export function answeredByOpenSet(filter: Pick<QueueFilter, 'status'>): boolean {
  return statusesOf(filter.status).every(isOpen)
}

export interface RequestSelector {
  locationId: string
  status: RequestStatus
  date?: { $gte?: string; $lte?: string }
}

/** One index range per location and status: equality on the first two fields, a range on the date. */
export function queueSelectors(filter: Pick<QueueFilter, 'status' | 'from' | 'to' | 'locationId'>, covered: readonly string[]): RequestSelector[] {
  const locations = filter.locationId === '' ? covered : covered.filter((id) => id === filter.locationId)
  const date = {
    ...(filter.from !== '' ? { $gte: filter.from } : {}),
    ...(filter.to !== '' ? { $lte: filter.to } : {}),
  }
  const ranged = Object.keys(date).length > 0
  return locations.flatMap((locationId) => statusesOf(filter.status).map((status) => ({ locationId, status, ...(ranged ? { date } : {}) })))
}

/** The fields of a request the in-memory filter reads. */
export interface FilterableRequest {
  locationId: string
  groupId: string
  childId: string
  date: string
  status: RequestStatus
}

/** The in-memory half of the filter, prepared once for a whole list; `childName` is the name shown in the row. */
export function filterPredicate(filter: QueueFilter): (request: FilterableRequest, childName: string) => boolean {
  const statuses = statusesOf(filter.status)
  const words = searchable(filter.child).split(/\s+/).filter((w) => w !== '')
  return (request, childName) => {
    if (filter.locationId !== '' && request.locationId !== filter.locationId) return false
    if (filter.groupId !== '' && request.groupId !== filter.groupId) return false
    if (filter.from !== '' && request.date < filter.from) return false
    if (filter.to !== '' && request.date > filter.to) return false
    if (!statuses.includes(request.status)) return false
    if (words.length === 0) return true
    const name = searchable(childName)
    return words.every((w) => name.includes(w))
  }
}

export function matchesFilter(request: FilterableRequest, filter: QueueFilter, childName: string): boolean {
  return filterPredicate(filter)(request, childName)
}

/**
 * R11 and R19 for the queue: a request is shown to whoever may decide it here — location staff for
 * their own locations, Qflexibel requests only to the planner (the permission matrix with the contract).
 */
export function mayDecide(
  permissions: { can(action: 'aanvraag.beslissen', ctx?: PermissionContext): boolean; covers(locationId: string): boolean },
  request: { contract: ContractKind; locationId: string },
): boolean {
  return permissions.can('aanvraag.beslissen', { contract: request.contract }) && permissions.covers(request.locationId)
}
