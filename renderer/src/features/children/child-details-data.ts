// The live data behind Kindgegevens, as RxJS streams over the local database: the child, the facts
// about it that this screen writes (`wachtwoord`, `inlogadres`), the outbox's `verzonden` facts about
// those requests, and the locations (names of groups, locations and schools). RxDB queries emit again
// on every local write and every replicated change, so a request shows as queued the moment it is
// stored and as sent the moment the server's delivery fact arrives, without reload.
import { combineLatest, distinctUntilChanged, map, of, switchMap, type Observable } from 'rxjs'
import type { Child, JournalEntry, Location } from '../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../db/collection-types'

export interface ChildDetailsData {
  /** null: the child is not (or no longer) on this PC. */
  child: Child | null
  /** The child's `wachtwoord` and `inlogadres` facts. */
  facts: JournalEntry[]
  /** `verzonden` facts whose target is one of those `wachtwoord` facts. */
  deliveries: JournalEntry[]
  locations: Location[]
}

type Db = Pick<LocatiedeskDatabase, 'children' | 'journal' | 'locations'>

const accountKinds: ReadonlySet<string> = new Set(['wachtwoord', 'inlogadres'])

export function accountFacts$(db: Pick<LocatiedeskDatabase, 'journal'>, childId: string): Observable<JournalEntry[]> {
  return db.journal.find({ selector: { targetId: childId } }).$.pipe(
    map((docs) => docs.map((d) => d.toMutableJSON()).filter((f) => accountKinds.has(f.kind))),
  )
}

/** The outbox's delivery facts of these requests (journal index on targetId). */
export function deliveries$(db: Pick<LocatiedeskDatabase, 'journal'>, requestIds: readonly string[]): Observable<JournalEntry[]> {
  if (requestIds.length === 0) return of([])
  return db.journal.find({ selector: { targetId: { $in: [...requestIds] } } }).$.pipe(
    map((docs) => docs.map((d) => d.toMutableJSON()).filter((f) => f.kind === 'verzonden')),
  )
}

export function childDetails$(db: Db, childId: string): Observable<ChildDetailsData> {
  const child$ = db.children.findOne(childId).$.pipe(map((doc) => doc?.toMutableJSON() ?? null))
  const facts$ = accountFacts$(db, childId)
  const requestIds$ = facts$.pipe(
    map((facts) => facts.filter((f) => f.kind === 'wachtwoord').map((f) => f.id).sort()),
    distinctUntilChanged((x, y) => x.length === y.length && x.every((id, i) => id === y[i])),
  )
  const delivered$ = requestIds$.pipe(switchMap((ids) => deliveries$(db, ids)))
  const locations$ = db.locations.find().$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
  return combineLatest([child$, facts$, delivered$, locations$]).pipe(
    map(([child, facts, deliveries, locations]) => ({ child, facts, deliveries, locations })),
  )
}
