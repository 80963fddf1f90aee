// Open requests (a parent's `extra dag` on the invoice, as the approval-queue benchmark makes them)
// put on the server before a PC's first sync, so that a spec has many documents one bulk approval
// writes at once. One request per child per day, in a group the child is placed in (not Qflexibel:
// the planner's, R11), on weekdays from `firstDay` days ahead on; whether the group has room does
// not matter (the bulk asks one reason for those without).
import type { Child, DayPart, Location, Request } from '../../../shared/domain'
import { addDays, weekday } from '../../../shared/calendar'
import { dayPartHours, invoiceDate } from '../../../shared/rules'
import { insertInBatches } from '../../../server/demo/document-batches'
import type { TestServer } from '../../e2e/support/stack'

export interface SeededRequests {
  requests: Request[]
  /** The weekdays they fall on, in order. */
  days: string[]
}

function partOf(group: Location['groups'][number]): DayPart {
  return (group.dayParts.find((p) => p.dayPart !== 'hele dag') ?? group.dayParts[0]!).dayPart
}

/** `count` open requests of `locationId`, ids `<prefix>-<n>`, over the weekdays from `today + firstDay` after the location's last request, at most `perDay` a day. */
export async function seedOpenRequests(
  server: TestServer, options: { locationId: string; today: string; count: number; prefix: string; firstDay?: number; groupId?: string; perDay?: number },
): Promise<SeededRequests> {
  const [location] = (await server.db.query<{ data: Location }>(
    `SELECT data FROM documents WHERE collection = 'locations' AND NOT deleted AND data->>'id' = $1`, [options.locationId],
  )).map((r) => r.data)
  if (!location) throw new Error(`no location ${options.locationId}`)
  const children = (await server.db.query<{ data: Child }>(
    `SELECT data FROM documents WHERE collection = 'children' AND NOT deleted AND data->'locationIds' ? $1 ORDER BY id`, [options.locationId],
  )).map((r) => r.data)
  const existing = (await server.db.query<{ data: Request }>(
    `SELECT data FROM documents WHERE collection = 'requests' AND NOT deleted AND data->>'locationId' = $1`, [options.locationId],
  )).map((r) => r.data)
  // After every request the location has already: a search over the seeded days finds exactly these.
  const lastExisting = existing.reduce((last, r) => (r.date > last ? r.date : last), '')
  const taken = new Set<string>()
  const requests: Request[] = []
  const days: string[] = []
  const at = `${addDays(options.today, -1)}T08:00:00.000Z`
  for (let date = addDays(options.today, options.firstDay ?? 3); requests.length < options.count; date = addDays(date, 1)) {
    if (weekday(date) > 5 || date <= lastExisting) continue
    if (days.length > 400) throw new Error(`only ${requests.length} requests fit`)
    days.push(date)
    const dayEnd = requests.length + (options.perDay ?? Number.POSITIVE_INFINITY)
    for (const child of children) {
      if (requests.length >= Math.min(options.count, dayEnd)) break
      const placement = child.placements.find((p) => p.contract !== 'qflexibel' && (options.groupId === undefined || p.groupId === options.groupId)
        && p.start <= date && (p.end == null || p.end >= date))
      const group = placement && location.groups.find((g) => g.id === placement.groupId)
      // An extra day on a day the child is not placed anyway.
      const placedThatDay = child.placements.some((p) => p.weekdays.includes(weekday(date)) && p.start <= date && (p.end == null || p.end >= date))
      if (!placement || !group || placedThatDay || taken.has(`${child.id}|${date}`)) continue
      taken.add(`${child.id}|${date}`)
      const dayPart = partOf(group)
      const hours = dayPartHours(group.dayParts.find((p) => p.dayPart === dayPart)!)
      requests.push({
        id: `${options.prefix}-${requests.length + 1}`, childId: child.id, groupId: group.id, locationId: location.id,
        careType: group.careType, contract: placement.contract, date, dayPart, kind: 'extra dag', payment: 'factuur', hours,
        invoiceHours: hours, invoiceDate: invoiceDate(date), submittedVia: 'ouder', status: 'ingediend', decisions: [],
        by: 'ouderportaal', device: 'ouderportaal', at, updatedAt: at,
      })
    }
  }
  await insertInBatches(server.db, { requests }, { author: 'ouderportaal', device: null, clientTime: null })
  return { requests, days }
}

/** The server's state of the given requests. */
export async function serverRequests(server: TestServer, prefix: string): Promise<Request[]> {
  const rows = await server.db.query<{ data: Request }>(
    `SELECT data FROM documents WHERE collection = 'requests' AND NOT deleted AND data->>'id' LIKE $1`, [`${prefix}-%`],
  )
  return rows.map((r) => r.data)
}
