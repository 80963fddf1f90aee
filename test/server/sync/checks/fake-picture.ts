// An in-memory StoredPicture for unit tests of picture checks: the same answers the SQL one gives
// (server/sync/stored-picture.ts, tested on both databases), from plain arrays of documents.
import type { Absence, Child, JournalEntry, LedgerEntry, Location, Request, SignupLine, SignupSheet, Staff } from '../../../../shared/domain'
import type { StoredPicture } from '../../../../server/sync/checks/check'
import { organisationStaff } from './documents'

export interface PictureData {
  staff?: readonly Staff[]
  locations?: readonly Location[]
  children?: readonly Child[]
  requests?: readonly Request[]
  absences?: readonly Absence[]
  journal?: readonly JournalEntry[]
  ledger?: readonly LedgerEntry[]
  signuplines?: readonly SignupLine[]
  signupsheets?: readonly SignupSheet[]
  /** Child hashes in the privacy log (deleted children). */
  privacyLog?: readonly string[]
}

export function fakePicture(data: PictureData = {}): StoredPicture {
  const staff = data.staff ?? organisationStaff
  const locations = data.locations ?? []
  const children = data.children ?? []
  return {
    staff: async (id) => staff.find((s) => s.id === id) ?? null,
    location: async (id) => locations.find((l) => l.id === id) ?? null,
    child: async (id) => children.find((c) => c.id === id) ?? null,
    locationsServingSchool: async (schoolId) => locations.filter((l) => l.schools.some((s) => s.id === schoolId)).map((l) => l.id),
    signupLine: async (id) => (data.signuplines ?? []).find((l) => l.id === id) ?? null,
    signupSheet: async (id) => (data.signupsheets ?? []).find((s) => s.id === id) ?? null,
    journalFact: async (id) => (data.journal ?? []).find((j) => j.id === id) ?? null,
    request: async (id) => (data.requests ?? []).find((r) => r.id === id) ?? null,
    privacyLogged: async (hash) => (data.privacyLog ?? []).includes(hash),
    ledgerOfChild: async (childId) => (data.ledger ?? []).filter((e) => e.childId === childId),
    async groupDay({ locationId, groupId, date }) {
      const placed = children.filter((c) => c.locationIds.includes(locationId) && c.placements.some((p) => p.groupId === groupId))
      const approved = (data.requests ?? []).filter((r) => r.groupId === groupId && r.date === date && r.status === 'goedgekeurd')
      const ids = new Set([...placed.map((c) => c.id), ...approved.map((r) => r.childId)])
      const absences = (data.absences ?? []).filter((a) => a.date === date && ids.has(a.childId))
      const corrections = (data.journal ?? []).filter((j) => j.kind === 'correctie' && absences.some((a) => a.id === j.targetId)).map((j) => j.targetId)
      return { children: placed, approved, absences, corrections }
    },
  }
}
