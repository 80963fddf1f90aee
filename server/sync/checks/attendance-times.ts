// An attendance entry's check-out cannot come before its check-in (SPEC F2), for children and for the
// staff on the group (issue 9). Instants are all UTC `Z` strings (shared/domain fields), but compare
// them as times anyway: milliseconds may differ in digits.
import type { AttendanceDay } from '../../../shared/domain'
import type { DocumentCheck } from './check'
import { MAX_CLIENT_TIME_AHEAD_MS } from './client-time-bound'
import { refusal } from './refusal'

type Times = { checkIn?: string; checkOut?: string }

const outBeforeIn = (e: Times) => e.checkIn !== undefined && e.checkOut !== undefined && Date.parse(e.checkOut) < Date.parse(e.checkIn)

export const checkOutAfterCheckIn: DocumentCheck<AttendanceDay> = ({ doc }) => {
  const wrong = doc.entries.find(outBeforeIn)
  if (wrong !== undefined) return refusal('uitchecken-voor-inchecken', `child ${wrong.childId}`)
  const wrongStaff = (doc.staff ?? []).find(outBeforeIn)
  return wrongStaff === undefined ? null : refusal('uitchecken-voor-inchecken', `staff ${wrongStaff.staffId}`)
}

/**
 * The bound client-time-bound.ts sets for children's entries, for staff entries: a time this push
 * brings in (not the stored one, judged when it arrived) may not lie ahead of the server's clock by
 * more than the allowed drift. A later `at` would otherwise also win every merge of that entry.
 */
export const staffTimesNotAhead: DocumentCheck<AttendanceDay> = ({ doc, stored, now }) => {
  const limit = now.getTime() + MAX_CLIENT_TIME_AHEAD_MS
  const before = new Map(staffOf(stored).map((e) => [e.staffId, e]))
  for (const entry of doc.staff ?? []) {
    const old = before.get(entry.staffId)
    for (const value of [entry.at, entry.checkIn, entry.checkOut]) {
      if (value === undefined || value === old?.at || value === old?.checkIn || value === old?.checkOut) continue
      if (Date.parse(value) > limit) return refusal('tijd-in-toekomst', `staff ${entry.staffId}: ${value} is after ${new Date(limit).toISOString()}`)
    }
  }
  return null
}

type StoredStaff = { staffId: string; at?: unknown; checkIn?: unknown; checkOut?: unknown }

/** The stored day's staff entries, read loosely: the stored state is a SyncDoc, not typed. */
export function staffOf(stored: Record<string, unknown> | undefined): StoredStaff[] {
  const list = stored?.staff
  return Array.isArray(list)
    ? list.filter((e): e is StoredStaff => typeof e === 'object' && e !== null && typeof (e as { staffId?: unknown }).staffId === 'string')
    : []
}
