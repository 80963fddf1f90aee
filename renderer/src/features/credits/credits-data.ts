// The live data behind Tegoeden, as RxJS streams over the local database: RxDB queries emit again on
// every local write and every replicated change, so a credit earned or added on another PC shows
// here as soon as it has synced, without reload. Pure streams (no React), tested as such.
import { combineLatest, map, type Observable } from 'rxjs'
import type { Child, LedgerEntry } from '../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../db/collection-types'
import type { RequestRef } from './ledger-rows'

export interface ChildCredits {
  ledger: LedgerEntry[]
  /** The child's requests, to name the day a reservation was for. */
  requests: Map<string, RequestRef>
  /** Staff names, to say who added a credit by hand. */
  staffNames: Map<string, string>
}

export function allChildren$(db: Pick<LocatiedeskDatabase, 'children'>): Observable<Child[]> {
  return db.children.find().$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
}

export function childById$(db: Pick<LocatiedeskDatabase, 'children'>, childId: string): Observable<Child | null> {
  return db.children.findOne(childId).$.pipe(map((doc) => doc?.toMutableJSON() ?? null))
}

export function childCredits$(db: Pick<LocatiedeskDatabase, 'ledger' | 'requests' | 'staff'>, childId: string): Observable<ChildCredits> {
  const ledger$ = db.ledger.find({ selector: { childId } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
  const requests$ = db.requests.find({ selector: { childId } }).$.pipe(
    map((docs) => new Map(docs.map((d) => [d.id, { date: d.date, dayPart: d.dayPart }]))),
  )
  const staff$ = db.staff.find().$.pipe(map((docs) => new Map(docs.map((d) => [d.id, d.name]))))
  return combineLatest([ledger$, requests$, staff$]).pipe(map(([ledger, requests, staffNames]) => ({ ledger, requests, staffNames })))
}
