// The live facts the row actions need beside the rows (use-attendance-data.ts): the day's absences
// and journal at the location, the location's children (names of absent children, the walk-in
// search, each child's placements for its contract), and one child's ledger while a dialog is open.
// RxDB queries: they emit again on every local write and every replicated change.
import { useMemo } from 'react'
import { combineLatest, map } from 'rxjs'
import type { Absence, Child, JournalEntry, LedgerEntry } from '../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../db/collection-types'
import { useObservable } from '../../ui/use-observable'

export interface LocationDay {
  absences: Absence[]
  journal: JournalEntry[]
  children: Child[]
}

const none: LocationDay = { absences: [], journal: [], children: [] }

export function useLocationDay(db: LocatiedeskDatabase, locationId: string | undefined, date: string): LocationDay {
  const day$ = useMemo(() => {
    if (!locationId || !date) return null
    const children$ = db.children.find().$.pipe(
      map((docs) => docs.map((doc) => doc.toMutableJSON()).filter((child) => child.locationIds.includes(locationId))),
    )
    const absences$ = db.absences.find({ selector: { date, locationId } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
    const journal$ = db.journal.find({ selector: { date, locationId } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
    return combineLatest([absences$, journal$, children$]).pipe(map(([absences, journal, children]) => ({ absences, journal, children })))
  }, [db, locationId, date])
  return useObservable(day$, none)
}

/** The child's ledger (null until the first answer), for the balance and cap (R6) and corrections (R12). */
export function useChildLedger(db: LocatiedeskDatabase, childId: string | undefined): LedgerEntry[] | null {
  const ledger$ = useMemo(
    () => (childId ? db.ledger.find({ selector: { childId } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()))) : null),
    [db, childId],
  )
  return useObservable(ledger$, null)
}
