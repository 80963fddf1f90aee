// The Personeel section's lines: every staff member on the group-day (planned or checked in), with
// their name and state, and the location's active staff who can still be added. Pure.
import type { Staff } from '../../../../../shared/domain'
import type { StaffEntry } from '../../../db/merge-attendance'

export type StaffState = { kind: 'ingeroosterd' } | { kind: 'ingecheckt'; at: string } | { kind: 'uitgecheckt'; at: string }

export interface StaffRow {
  staffId: string
  name: string
  entry: StaffEntry
  state: StaffState
}

export function staffState(entry: Pick<StaffEntry, 'checkIn' | 'checkOut'>): StaffState {
  if (entry.checkOut !== undefined) return { kind: 'uitgecheckt', at: entry.checkOut }
  if (entry.checkIn !== undefined) return { kind: 'ingecheckt', at: entry.checkIn }
  return { kind: 'ingeroosterd' }
}

const byName = (a: { name: string; staffId: string }, b: { name: string; staffId: string }) =>
  a.name.localeCompare(b.name, 'nl') || a.staffId.localeCompare(b.staffId)

/** The day's staff entries by name; an id the PC does not know (yet) shows as itself. */
export function staffRows(entries: readonly StaffEntry[], staff: readonly Pick<Staff, 'id' | 'name'>[]): StaffRow[] {
  const names = new Map(staff.map((s) => [s.id, s.name]))
  return entries
    .map((entry) => ({ staffId: entry.staffId, name: names.get(entry.staffId) ?? entry.staffId, entry, state: staffState(entry) }))
    .sort(byName)
}

/** Active staff of the location not on the list yet, by name: who `Medewerker` offers. */
export function staffCandidates(staff: readonly Staff[], locationId: string, onList: ReadonlySet<string>): Staff[] {
  return staff
    .filter((s) => s.active && s.locationIds.includes(locationId) && !onList.has(s.id))
    .sort((a, b) => byName({ name: a.name, staffId: a.id }, { name: b.name, staffId: b.id }))
}
