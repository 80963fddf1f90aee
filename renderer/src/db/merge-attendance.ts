// Conflict resolution for attendance days, three-way. One document holds a whole group-day (DESIGN §4:
// coarse documents make the first sync ten times faster), so two PCs checking in different children of
// one group meet in one document. Per child the entry is compared with the state this PC last saw on
// the server (RxDB's assumedMasterState): a side that did not change it yields to the side that did,
// so both PCs' work is kept. Only when both sides changed the same child's entry differently does one
// lose, and then the server's entry wins: the first change to reach the server wins (as R20 decides
// requests), every PC settles on the same answer, and the loser is reported (conflict-notice.ts).
// The day's staff entries (issue 9) are merged the same way, per staff member.
import type { AttendanceDay, AttendanceEntry } from '../../../shared/domain'

/** The document as the replication sees it: the domain fields plus RxDB's deleted flag. */
export type ReplicatedAttendanceDay = AttendanceDay & { _deleted: boolean }

/** A staff member's entry on a group-day: planned (`Inroosteren`), checked in and out. */
export type StaffEntry = NonNullable<AttendanceDay['staff']>[number]

/** An entry changed on this PC that lost to a different change of it on the server. */
export interface Lost<E> {
  local: E
  winner: E
}

/** A child's entry changed on this PC that lost to a different change of it on the server. */
export type LostEntry = Lost<AttendanceEntry>
export type LostStaffEntry = Lost<StaffEntry>

export interface AttendanceMerge {
  day: ReplicatedAttendanceDay
  lost: LostEntry[]
  /** Staff entries of this PC that lost, by staffId. */
  lostStaff: LostStaffEntry[]
}

/** Entries ordered by child id: one canonical order, so equal content is equal deep-down too. */
export function sortEntries(entries: readonly AttendanceEntry[]): AttendanceEntry[] {
  return [...entries].sort((a, b) => (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0))
}

/** Equal JSON values, whatever the key order (documents come back from the server re-serialised). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aRecord = a as Record<string, unknown>
  const bRecord = b as Record<string, unknown>
  const aKeys = Object.keys(aRecord).filter((key) => aRecord[key] !== undefined)
  const bKeys = Object.keys(bRecord).filter((key) => bRecord[key] !== undefined)
  return aKeys.length === bKeys.length && aKeys.every((key) => sameJson(aRecord[key], bRecord[key]))
}

function laterInstant(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a
}

/** Staff entries ordered by staff id, like the children's. */
export function sortStaff(staff: readonly StaffEntry[]): StaffEntry[] {
  return [...staff].sort((a, b) => (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0))
}

/** One child's (or staff member's) three versions → the entry kept (undefined: none) and whether the local one lost. */
function mergeEntry<E>(base: E | undefined, server: E | undefined, local: E | undefined): { kept: E | undefined; lost?: Lost<E> } {
  // Entries are never removed on a PC: a missing local entry is no change, and nothing is dropped.
  if (local === undefined || sameJson(local, base)) return { kept: server }
  if (server === undefined || sameJson(server, base)) return { kept: local }
  if (sameJson(local, server)) return { kept: server }
  return { kept: server, lost: { local, winner: server } }
}

/**
 * Merge the server's version of a group-day (`master`) with this PC's (`local`), relative to the
 * server version this PC last saw (`assumed`; absent when this PC created the day itself). Every child
 * in any version keeps an entry. The day's own fields come from the server (they follow from the id).
 * The day counts as deleted only when both sides deleted it: no check-in is dropped by a merge.
 */
export function mergeAttendanceDay(
  master: ReplicatedAttendanceDay, local: ReplicatedAttendanceDay, assumed?: ReplicatedAttendanceDay,
): AttendanceMerge {
  const children = mergeByKey(assumed?.entries, master.entries, local.entries, (e) => e.childId)
  const staff = mergeByKey(assumed?.staff, master.staff, local.staff, (e) => e.staffId)
  const day: ReplicatedAttendanceDay = {
    ...master,
    entries: sortEntries(children.kept),
    updatedAt: laterInstant(master.updatedAt, local.updatedAt),
    _deleted: master._deleted && local._deleted,
  }
  // A day nobody put staff on keeps no `staff` field, so that it stays equal to the same day elsewhere.
  if (master.staff !== undefined || local.staff !== undefined) day.staff = sortStaff(staff.kept)
  return {
    day,
    lost: children.lost,
    lostStaff: staff.lost,
  }
}

/** Every key in either version keeps an entry; losses are ordered by key (a retried resolve reports the same). */
function mergeByKey<E>(
  base: readonly E[] | undefined, server: readonly E[] | undefined, local: readonly E[] | undefined, key: (entry: E) => string,
): { kept: E[]; lost: Lost<E>[] } {
  const index = (list: readonly E[] | undefined) => new Map((list ?? []).map((entry) => [key(entry), entry]))
  const [before, theirs, mine] = [index(base), index(server), index(local)]
  const kept: E[] = []
  const lost: Lost<E>[] = []
  for (const id of new Set([...theirs.keys(), ...mine.keys()])) {
    const merged = mergeEntry(before.get(id), theirs.get(id), mine.get(id))
    if (merged.kept) kept.push(merged.kept)
    if (merged.lost) lost.push(merged.lost)
  }
  return { kept, lost: lost.sort((a, b) => (key(a.local) < key(b.local) ? -1 : 1)) }
}
