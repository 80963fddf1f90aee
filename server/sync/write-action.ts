// Who did the change a push stores, and when on the PC (server-only columns author and client_time;
// the server adds its own time and the device). A fact says it in `by` and `at`. Two collections
// hold many facts in one document, and there the change is the newest one: a request's latest
// decision that is not the stored one, an attendance day's entry that changed. Documents without
// either keep their updatedAt as the PC's time. Until sign-in tokens arrive (R19), `by` is what
// the PC says; the device is the x-device-id it pushed with.
import type { SyncDoc } from '../../shared/sync'
import { sameDocument } from './same-document'

export interface WriteAction {
  author: string | null
  clientTime: string | null
}

type Fields = Record<string, unknown>

export function writeAction(collection: string, doc: SyncDoc, stored: SyncDoc | undefined): WriteAction {
  if (collection === 'requests') {
    const kept = listOf(stored?.decisions)
    const latest = listOf(doc.decisions).filter((d, i) => !sameDocument(d, kept[i])).at(-1)
    if (latest !== undefined) return factOf(latest)
  }
  if (collection === 'attendance') {
    // Children's entries and staff entries (issue 9) alike: the newest changed one is the change.
    const changed = [...changedBy(doc.entries, stored?.entries, 'childId'), ...changedBy(doc.staff, stored?.staff, 'staffId')]
      .sort((a, b) => String(a.at).localeCompare(String(b.at)))
      .at(-1)
    if (changed !== undefined) return factOf(changed)
  }
  const fact = factOf(doc)
  return { author: fact.author, clientTime: fact.clientTime ?? instantOr(doc.updatedAt) }
}

function factOf(fields: Fields): WriteAction {
  return { author: typeof fields.by === 'string' ? fields.by : null, clientTime: instantOr(fields.at) }
}

/** An instant as PostgreSQL's timestamptz takes it; anything else is no time at all (never a failed write). */
function instantOr(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/** The entries of a list that differ from the stored list's entry with the same key. */
function changedBy(list: unknown, storedList: unknown, key: string): Fields[] {
  const before = new Map(listOf(storedList).map((e) => [e[key], e]))
  return listOf(list).filter((e) => !sameDocument(e, before.get(e[key])))
}

function listOf(value: unknown): Fields[] {
  return Array.isArray(value) ? value.filter((v): v is Fields => typeof v === 'object' && v !== null) : []
}
