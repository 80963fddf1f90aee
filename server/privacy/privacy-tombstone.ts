// What stays on the server of a deleted document: a tombstone, so that every PC that holds the
// document removes it when it pulls (RxDB's `_deleted`). It keeps the id (the PCs find their copy
// by it) and only the fields its scope is computed from (scope-tags.ts: a child's locationIds, a
// fact's locationId, a notice's deviceId), so that the tombstone reaches exactly the PCs that
// received the document; nothing else of it, so nothing personal remains.
import type { AttendanceDay } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'

const SCOPE_FIELDS = ['locationIds', 'locationId', 'deviceId'] as const

export function privacyTombstone(doc: SyncDoc): SyncDoc {
  const tombstone: SyncDoc = { id: doc.id, _deleted: true }
  for (const field of SCOPE_FIELDS) if (doc[field] !== undefined) tombstone[field] = doc[field]
  return tombstone
}

/**
 * A group-day document without this child's entries: a new version (not a tombstone), since the
 * other children's entries and the staff on the day stay.
 */
export function attendanceWithoutChild(day: SyncDoc, childId: string, at: string): SyncDoc {
  const entries = (day as unknown as AttendanceDay).entries.filter((entry) => entry.childId !== childId)
  return { ...day, entries, updatedAt: at }
}
