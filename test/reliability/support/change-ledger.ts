// The ledger of a convergence run: every change a PC reported saved locally, and the checks made
// against the server at the end. A saved change is on the server exactly once, or the PC that made it
// holds a notice about it (a lost conflict, a refusal); the server holds nothing that no PC made
// (besides what it held at the start). Attendance by group-day and child; absences, credits and
// requests by id; decisions on requests by request id and decider.
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

/**
 * The collections whose documents a PC writes whole, by id: an absence, a credit, a request, a signed
 * sign-up line and the sheet that holds it (made when a PC first opens it).
 */
export type FactCollection = 'absences' | 'ledger' | 'requests' | 'signuplines' | 'signupsheets'
export const factCollections: readonly FactCollection[] = ['absences', 'ledger', 'requests', 'signuplines', 'signupsheets']

/** A fact stored by id (an absence, the credit it earned, a manual credit, a request and what it reserved, a sign-up line). */
export interface FactChange {
  kind: 'fact'
  pc: string
  step: number
  collection: FactCollection
  id: string
}

/**
 * A decision on a request (F4), as the deciding PC stored it: the step from one state to the next.
 * On the server the request holds that step once: as this decider's decision, or as another PC's that
 * took the same decision on the same state (R20 and shared/rules decideRequest: two PCs agreeing are
 * one decision, the first to arrive named); a different decision on that state is a lost conflict, told
 * in a notice.
 */
export interface DecisionChange {
  kind: 'decision'
  pc: string
  step: number
  requestId: string
  by: string
  /** The state the decision was taken on. */
  from: string
  status: string
  at: string
}

export type SavedChange = AttendanceChange | FactChange | DecisionChange

interface Decision {
  status?: unknown
  by?: unknown
  at?: unknown
}

function decisionsOf(request: StoredDoc | undefined): Decision[] {
  return Array.isArray(request?.decisions) ? (request.decisions as Decision[]) : []
}

const decisionKey = (d: Decision) => `${String(d.by)}|${String(d.status)}|${String(d.at)}`

/** The request's decisions as steps: each from the state the one before it left. */
function stepsOf(request: StoredDoc | undefined): (Decision & { from: string })[] {
  let from = 'ingediend'
  return decisionsOf(request).map((d) => {
    const step = { ...d, from }
    from = String(d.status)
    return step
  })
}

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
    if (change.kind === 'decision') return n.collectionName === 'requests' && n.docId === change.requestId
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
  const describe = (c: SavedChange) => `step ${c.step} on ${c.pc}: ${describeChange(c)}`

  // Every saved change is there exactly once, or the PC that made it was told.
  for (const change of a.changes) {
    if (change.kind === 'fact') {
      if (!a.end[change.collection].has(change.id) && !explained(change, a.noticesOf(change.pc))) problems.push(`lost without a notice: ${describe(change)}`)
      continue
    }
    if (change.kind === 'decision') {
      const request = a.end.requests.get(change.requestId)
      const steps = stepsOf(request)
      const mine = steps.filter((d) => decisionKey(d) === decisionKey(change))
      if (mine.length > 1) problems.push(`${mine.length} times: ${describe(change)}`)
      const kept = steps.find((d) => d.from === change.from)
      if (kept?.status !== change.status && !explained(change, a.noticesOf(change.pc))) {
        problems.push(`lost without a notice: ${describe(change)} (server: ${kept === undefined ? 'no decision' : decisionKey(kept)} on ${change.from}; `
          + `the request there: ${String(request?.status)}, ${steps.map((d) => `${d.from} → ${decisionKey(d)}`).join(', ') || 'no decisions'})`)
      }
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
  const decisions = a.changes.filter((c): c is DecisionChange => c.kind === 'decision')
  for (const collection of collectionNames) {
    if (collection === 'notices') continue
    for (const [id, doc] of a.end[collection]) {
      const before = a.start[collection].get(id)
      if (before !== undefined && sameContent(before, doc)) continue
      if (collection === 'requests') {
        problems.push(...requestProblems(id, before, doc, factIds.has(`requests/${id}`), decisions.filter((c) => c.requestId === id)))
      } else if ((factCollections as readonly string[]).includes(collection)) {
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

/** One line for a saved change, as the trail and the problems name it. */
export function describeChange(c: SavedChange): string {
  if (c.kind === 'fact') return `${c.collection}/${c.id}`
  if (c.kind === 'decision') return `${c.from} → ${c.status} of requests/${c.requestId} by ${c.by} at ${c.at}`
  return `${c.field} ${c.value ?? '(replaced)'} of ${c.childId} on ${c.dayId}`
}

/**
 * A request that is new or changed on the server: a new one was made by a PC (a fact), and every
 * decision it gained was taken on a PC, each once. A change with no new decision (the status moved by
 * itself) is made by no PC.
 */
function requestProblems(id: string, before: StoredDoc | undefined, after: StoredDoc, made: boolean, changes: readonly DecisionChange[]): string[] {
  const problems: string[] = []
  if (before === undefined && !made) problems.push(`requests/${id} on the server, made by no PC`)
  const old = new Set(decisionsOf(before).map(decisionKey))
  const gained = decisionsOf(after).filter((d) => !old.has(decisionKey(d)))
  for (const d of gained) {
    if (!changes.some((c) => decisionKey(c) === decisionKey(d))) problems.push(`requests/${id}: decision ${decisionKey(d)}, taken on no PC`)
  }
  const keys = decisionsOf(after).map(decisionKey)
  for (const key of new Set(keys)) if (keys.filter((k) => k === key).length > 1) problems.push(`requests/${id}: decision ${key} more than once`)
  if (before !== undefined && gained.length === 0) problems.push(`requests/${id} changed on the server, by no PC's step`)
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
