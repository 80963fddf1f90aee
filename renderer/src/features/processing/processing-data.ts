// The live data behind Intekenlijsten verwerken, as RxJS streams over the local database: they emit
// again on every local write and every replicated change, so a decision taken on another customer-
// service PC shows here as soon as it has synced. Pure streams (no React) so they are tested as such.
import { combineLatest, map, of, switchMap, type Observable } from 'rxjs'
import type { Child, JournalEntry, Location, SignupSheet } from '../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../db/collection-types'
import { lineRows, type LineRow } from './line-rows'
import { sheetSummaries, type SheetSummary } from './sheet-summaries'

/** The journal kinds that end a line: a withdrawal at the location, or customer service's decision. */
const lineFactKinds: JournalEntry['kind'][] = ['intrekking', 'verwerkt', 'afgewezen']

export function locations$(db: LocatiedeskDatabase): Observable<Pick<Location, 'id' | 'name'>[]> {
  return db.locations.find().$.pipe(
    map((docs) => docs.map((d) => ({ id: d.id, name: d.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'))),
  )
}

export function staffNames$(db: LocatiedeskDatabase): Observable<Map<string, string>> {
  return db.staff.find().$.pipe(map((docs) => new Map(docs.map((d) => [d.id, d.name]))))
}

/** Every closed sheet with its counts, newest first (visibleSheets filters them for the screen). */
export function closedSheets$(db: LocatiedeskDatabase): Observable<SheetSummary[]> {
  const sheets$ = db.signupsheets.find({ selector: { status: 'gesloten' } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
  const lines$ = sheets$.pipe(
    switchMap((sheets) => sheets.length === 0
      ? of([])
      : db.signuplines.find({ selector: { sheetId: { $in: sheets.map((s) => s.id) } } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))),
  )
  const journal$ = db.journal.find({ selector: { kind: { $in: lineFactKinds } } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
  const names$ = locations$(db).pipe(map((list) => new Map(list.map((l) => [l.id, l.name]))))
  return combineLatest([sheets$, lines$, journal$, names$]).pipe(
    map(([sheets, lines, journal, locationNames]) => sheetSummaries({ sheets, lines, journal, locationNames })),
  )
}

/** One sheet's rows: its lines, the facts about them, and their children as they are now (R9 now). */
export function sheetRows$(db: LocatiedeskDatabase, sheet: Pick<SignupSheet, 'id'>): Observable<LineRow[]> {
  return db.signuplines.find({ selector: { sheetId: sheet.id } }).$.pipe(
    map((docs) => docs.map((d) => d.toMutableJSON())),
    switchMap((lines) => {
      if (lines.length === 0) return of([])
      const journal$ = db.journal.find({ selector: { targetId: { $in: lines.map((l) => l.id) } } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())))
      const children$ = db.children.findByIds([...new Set(lines.map((l) => l.childId))]).$.pipe(
        map((found) => new Map<string, Child>([...found.values()].map((d) => [d.id, d.toMutableJSON()]))),
      )
      return combineLatest([journal$, children$]).pipe(map(([journal, children]) => lineRows({ lines, journal, children })))
    }),
  )
}
