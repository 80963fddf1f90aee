// What the list shows beside the planning for one group and date: each child's absences (R12: a
// reported absence stays, "Afgemeld (ziek)"; a corrected one stays too, struck through), the
// corrections of attendance entries (the original times, struck through), and which unplanned
// check-ins were regularised by a request (journal 'geregeld').
import type { Absence, JournalEntry } from '../../../../shared/domain'
import { attendanceEntryRef } from '../../../../shared/domain'

export interface AbsenceView {
  absence: Absence
  /** The journal 'correctie' that marked it a mistaken entry, if any. */
  correction?: JournalEntry
}

export interface DayFacts {
  /** Per child, its absences in this group that day, in day-part order of reporting. */
  absences: Map<string, AbsenceView[]>
  /** Per child, the corrections of its entry on this list, oldest first. */
  entryCorrections: Map<string, JournalEntry[]>
  /** Children whose unplanned check-in was regularised. */
  regularised: Set<string>
}

export interface DayFactsInput {
  groupId: string
  date: string
  absences: readonly Absence[]
  journal: readonly JournalEntry[]
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  map.set(key, [...(map.get(key) ?? []), value])
}

export function dayFacts(a: DayFactsInput): DayFacts {
  const corrections = new Map<string, JournalEntry>()
  for (const j of a.journal) if (j.kind === 'correctie') corrections.set(j.targetId, j)
  const absences = new Map<string, AbsenceView[]>()
  const sorted = [...a.absences].sort((x, y) => x.at.localeCompare(y.at) || x.id.localeCompare(y.id))
  for (const absence of sorted) {
    if (absence.groupId !== a.groupId || absence.date !== a.date) continue
    const correction = corrections.get(absence.id)
    push(absences, absence.childId, { absence, ...(correction ? { correction } : {}) })
  }
  const entryCorrections = new Map<string, JournalEntry[]>()
  const regularised = new Set<string>()
  const prefix = attendanceEntryRef(a.date, a.groupId, '')
  const byTime = [...a.journal].sort((x, y) => x.at.localeCompare(y.at) || x.id.localeCompare(y.id))
  for (const j of byTime) {
    if (!j.targetId.startsWith(prefix)) continue
    const childId = j.targetId.slice(prefix.length)
    if (j.kind === 'correctie') push(entryCorrections, childId, j)
    if (j.kind === 'geregeld') regularised.add(childId)
  }
  return { absences, entryCorrections, regularised }
}

/** The absences that still stand (not corrected). */
export function standingAbsences(views: readonly AbsenceView[] | undefined): Absence[] {
  return (views ?? []).filter((v) => !v.correction).map((v) => v.absence)
}

/** What a corrected entry said before, as recorded in the journal (entry-correction.ts data.original). */
export function originalTimes(correction: JournalEntry): { checkIn?: string; checkOut?: string; wentHome?: boolean } {
  const original = correction.data?.original
  if (typeof original !== 'object' || original === null) return {}
  const o = original as Record<string, unknown>
  return {
    ...(typeof o.checkIn === 'string' ? { checkIn: o.checkIn } : {}),
    ...(typeof o.checkOut === 'string' ? { checkOut: o.checkOut } : {}),
    ...(typeof o.wentHome === 'boolean' ? { wentHome: o.wentHome } : {}),
  }
}
