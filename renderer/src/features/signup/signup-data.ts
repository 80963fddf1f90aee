// The live data of Intekenlijsten: RxDB queries that emit again on every local write and every
// replicated change, so a line signed on the other PC of the location shows here without a reload.
// Only the chosen location (the table) or the chosen sheet (its lines and the facts about them) is read.
import { combineLatest, distinctUntilChanged, map, of, switchMap, type Observable } from 'rxjs'
import type { Child, JournalEntry, Location, SignupLine, SignupSheet, StudyDay } from '../../../../shared/domain'
import { signupSheetId } from '../../../../shared/domain'
import type { LocatiedeskDatabase } from '../../db/collection-types'
import { upcomingDays, type UpcomingDay } from './upcoming-days'

const plain = <T,>(docs: readonly { toMutableJSON(): T }[]): T[] => docs.map((d) => d.toMutableJSON())

export function upcomingDays$(db: LocatiedeskDatabase, location: Location, today: string): Observable<UpcomingDay[]> {
  const locationId = location.id
  return combineLatest([
    db.studydays.find({ selector: { date: { $gte: today } } }).$.pipe(map(plain<StudyDay>)),
    db.signupsheets.find({ selector: { locationId, date: { $gte: today } } }).$.pipe(map(plain<SignupSheet>)),
    db.signuplines.find({ selector: { locationId, date: { $gte: today } } }).$.pipe(map(plain<SignupLine>)),
    db.journal.find({ selector: { locationId, kind: 'intrekking' } }).$.pipe(map(plain<JournalEntry>)),
  ]).pipe(
    map(([studyDays, sheets, lines, withdrawals]) => upcomingDays({
      location, studyDays, sheets, lines, withdrawn: new Set(withdrawals.map((w) => w.targetId)), today,
    })),
  )
}

export interface SheetData {
  sheet: SignupSheet | null
  lines: SignupLine[]
  /** Journal facts about these lines: intrekking, verwerkt, afgewezen. */
  facts: JournalEntry[]
  /** The location's children: names of the lines and the candidates of the picker. */
  children: Child[]
  /** Study days entered for this date (any school; closedSchools picks the location's). */
  studyDays: StudyDay[]
}

export function sheetData$(db: LocatiedeskDatabase, locationId: string, date: string): Observable<SheetData> {
  const sheetId = signupSheetId(locationId, date)
  const lines$ = db.signuplines.find({ selector: { sheetId } }).$.pipe(map(plain<SignupLine>))
  const facts$ = lines$.pipe(
    map((lines) => lines.map((l) => l.id).sort()),
    // A new query only when the set of lines changed, not on every emission.
    distinctUntilChanged((x, y) => x.join('\n') === y.join('\n')),
    switchMap((ids) => ids.length === 0 ? of([] as JournalEntry[])
      : db.journal.find({ selector: { targetId: { $in: ids } } }).$.pipe(map(plain<JournalEntry>))),
  )
  return combineLatest([
    db.signupsheets.findOne(sheetId).$.pipe(map((doc) => doc?.toMutableJSON() ?? null)),
    lines$,
    facts$,
    db.children.find().$.pipe(map((docs) => plain<Child>(docs).filter((c) => c.locationIds.includes(locationId)))),
    db.studydays.find({ selector: { date } }).$.pipe(map(plain<StudyDay>)),
  ]).pipe(map(([sheet, lines, facts, children, studyDays]) => ({ sheet, lines, facts, children, studyDays })))
}

/** The staff member's name for "gesloten door", or the id when this PC does not know them. */
export function staffName$(db: LocatiedeskDatabase, staffId: string | undefined): Observable<string | null> {
  if (!staffId) return of(null)
  return db.staff.findOne(staffId).$.pipe(map((doc) => doc?.name ?? staffId))
}
