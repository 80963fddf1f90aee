// The rows of the queue table: the requests that pass the filter, with the names staff read and their
// place on the waiting list, in a stable order: by date, group and day part; within one group-day
// first what waits for a first decision, then the waiting list in its own order (waitlist.ts).
import { dayParts } from '../../../../shared/domain'
import type { QueueFilter } from './queue-filter'
import { filterPredicate, type FilterableRequest } from './queue-filter'
import { waitlistPositions, type WaitingRequest } from './waitlist'

export type RowRequest = FilterableRequest & WaitingRequest

export interface QueueRow<R extends RowRequest> {
  request: R
  childName: string
  groupName: string
  /** 1 = first in line; null when not on the waiting list. */
  waitlistPosition: number | null
}

export interface RowNames {
  child(childId: string): string | undefined
  group(groupId: string): string | undefined
}

const statusOrder = ['ingediend', 'wachtlijst', 'goedgekeurd', 'afgekeurd', 'verwijderd', 'geannuleerd']
const names = new Intl.Collator('nl')
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function compareRows<R extends RowRequest>(x: QueueRow<R>, y: QueueRow<R>): number {
  const a = x.request
  const b = y.request
  return byCode(a.date, b.date)
    || names.compare(x.groupName, y.groupName)
    || dayParts.indexOf(a.dayPart) - dayParts.indexOf(b.dayPart)
    || statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status)
    || (x.waitlistPosition ?? 0) - (y.waitlistPosition ?? 0)
    || byCode(a.at, b.at)
    || byCode(a.id, b.id)
}

/**
 * `requests` are all candidates (e.g. every open request held in memory): the waiting-list positions
 * are counted among all of them, so a filter on one child still shows that child's true place in line.
 */
export function queueRows<R extends RowRequest>(requests: readonly R[], filter: QueueFilter, lookup: RowNames): QueueRow<R>[] {
  const positions = waitlistPositions(requests)
  const matches = filterPredicate(filter)
  const rows: QueueRow<R>[] = []
  for (const request of requests) {
    const childName = lookup.child(request.childId) ?? request.childId
    if (!matches(request, childName)) continue
    rows.push({ request, childName, groupName: lookup.group(request.groupId) ?? request.groupId, waitlistPosition: positions.get(request.id) ?? null })
  }
  return rows.sort(compareRows)
}

/** The dates the rows (or requests) span: the range the room facts must cover. */
export function rowDateRange(rows: readonly { request: { date: string } }[]): { from: string; to: string } | null {
  if (rows.length === 0) return null
  let from = rows[0]!.request.date
  let to = from
  for (const { request } of rows) {
    if (request.date < from) from = request.date
    if (request.date > to) to = request.date
  }
  return { from, to }
}
