// A location as the file gives it, laid over the stored one. The planning system names locations,
// groups and schools; opening times and capacities it often does not give: then the stored ones stay,
// and a new group gets SPEC §7's (shared/demo/care.ts). Groups and schools the file does not name
// stay as they are: an export may be partial (a CSV only names groups that have children).
import type { Group, Location } from '../../shared/domain'
import { groupDayParts } from '../../shared/demo/care'
import type { ImportGroup, ImportLocation } from './import-set'
import type { GroupRef, NamedRef } from './import-report'
import { sameDocument } from '../sync/same-document'

export interface MergedLocation {
  /** The document to store, or null when the stored one already says all of it. */
  doc: Location | null
  /** The location as it stands after the import (stored or new). */
  result: Location
  added: NamedRef | null
  changed: NamedRef | null
  groupsAdded: GroupRef[]
  groupsChanged: GroupRef[]
}

export function mergeLocation(file: ImportLocation, stored: Location | undefined, now: string): MergedLocation {
  const storedGroups = stored?.groups ?? []
  const fileGroups = new Map(file.groups.map((g) => [g.id, g]))
  const groups = [
    ...storedGroups.map((g) => {
      const update = fileGroups.get(g.id)
      return update !== undefined ? mergeGroup(update, g) : g
    }),
    ...file.groups.filter((g) => !storedGroups.some((s) => s.id === g.id)).map((g) => mergeGroup(g, undefined)),
  ]
  const fileSchools = new Map(file.schools.map((s) => [s.id, s]))
  const storedSchools = stored?.schools ?? []
  const schools = [
    ...storedSchools.map((s) => fileSchools.get(s.id) ?? s),
    ...file.schools.filter((s) => !storedSchools.some((t) => t.id === s.id)),
  ]
  const draft: Location = { id: file.id, name: file.name, schools, groups, updatedAt: stored?.updatedAt ?? now }
  const ref = { id: file.id, name: file.name }
  const groupRef = (g: Group): GroupRef => ({ id: g.id, locationId: file.id, name: g.name })
  const groupsAdded = groups.filter((g) => !storedGroups.some((s) => s.id === g.id)).map(groupRef)
  const groupsChanged = groups.filter((g) => {
    const before = storedGroups.find((s) => s.id === g.id)
    return before !== undefined && !sameDocument(before, g)
  }).map(groupRef)
  if (stored !== undefined && sameDocument(stored, draft)) {
    return { doc: null, result: stored, added: null, changed: null, groupsAdded, groupsChanged }
  }
  const doc = { ...draft, updatedAt: now }
  const ownChange = stored !== undefined && (stored.name !== file.name || !sameDocument(stored.schools, schools))
  return { doc, result: doc, added: stored === undefined ? ref : null, changed: ownChange ? ref : null, groupsAdded, groupsChanged }
}

function mergeGroup(file: ImportGroup, stored: Group | undefined): Group {
  // Times and capacities of another care type do not carry over.
  const same = stored !== undefined && stored.careType === file.careType ? stored : undefined
  const dayParts = (file.dayParts ?? same?.dayParts ?? groupDayParts[file.careType]).map((p) => ({
    ...p, ...(file.capacity !== undefined ? { capacity: file.capacity } : {}),
  }))
  const ageFrom = file.ageFromMonths ?? same?.ageFromMonths
  const ageTo = file.ageToMonths ?? same?.ageToMonths
  return {
    id: file.id, name: file.name, careType: file.careType, dayParts,
    ...(ageFrom !== undefined ? { ageFromMonths: ageFrom } : {}),
    ...(ageTo !== undefined ? { ageToMonths: ageTo } : {}),
  }
}
