// Conflict resolution for attendance days, three-way. One document holds a whole group-day (DESIGN §4:
// coarse documents make the first sync ten times faster), so two PCs checking in different children of
// one group meet in one document. Per child the entry is compared with the state this PC last saw on
// the server (RxDB's assumedMasterState): a side that did not change it yields to the side that did,
// so both PCs' work is kept. Only when both sides changed the same child's entry differently does one
// lose, and then the server's entry wins: the first change to reach the server wins (as R20 decides
// requests), every PC settles on the same answer, and the loser is reported (conflict-notice.ts).
import type { AttendanceDay, AttendanceEntry } from '../../../shared/domain'

/** The document as the replication sees it: the domain fields plus RxDB's deleted flag. */
export type ReplicatedAttendanceDay = AttendanceDay & { _deleted: boolean }

/** A child's entry changed on this PC that lost to a different change of it on the server. */
export interface LostEntry {
  local: AttendanceEntry
  winner: AttendanceEntry
}

export interface AttendanceMerge {
  day: ReplicatedAttendanceDay
  lost: LostEntry[]
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

function byChild(day: AttendanceDay | undefined): Map<string, AttendanceEntry> {
  return new Map((day?.entries ?? []).map((entry) => [entry.childId, entry]))
}

/** One child's three versions → the entry kept (undefined: none) and whether the local one lost. */
function mergeEntry(
  base: AttendanceEntry | undefined, server: AttendanceEntry | undefined, local: AttendanceEntry | undefined,
): { kept: AttendanceEntry | undefined; lost?: LostEntry } {
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
  const base = byChild(assumed)
  const server = byChild(master)
  const mine = byChild(local)
  const children = new Set([...server.keys(), ...mine.keys()])
  const entries: AttendanceEntry[] = []
  const lost: LostEntry[] = []
  for (const childId of children) {
    const merged = mergeEntry(base.get(childId), server.get(childId), mine.get(childId))
    if (merged.kept) entries.push(merged.kept)
    if (merged.lost) lost.push(merged.lost)
  }
  return {
    day: {
      ...master,
      entries: sortEntries(entries),
      updatedAt: laterInstant(master.updatedAt, local.updatedAt),
      _deleted: master._deleted && local._deleted,
    },
    lost: lost.sort((a, b) => (a.local.childId < b.local.childId ? -1 : 1)),
  }
}
