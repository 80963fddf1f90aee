// The changes a simulated location PC makes, as staff would on a busy morning: check a child in on
// its group's list of today, check a checked-in child out, correct a check-out time, or report a
// child absent on a coming weekday. Documents the server accepts for that PC's location with the
// signed-in staff member as author (the same shapes the app builds; server/sync/checks decide).
import type { AbsenceReason, AttendanceDay, AttendanceEntry, Child, DayPart, Location } from '../../shared/domain'
import { absenceId, attendanceDayId } from '../../shared/domain'
import { addDays, weekday } from '../../shared/calendar'
import type { SyncDoc } from '../../shared/sync'
import { sortEntries } from '../../renderer/src/db/merge-attendance'

export type PushedDay = AttendanceDay & SyncDoc
export type PushedAbsence = SyncDoc & { id: string; device: string; at: string }

/** What a PC knows of its location: the groups, and per group the children placed there. */
export interface LocationPicture {
  location: Location
  childrenByGroup: Map<string, Child[]>
}

export function locationPicture(location: Location, children: readonly Child[]): LocationPicture {
  const childrenByGroup = new Map<string, Child[]>()
  for (const group of location.groups) {
    childrenByGroup.set(group.id, children.filter((c) => c.placements.some((p) => p.groupId === group.id)))
  }
  return { location, childrenByGroup }
}

export interface Author {
  by: string
  device: string
}

/** Random choices come from the caller (seeded per PC), so a run can be repeated. */
export type Random = () => number

const pick = <T>(items: readonly T[], random: Random): T | undefined => items[Math.floor(random() * items.length)]

function placedOn(child: Child, groupId: string, date: string): boolean {
  return child.placements.some((p) => p.groupId === groupId && p.weekdays.includes(weekday(date))
    && p.start <= date && (p.end === undefined || p.end >= date))
}

/**
 * The next edit of a group's list today: the first child without an entry is checked in, else a
 * checked-in child is checked out, else a check-out is corrected (a later time, rev + 1). Never
 * ends, so a long run keeps pushing real edits. `at` is the edit's own instant (unique per PC).
 */
export function attendanceEdit(
  current: PushedDay | undefined, picture: LocationPicture, groupId: string, today: string, author: Author, at: string, random: Random,
): { doc: PushedDay; childId: string } | null {
  const children = picture.childrenByGroup.get(groupId) ?? []
  if (children.length === 0) return null
  const day: PushedDay = current ?? {
    id: attendanceDayId(today, groupId), date: today, groupId, locationId: picture.location.id, entries: [], updatedAt: at, _deleted: false,
  }
  const byChild = new Map(day.entries.map((e) => [e.childId, e]))
  const fact = { by: author.by, device: author.device, at }
  let entry: AttendanceEntry
  const absent = children.filter((c) => !byChild.has(c.id))
  const expected = absent.filter((c) => placedOn(c, groupId, today))
  const newcomer = pick(expected.length > 0 ? expected : absent, random)
  if (newcomer !== undefined) {
    entry = { childId: newcomer.id, checkIn: at, unplanned: !placedOn(newcomer, groupId, today), wentHome: false, ...fact, rev: 1 }
  } else {
    const present = day.entries.filter((e) => e.checkIn !== undefined && e.checkOut === undefined)
    const target = pick(present.length > 0 ? present : day.entries, random)
    if (target === undefined) return null
    entry = { ...target, checkOut: at, ...fact, rev: target.rev + 1 }
    if (target.checkIn === undefined || Date.parse(target.checkIn) > Date.parse(at)) entry.checkIn = at
  }
  byChild.set(entry.childId, entry)
  return { doc: { ...day, entries: sortEntries([...byChild.values()]), updatedAt: at, _deleted: false }, childId: entry.childId }
}

/**
 * A parent's report taken by phone: a child absent on one of the coming 28 days it is placed.
 * `taken` holds the ids already reported at the location (the demo's and this run's), so that no
 * two PCs report the same child, day and day part (that would be an append-only refusal, not load).
 */
export function absenceReport(
  picture: LocationPicture, today: string, author: Author, at: string, taken: Set<string>, random: Random,
): PushedAbsence | null {
  const reasons: readonly AbsenceReason[] = ['ziek', 'vakantie', 'overig']
  for (let attempt = 0; attempt < 20; attempt++) {
    const group = pick(picture.location.groups, random)
    const child = group === undefined ? undefined : pick(picture.childrenByGroup.get(group.id) ?? [], random)
    if (group === undefined || child === undefined) continue
    const date = addDays(today, 1 + Math.floor(random() * 28))
    const placement = child.placements.find((p) => p.groupId === group.id && p.weekdays.includes(weekday(date)))
    if (placement === undefined) continue
    const dayPart: DayPart = placement.dayParts[0] ?? 'hele dag'
    const id = absenceId(date, child.id, dayPart)
    if (taken.has(id)) continue
    taken.add(id)
    return {
      id, childId: child.id, groupId: group.id, locationId: picture.location.id, careType: group.careType, date, dayPart,
      reason: { code: pick(reasons, random) ?? 'ziek' }, reportedAt: at, reportedVia: 'ouder', by: author.by, device: author.device, at,
      _deleted: false,
    }
  }
  return null
}

/** How a change is recognised in an event on another PC: its device and instant (unique per PC). */
export function markOf(fact: { device: string; at: string }): string {
  return `${fact.device}@${fact.at}`
}

/** Every change mark a pushed document carries: an attendance day's entries, or the fact itself. */
export function marksIn(collection: string, doc: Record<string, unknown>): string[] {
  if (collection === 'attendance' && Array.isArray(doc.entries)) {
    return doc.entries.flatMap((e: unknown) => {
      const entry = e as Partial<{ device: string; at: string }>
      return typeof entry.device === 'string' && typeof entry.at === 'string' ? [markOf({ device: entry.device, at: entry.at })] : []
    })
  }
  return typeof doc.device === 'string' && typeof doc.at === 'string' ? [markOf({ device: doc.device, at: doc.at })] : []
}
