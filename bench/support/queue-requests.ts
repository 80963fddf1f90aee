// The approval-queue benchmark's workload (issue 7): 2,000 open requests of the benchmark's location,
// put on the server before a PC's first sync. 250 per group over the 20 weekdays after today, laid
// out so that the first 16 weekdays of every group hold exactly 200 (the bulk approval's selection)
// and every day of a group holds 12 or 13. Each request is a parent's `extra dag` on the invoice for
// a child placed in that group (not Qflexibel: the planner's, R11), preferably on a weekday the child
// is not placed, one request per child per day.
import type { Child, DayPart, Location, Request } from '../../shared/domain'
import { addDays, weekday } from '../../shared/calendar'
import { dayPartHours, invoiceDate } from '../../shared/rules'

export const REQUESTS_PER_GROUP = 250
/** Weekdays the requests are spread over, and how many of them hold the 200 a bulk approval takes. */
export const WEEKDAYS = 20
export const BULK_WEEKDAYS = 16
export const BULK_SIZE = 200

export interface QueueWorkload {
  requests: Request[]
  /** The weekdays after today, in order. */
  days: string[]
  /** Per group: its requests per day (same order as `days`). */
  perGroupDay: Map<string, number[]>
}

/** 13 on the first half of each block, 12 on the second: 200 over 16 days, 50 over the last 4. */
function perDay(index: number): number {
  return index < BULK_WEEKDAYS ? (index < BULK_WEEKDAYS / 2 ? 13 : 12) : (index < BULK_WEEKDAYS + (WEEKDAYS - BULK_WEEKDAYS) / 2 ? 13 : 12)
}

function weekdaysAfter(today: string, count: number): string[] {
  const days: string[] = []
  for (let d = addDays(today, 1); days.length < count; d = addDays(d, 1)) if (weekday(d) <= 5) days.push(d)
  return days
}

/** The group's day part a single extra day takes: the first that is not the whole day. */
function partOf(group: Location['groups'][number], index: number): DayPart {
  const parts = group.dayParts.filter((p) => p.dayPart !== 'hele dag')
  return (parts[index % parts.length] ?? group.dayParts[0]!).dayPart
}

export function queueWorkload(location: Location, children: readonly Child[], today: string): QueueWorkload {
  const days = weekdaysAfter(today, WEEKDAYS)
  const requests: Request[] = []
  const perGroupDay = new Map<string, number[]>()
  const at = `${addDays(today, -1)}T08:00:00.000Z`
  for (const group of location.groups) {
    const placed = children.filter((c) => c.placements.some((p) => p.groupId === group.id && p.contract !== 'qflexibel'))
    if (placed.length < 13) throw new Error(`group ${group.id} has only ${placed.length} children for the benchmark`)
    const counts: number[] = []
    days.forEach((date, dayIndex) => {
      const free = (c: Child) => !c.placements.some((p) => p.groupId === group.id && p.weekdays.includes(weekday(date)))
      const chosen = [...placed.filter(free), ...placed.filter((c) => !free(c))].slice(0, perDay(dayIndex))
      chosen.forEach((child, i) => {
        const placement = child.placements.find((p) => p.groupId === group.id && p.contract !== 'qflexibel')!
        const dayPart = partOf(group, i)
        const hours = dayPartHours(group.dayParts.find((p) => p.dayPart === dayPart)!)
        requests.push({
          id: `bench-queue-${group.id}-${date}-${i}`, childId: child.id, groupId: group.id, locationId: location.id,
          careType: group.careType, contract: placement.contract, date, dayPart, kind: 'extra dag', payment: 'factuur', hours,
          invoiceHours: hours, invoiceDate: invoiceDate(date), submittedVia: 'ouder', status: 'ingediend', decisions: [],
          by: 'ouderportaal', device: 'ouderportaal', at, updatedAt: at,
        })
      })
      counts.push(chosen.length)
    })
    perGroupDay.set(group.id, counts)
  }
  return { requests, days, perGroupDay }
}

/** Open requests of a group between two of the workload's days (inclusive), as the queue would find them. */
export function countIn(workload: QueueWorkload, groupId: string, from: number, to: number): number {
  return (workload.perGroupDay.get(groupId) ?? []).slice(from, to + 1).reduce((n, x) => n + x, 0)
}
