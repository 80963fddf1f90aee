// Conflict resolution for attendance days. One document holds a whole group-day (DESIGN §4: coarse
// documents make the first sync ten times faster), so two PCs checking in different children of one
// group meet in one document. Merging per child keeps both; only a true collision on the same child
// is decided, by that entry's own version counter (`rev`), then by its time (`at`).
import type { AttendanceDay, AttendanceEntry } from '../../../shared/domain'

/** The document as the replication sees it: the domain fields plus RxDB's deleted flag. */
export type ReplicatedAttendanceDay = AttendanceDay & { _deleted: boolean }

/**
 * Which of two versions of one child's entry wins: the higher `rev`; on a tie the later `at`; on a
 * full tie the first argument (callers pass the server's version first, so that every PC settles on
 * the same answer and nothing ping-pongs).
 */
export function newerEntry(first: AttendanceEntry, second: AttendanceEntry): AttendanceEntry {
  if (first.rev !== second.rev) return first.rev > second.rev ? first : second
  const firstAt = Date.parse(first.at)
  const secondAt = Date.parse(second.at)
  if (firstAt !== secondAt) return secondAt > firstAt ? second : first
  return first
}

/** Entries ordered by child id: one canonical order, so equal content is equal deep-down too. */
export function sortEntries(entries: readonly AttendanceEntry[]): AttendanceEntry[] {
  return [...entries].sort((a, b) => (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0))
}

function laterInstant(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a
}

/**
 * Merge the server's version of a group-day with this PC's version. Every child present in either
 * keeps an entry; per child the newer entry wins (see newerEntry). The day's own fields come from the
 * server (they are derived from the id and never edited). The day counts as deleted only when both
 * sides deleted it: no check-in is dropped by a merge.
 */
export function mergeAttendanceDay(master: ReplicatedAttendanceDay, local: ReplicatedAttendanceDay): ReplicatedAttendanceDay {
  const byChild = new Map<string, AttendanceEntry>()
  for (const entry of master.entries) byChild.set(entry.childId, entry)
  for (const entry of local.entries) {
    const known = byChild.get(entry.childId)
    byChild.set(entry.childId, known ? newerEntry(known, entry) : entry)
  }
  return {
    ...master,
    entries: sortEntries([...byChild.values()]),
    updatedAt: laterInstant(master.updatedAt, local.updatedAt),
    _deleted: master._deleted && local._deleted,
  }
}
