// What a pushed change does, as acts of the permission matrix (shared/rules permissions.ts), each
// with the staff member the document records as having done it. The author check (author-rights.ts)
// then asks whether that person may do that act there. One document can hold several acts by
// several people: an attendance day whose entries were changed by two staff members offline, a
// request submitted and decided at once. A push that changes nothing (a retry) does nothing.
import type {
  AttendanceDay, CollectionName, JournalEntry, JournalKind, LedgerEntry, LedgerKind, Request, SignupSheet,
} from '../../../shared/domain'
import { amsterdamDate, isDateString } from '../../../shared/calendar'
import type { Action, PermissionContext } from '../../../shared/rules'
import type { SyncDoc } from '../../../shared/sync'
import { sameDocument } from '../same-document'
import { withoutReplicationFields } from '../replication-fields'
import { writeAction } from '../write-action'
import { undoesEarnedCredit } from './written-elsewhere'

export interface Act {
  /** Who did it, as the document records it; null when the change records nobody. */
  by: string | null
  action: Action
  ctx: PermissionContext
}

/**
 * Ledger movements are booked as part of what causes them, so each counts as that act. null: a
 * PC never books it (written-elsewhere.ts refuses it from a PC).
 */
const ledgerActions: Readonly<Record<LedgerKind, Action | null>> = {
  // R16: Tegoed toevoegen.
  handmatig: 'tegoed.toevoegen',
  // R14: customer service tops up a Qflexibel balance.
  opgewaardeerd: 'flextegoed.ophogen',
  // R4–R6: earned by a timely absence, booked with it by whoever took the report.
  opgebouwd: 'afwezigheid.melden',
  // R20: held when a request paid from a balance is submitted, by its submitter.
  gereserveerd: 'aanvraag.indienen',
  // Made final when the request is approved, by whoever decides it (Qflexibel hours: the planner).
  besteed: 'aanvraag.beslissen',
  // Given back when a request ends without care: rejected or deleted (a decision) or cancelled.
  // Every role that may decide a request may also cancel one, so the cancel right admits both.
  vrijgegeven: 'aanvraag.annuleren',
  // R7, R13: a Q-block cancelled on time returns its hours.
  teruggeboekt: 'aanvraag.annuleren',
  // The year's holiday days / Qflexibel hours arrive with the contract (the planning import).
  contract: null,
  // Expired credit written for the record: the server's own bookkeeping (except a correction's undo, actsOf).
  vervallen: null,
}

/** null: a PC never writes it (written-elsewhere.ts refuses it from a PC). */
const journalActions: Readonly<Record<JournalKind, Action | null>> = {
  ontgrendeld: 'lijst.ontgrendelen',
  correctie: 'afwezigheid.corrigeren',
  intrekking: 'intekenlijst.beheren',
  verwerkt: 'intekenregel.verwerken',
  afgewezen: 'intekenregel.verwerken',
  geregeld: 'aanvraag.indienen',
  wachtwoord: 'wachtwoord.verzenden',
  inlogadres: 'inlogadres.kiezen',
  // The outbox's delivery fact: the server's own.
  verzonden: null,
}

type Fields = Record<string, unknown>

/**
 * The acts of a schema-valid pushed document, against its stored state. `push.assumed` is the state the
 * PC based its change on (none: it made the document): a push on another state than the stored one is
 * a race that the compare-and-set answers with a conflict (nothing is written), so what it lacks of
 * the stored state was never removed by anyone. Without `push` the change is taken as based on `stored`.
 */
export function actsOf(collection: CollectionName, doc: SyncDoc, stored: SyncDoc | undefined, push?: { assumed: SyncDoc | undefined }): Act[] {
  if (stored !== undefined && sameDocument(doc, stored)) return []
  const author = () => writeAction(collection, doc, stored).author
  const act = (action: Action, ctx: PermissionContext = {}): Act[] => [{ by: author(), action, ctx }]
  switch (collection) {
    case 'attendance':
      return attendanceActs(doc as SyncDoc & AttendanceDay, stored, push)
    case 'requests':
      return requestActs(doc as SyncDoc & Request, stored)
    case 'absences':
      return act('afwezigheid.melden')
    case 'ledger': {
      const entry = doc as SyncDoc & LedgerEntry
      // R12: taking back what a corrected absence earned is part of the correction.
      if (undoesEarnedCredit(entry)) return act('afwezigheid.corrigeren')
      const action = ledgerActions[entry.kind]
      if (action === null) return []
      // Qflexibel hours are decided by the planner only (R11): the unit says the contract.
      return act(action, entry.unit === 'flexuren' ? { contract: 'qflexibel' } : {})
    }
    case 'journal': {
      const entry = doc as SyncDoc & JournalEntry
      const action = journalActions[entry.kind]
      if (action === null) return []
      return act(action, entry.kind === 'ontgrendeld' ? unlockContext(entry) : {})
    }
    case 'studydays':
      return act('studiedag.beheren')
    case 'signuplines':
      return act('intekenlijst.beheren')
    case 'signupsheets': {
      // A sheet records nobody until it is closed (closedBy): an open sheet is the device's to keep.
      const sheet = doc as SyncDoc & SignupSheet
      return sheet.closedBy === undefined ? [] : [{ by: sheet.closedBy, action: 'intekenlijst.beheren', ctx: {} }]
    }
    case 'notices':
    case 'staff':
    case 'locations':
    case 'children':
      // No author in the document: what a PC may do with these is the caller checks' to say.
      return []
  }
}

/**
 * Every entry this push adds or changes, each by its own author: children's entries and the staff
 * entries on the day (issue 9, the same right). An entry removed, or the whole day deleted, records
 * nobody (a PC never removes entries: renderer/src/db/merge-attendance.ts).
 */
function attendanceActs(doc: SyncDoc & AttendanceDay, stored: SyncDoc | undefined, push: { assumed: SyncDoc | undefined } | undefined): Act[] {
  const children = changedEntries(doc.entries, listOf(stored?.entries), 'childId')
  const staff = changedEntries(doc.staff ?? [], listOf(stored?.staff), 'staffId')
  const acts: Act[] = [...children.changed, ...staff.changed].map((e) => ({ by: e.by, action: 'aanwezigheid.registreren', ctx: {} }))
  // Two PCs checking in different children of one group race on one document (DESIGN §4): the later
  // push lacks the other's entry but removes nothing; it gets the conflict and its PC merges.
  const racing = stored !== undefined && push !== undefined
    && (push.assumed === undefined || !sameDocument(withoutReplicationFields(push.assumed), stored))
  const removes = !racing && (children.removed || staff.removed)
  if (removes || (doc._deleted && stored?._deleted !== true)) acts.push({ by: null, action: 'aanwezigheid.registreren', ctx: {} })
  return acts
}

/** The entries that differ from the stored ones (by key), and whether a stored entry is gone. */
function changedEntries<E extends { by: string }>(entries: readonly E[], before: Fields[], key: keyof E & string): { changed: E[]; removed: boolean } {
  const stored = new Map(before.map((e) => [String(e[key]), e]))
  const kept = new Set(entries.map((e) => String(e[key])))
  return {
    changed: entries.filter((e) => !sameDocument(e, stored.get(String(e[key])))),
    removed: [...stored.keys()].some((id) => !kept.has(id)),
  }
}

/** A new request is submitted by its `by`; each decision this push adds is its own act (R11, R20). */
function requestActs(doc: SyncDoc & Request, stored: SyncDoc | undefined): Act[] {
  const kept = listOf(stored?.decisions)
  const acts: Act[] = doc.decisions
    .filter((d, i) => !sameDocument(d, kept[i]))
    .map((d) => d.status === 'geannuleerd'
      ? { by: d.by, action: 'aanvraag.annuleren', ctx: {} }
      : { by: d.by, action: 'aanvraag.beslissen', ctx: { contract: doc.contract } })
  // A new request, or a change to a stored one that adds no decision: the submitter's act.
  if (stored === undefined || acts.length === 0) acts.unshift({ by: doc.by, action: 'aanvraag.indienen', ctx: {} })
  return acts
}

/**
 * R18: the list's date (the entry's own, else the attendance day's id `${date}:${groupId}`) and the
 * day of the unlock itself (SPEC §4). No date at all reads as malformed: `can` then asks for the
 * wider right, never the narrower one.
 */
function unlockContext(entry: JournalEntry): PermissionContext {
  const fromTarget = entry.targetId.slice(0, 10)
  const listDate = entry.date ?? (isDateString(fromTarget) ? fromTarget : '')
  return { listDate, today: amsterdamDate(new Date(entry.at)) }
}

function listOf(value: unknown): Fields[] {
  return Array.isArray(value) ? value.filter((v): v is Fields => typeof v === 'object' && v !== null) : []
}
