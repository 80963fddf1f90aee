// AVG (issue 8): a child deleted everywhere (server/privacy) stays deleted. A PC that was offline
// during the deletion still holds facts about the child and may push them afterwards; storing them
// would bring the child's data back. The privacy log names deleted children only by a hash of their
// id, so each child id a pushed document names is hashed the way the deletion hashed it and looked
// up there (one indexed query per distinct id, kept for the rest of the push).
// Attendance days are shared by a group: only the entries this push adds or changes are judged, so
// a day whose other children a PC edits is not refused for an entry the server already holds.
import {
  attendanceDayId, dayParts, type AttendanceDay, type JournalEntry,
} from '../../../shared/domain'
import type { SyncDoc } from '../../../shared/sync'
import { privacyConfig } from '../../privacy/privacy-config'
import { childHash } from '../../privacy/privacy-log'
import { sameDocument } from '../same-document'
import type { CheckInput, PictureCheck } from './check'
import { refusal } from './refusal'

/** Collections whose documents belong to one child through their `childId` (as child-records.ts deletes them). */
const OWNED_BY_CHILD: ReadonlySet<string> = new Set(['absences', 'requests', 'ledger', 'signuplines'])

/** Journal kinds whose target is the child itself (F8). */
const CHILD_TARGETS: ReadonlySet<string> = new Set(['wachtwoord', 'inlogadres'])

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2}):/

export const childNotDeleted: PictureCheck = async (input, picture) => {
  const ids = childrenNamed(input)
  if (ids.length === 0) return null
  // Read per push, like the privacy routes read it (privacy-config.ts), so both hash alike.
  const { hashKey } = privacyConfig()
  for (const id of ids) {
    if (await picture.privacyLogged(childHash(id, hashKey))) return { ...refusal('kind-verwijderd'), forget: true }
  }
  return null
}

/** The distinct child ids a pushed document is about (for attendance: only in what it adds or changes). */
export function childrenNamed({ collection, doc, stored }: Pick<CheckInput, 'collection' | 'doc' | 'stored'>): string[] {
  if (OWNED_BY_CHILD.has(collection)) return typeof doc.childId === 'string' ? [doc.childId] : []
  if (collection === 'journal') return journalChildren(doc as JournalEntry & SyncDoc)
  if (collection === 'attendance') return changedEntryChildren(doc as AttendanceDay & SyncDoc, stored as (AttendanceDay & SyncDoc) | undefined)
  return []
}

/**
 * A journal fact names a child by its target (the child, an attendance entry of it, an absence of
 * it) or by the entry it corrects (data.original). A candidate that is no child id costs one lookup
 * and never matches, so the parsing may err on the side of too many.
 */
function journalChildren(doc: JournalEntry & SyncDoc): string[] {
  const ids: string[] = []
  const target = doc.targetId
  if (CHILD_TARGETS.has(doc.kind)) ids.push(target)
  const date = DATE_PREFIX.exec(target)?.[1]
  if (date !== undefined) {
    // An attendance entry: `${date}:${groupId}:${childId}` (ids.ts attendanceEntryRef).
    const entryPrefix = doc.groupId === undefined ? null : `${attendanceDayId(date, doc.groupId)}:`
    if (entryPrefix !== null && target.startsWith(entryPrefix) && target.length > entryPrefix.length) ids.push(target.slice(entryPrefix.length))
    // An absence: `${date}:${childId}:${dayPart}` (ids.ts absenceId).
    for (const part of dayParts) {
      const middle = target.slice(date.length + 1, -(part.length + 1))
      if (target.endsWith(`:${part}`) && middle.length > 0) ids.push(middle)
    }
  }
  for (const value of [doc.data?.childId, childIdOf(doc.data?.original)]) if (typeof value === 'string') ids.push(value)
  return [...new Set(ids.filter((id) => id.length > 0))]
}

function childIdOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>).childId : undefined
}

/** Children whose entry the pushed day adds or changes against the server's state of that day. */
function changedEntryChildren(doc: AttendanceDay & SyncDoc, stored: (AttendanceDay & SyncDoc) | undefined): string[] {
  const before = new Map((stored !== undefined && !stored._deleted && Array.isArray(stored.entries) ? stored.entries : []).map((e) => [e.childId, e]))
  const ids = (Array.isArray(doc.entries) ? doc.entries : [])
    .filter((entry) => !sameDocument(entry, before.get(entry.childId)))
    .map((entry) => entry.childId)
  return [...new Set(ids)]
}
