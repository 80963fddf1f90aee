// The ledger of a convergence run: every change a PC reported saved locally, and the checks made
// against the server at the end. A saved change is on the server exactly once, or the PC that made it
// holds a notice about it (a lost conflict, a refusal); the server holds nothing that no PC made
// (besides what it held at the start).
import type { Snapshot, StoredDoc } from './stored-documents'
import { sameContent } from './stored-documents'
import { collectionNames } from '../../../shared/domain/collections'

export type EntryField = 'checkIn' | 'checkOut'

/** A check-in or check-out of one child on one group-day, as the PC stored it. */
export interface AttendanceChange {
  kind: 'attendance'
  pc: string
  step: number
  dayId: string
  childId: string
  field: EntryField
  /** The instant the PC stored; null when the server's entry had already replaced it when read. */
  value: string | null
}

/** A fact stored by id (an absence, the credit it earned). */
export interface FactChange {
  kind: 'fact'
  pc: string
  step: number
  collection: 'absences' | 'ledger'
  id: string
}

export type SavedChange = AttendanceChange | FactChange

interface Entry {
  childId: string
  checkIn?: string
  checkOut?: string
}

function entriesOf(day: StoredDoc | undefined): Entry[] {
  return Array.isArray(day?.entries) ? (day.entries as Entry[]) : []
}

/** Does one of the PC's notices speak of this change? */
function explained(change: SavedChange, notices: readonly StoredDoc[]): boolean {
  return notices.some((n) => {
    if (change.kind === 'fact') return n.collectionName === change.collection && n.docId === change.id
    if (n.collectionName !== 'attendance' || n.docId !== change.dayId) return false
    const local = (n.localChange ?? {}) as Record<string, unknown>
    return local.childId === change.childId && (change.value === null || local[change.field] === change.value)
  })
}

/**
 * What the ledger and the server's final state disagree on, one line each (empty: all explained).
 * `noticesOf(pc)` are the notices of that PC's device on the server.
 */
export function ledgerProblems(a: {
  changes: readonly SavedChange[]
  start: Snapshot
  end: Snapshot
  noticesOf(pc: string): StoredDoc[]
}): string[] {
  const problems: string[] = []
  const describe = (c: SavedChange) => c.kind === 'fact'
    ? `step ${c.step} on ${c.pc}: ${c.collection}/${c.id}`
    : `step ${c.step} on ${c.pc}: ${c.field} ${c.value ?? '(replaced)'} of ${c.childId} on ${c.dayId}`

  // Every saved change is there exactly once, or the PC that made it was told.
  for (const change of a.changes) {
    if (change.kind === 'fact') {
      if (!a.end[change.collection].has(change.id) && !explained(change, a.noticesOf(change.pc))) problems.push(`lost without a notice: ${describe(change)}`)
      continue
    }
    const mine = entriesOf(a.end.attendance.get(change.dayId)).filter((e) => e.childId === change.childId)
    if (mine.length > 1) problems.push(`${mine.length} entries: ${describe(change)}`)
    const kept = mine[0]?.[change.field]
    const there = kept !== undefined && (change.value === null || kept === change.value)
    if (!there && !explained(change, a.noticesOf(change.pc))) problems.push(`lost without a notice: ${describe(change)} (server: ${kept ?? 'none'})`)
  }

  // Nothing on the server that no PC made. Notices are what explains; every other change traces back.
  const factIds = new Set(a.changes.flatMap((c) => (c.kind === 'fact' ? [`${c.collection}/${c.id}`] : [])))
  const attendance = a.changes.filter((c): c is AttendanceChange => c.kind === 'attendance')
  for (const collection of collectionNames) {
    if (collection === 'notices') continue
    for (const [id, doc] of a.end[collection]) {
      const before = a.start[collection].get(id)
      if (before !== undefined && sameContent(before, doc)) continue
      if (collection === 'absences' || collection === 'ledger') {
        if (!factIds.has(`${collection}/${id}`)) problems.push(`${collection}/${id} on the server, made by no PC`)
      } else if (collection === 'attendance') {
        problems.push(...dayProblems(id, before, doc, attendance.filter((c) => c.dayId === id)))
      } else {
        problems.push(`${collection}/${id} changed on the server, by no PC's step`)
      }
    }
    for (const id of a.start[collection].keys()) {
      if (!a.end[collection].has(id)) problems.push(`${collection}/${id} gone from the server`)
    }
  }
  return problems
}

/** A group-day that changed: every changed entry's times come from a saved change (or were there before). */
function dayProblems(dayId: string, before: StoredDoc | undefined, after: StoredDoc, changes: readonly AttendanceChange[]): string[] {
  const problems: string[] = []
  if (changes.length === 0) return [`attendance/${dayId} changed on the server, by no PC's step`]
  if (!sameContent(before?.staff, after.staff)) problems.push(`attendance/${dayId}: staff entries changed, by no PC's step`)
  const old = new Map(entriesOf(before).map((e) => [e.childId, e]))
  const seen = new Set<string>()
  for (const entry of entriesOf(after)) {
    if (seen.has(entry.childId)) problems.push(`attendance/${dayId}: ${entry.childId} has more than one entry`)
    seen.add(entry.childId)
    const was = old.get(entry.childId)
    if (was !== undefined && sameContent(was, entry)) continue
    for (const field of ['checkIn', 'checkOut'] as const) {
      const value = entry[field]
      if (value === undefined || value === was?.[field]) continue
      const made = changes.some((c) => c.childId === entry.childId && c.field === field && (c.value === null || c.value === value))
      if (!made) problems.push(`attendance/${dayId}: ${field} ${value} of ${entry.childId}, made by no PC`)
    }
  }
  for (const childId of old.keys()) if (!seen.has(childId)) problems.push(`attendance/${dayId}: entry of ${childId} gone`)
  return problems
}
