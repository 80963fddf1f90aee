// R12 for the list itself: a mistaken check-in or check-out (wrong time, wrong child) is corrected
// with a reason. The entry in the group-day document takes the corrected times (one more `rev`, so
// the per-entry merge carries it to every PC); what it said before is kept in the journal
// 'correctie' (targetId `${date}:${groupId}:${childId}`, data.original), so the list can show the
// original struck through. The id names the entry's version that was corrected: two PCs correcting
// the same version meet on one fact, a later correction of the corrected entry is a new one.
import type { AttendanceDay, AttendanceEntry, JournalEntry } from '../../../../shared/domain'
import { attendanceEntryRef } from '../../../../shared/domain'
import { requireReason } from '../../../../shared/rules'
import { sortEntries } from '../../db/merge-attendance'

/** New times (ISO instants; absent = none), or: this child was never here (checked in by mistake). */
export type EntryChange = { kind: 'tijden'; checkIn?: string; checkOut?: string } | { kind: 'verkeerd-kind' }

export interface EntryCorrectionInput {
  day: AttendanceDay
  childId: string
  reason: string
  change: EntryChange
  /** Server-corrected now (SPEC §4): corrected times cannot lie after it. */
  at: Date
  by: string
  device: string
}

export type EntryCorrectionError = 'reden-verplicht' | 'geen-registratie' | 'ongeldige-tijd' | 'uitchecken-voor-inchecken' | 'tijd-in-toekomst' | 'niets-gewijzigd'

export type EntryCorrection =
  | { ok: true; journal: JournalEntry; entry: AttendanceEntry }
  | { ok: false; code: EntryCorrectionError }

export const entryCorrectionId = (ref: string, rev: number): string => `correctie:${ref}:${rev}`

type Times = Pick<AttendanceEntry, 'checkIn' | 'checkOut' | 'wentHome'>

function times(entry: Times): Record<string, string | boolean> {
  return { ...(entry.checkIn ? { checkIn: entry.checkIn } : {}), ...(entry.checkOut ? { checkOut: entry.checkOut } : {}), wentHome: entry.wentHome }
}

export function correctEntry(a: EntryCorrectionInput): EntryCorrection {
  const entry = a.day.entries.find((e) => e.childId === a.childId)
  if (!entry) return { ok: false, code: 'geen-registratie' }
  if (!requireReason(a.reason).ok) return { ok: false, code: 'reden-verplicht' }
  const fact = { by: a.by, device: a.device, at: a.at.toISOString() }
  // The entry's own fields are carried over one by one: the corrected times replace the old ones.
  const kept = { childId: entry.childId, unplanned: entry.unplanned, ...fact, rev: entry.rev + 1 }
  const corrected: AttendanceEntry = a.change.kind === 'verkeerd-kind'
    ? { ...kept, wentHome: false }
    : { ...kept, wentHome: entry.wentHome, ...(a.change.checkIn ? { checkIn: a.change.checkIn } : {}), ...(a.change.checkOut ? { checkOut: a.change.checkOut } : {}) }
  // A time that is no instant would pass every comparison below (NaN compares false) and be refused only by the schema.
  if ([corrected.checkIn, corrected.checkOut].some((t) => t !== undefined && Number.isNaN(Date.parse(t)))) {
    return { ok: false, code: 'ongeldige-tijd' }
  }
  if (corrected.checkOut && !corrected.checkIn) return { ok: false, code: 'uitchecken-voor-inchecken' }
  if (corrected.checkIn && corrected.checkOut && Date.parse(corrected.checkOut) < Date.parse(corrected.checkIn)) {
    return { ok: false, code: 'uitchecken-voor-inchecken' }
  }
  if ([corrected.checkIn, corrected.checkOut].some((t) => t !== undefined && Date.parse(t) > a.at.getTime())) {
    return { ok: false, code: 'tijd-in-toekomst' }
  }
  if (JSON.stringify(times(corrected)) === JSON.stringify(times(entry))) return { ok: false, code: 'niets-gewijzigd' }
  const ref = attendanceEntryRef(a.day.date, a.day.groupId, a.childId)
  const journal: JournalEntry = {
    id: entryCorrectionId(ref, entry.rev), kind: 'correctie', locationId: a.day.locationId, targetId: ref, date: a.day.date,
    groupId: a.day.groupId, reason: a.reason.trim(),
    data: { collection: 'attendance', rev: entry.rev, original: times(entry), corrected: times(corrected) }, ...fact,
  }
  return { ok: true, journal, entry: corrected }
}

/** The day with the corrected entry in place of the child's current one. */
export function withEntry(day: AttendanceDay, entry: AttendanceEntry, updatedAt: string): AttendanceDay {
  return { ...day, entries: sortEntries([...day.entries.filter((e) => e.childId !== entry.childId), entry]), updatedAt }
}
