// The shape of a check on one pushed document. A check returns the refusal, or null when it has
// nothing against the document. Document checks judge the document with what the push itself
// carries (the stored state of that same document included, which the push has read anyway);
// picture checks also read other stored documents (e.g. a child's ledger), inside the writing
// transaction, so their answer cannot go stale before the commit.
import type {
  Absence, Child, CollectionName, JournalEntry, LedgerEntry, Location, Request, SignupLine, SignupSheet, Staff,
} from '../../../shared/domain'
import type { SyncDoc } from '../../../shared/sync'
import type { Refusal } from './refusal'

/** Who pushed: the registered PC (its device token) and the locations it is registered for (R19). */
export interface Caller {
  deviceId: string
  locations: readonly string[] | 'all'
  /** Set only on the parent portal's own caller (acting-as.ts portalCaller), never on a PC's: it may act as `ouderportaal`. */
  parentPortal?: true
}

export interface CheckInput<D = SyncDoc> {
  collection: CollectionName
  /** The pushed document, already valid against its collection's JSON schema. */
  doc: D & SyncDoc
  /** The server's current state of this document (earlier rows of the same push included), if any. */
  stored: SyncDoc | undefined
  /** What the PC believed the stored state was (RxDB's assumedMasterState). */
  assumed: SyncDoc | undefined
  /** The server's clock at the push. */
  now: Date
  /** The pushing PC; null only for the transport tests' acceptWellFormed, never for a real push. */
  caller: Caller | null
}

export type DocumentCheck<D = SyncDoc> = (input: CheckInput<D>) => Refusal | null

/** What R11's room check reads about one group on one date (the inputs of shared/rules expectedChildren). */
export interface GroupDayPlanning {
  /** Children with a placement in the group (whatever its dates: expectedChildren picks that day's). */
  children: Child[]
  /** Approved requests for the group on that date, earlier rows of the same push included. */
  approved: Request[]
  /** Absences of those children on that date. */
  absences: Absence[]
  /** Ids of those absences that a journal `correctie` marked as mistaken (R12). */
  corrections: string[]
}

/** What picture checks may read: stored documents, plus what earlier rows of the same push wrote. */
export interface StoredPicture {
  /** Every ledger entry of one child (not deleted), of all units. */
  ledgerOfChild(childId: string): Promise<LedgerEntry[]>
  /** The stored staff document of an author (null when unknown or deleted): role and locations for R19. */
  staff(id: string): Promise<Staff | null>
  /** A stored location with its groups (null when unknown or deleted). */
  location(id: string): Promise<Location | null>
  /** A stored child with its placements (null when unknown or deleted). */
  child(id: string): Promise<Child | null>
  /** The locations that serve a school: a study day belongs to them (F9, R19). */
  locationsServingSchool(schoolId: string): Promise<string[]>
  /** Who is planned in a group on a date, for room at approval (R11). */
  groupDay(a: { locationId: string; groupId: string; date: string }): Promise<GroupDayPlanning>
  /** A stored sign-up line (null when unknown or deleted), what a withdrawal or decision is about (F6). */
  signupLine(id: string): Promise<SignupLine | null>
  /** A stored sign-up sheet (null when unknown or deleted): customer service decides lines of closed sheets only. */
  signupSheet(id: string): Promise<SignupSheet | null>
  /** A stored journal fact by its id (null when unknown or deleted): a line's one withdrawal or one decision. */
  journalFact(id: string): Promise<JournalEntry | null>
  /** A stored request by its id (null when unknown or deleted): the decision a ledger settlement must follow (R20). */
  request(id: string): Promise<Request | null>
  /** Whether the privacy log (migration 008) records a deleted child under this hash (server/privacy/privacy-log.ts childHash). */
  privacyLogged(childHash: string): Promise<boolean>
}

export type PictureCheck<D = SyncDoc> = (input: CheckInput<D>, picture: StoredPicture) => Promise<Refusal | null>
