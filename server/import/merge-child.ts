// A child as the file gives it, laid over the stored one. The planning system owns name, birth date,
// school, taxi, parents and placements; medical details and collectors only when the file carries
// them (a CSV export never does), else the stored ones stay. Placements the file does not name stay
// as they are (an export may be partial) and are reported as `niet in bestand` while they run.
// locationIds (the child's scope, R19) and lastPlacementEnd (R17) follow from the placements.
import type { Child, Placement } from '../../shared/domain'
import { sameDocument } from '../sync/same-document'
import type { GroupIndexEntry } from './consistency'
import type { ImportChild, ImportPlacement } from './import-set'
import type { NamedRef, PlacementRef } from './import-report'
import { mergeParent } from './merge-parents'

export interface MergedChild {
  doc: Child | null
  result: Child
  added: boolean
  /** The doc changed in any way (also when ended). */
  changed: boolean
  /** Every placement has an end now, and did not before. */
  ended: boolean
  placementsAdded: PlacementRef[]
  placementsChanged: PlacementRef[]
  placementsEnded: PlacementRef[]
  placementsNotInFile: PlacementRef[]
  signInReset: { rank: number; previous: string; now: string | null }[]
}

export function mergeChild(
  file: ImportChild, stored: Child | undefined, groups: ReadonlyMap<string, GroupIndexEntry>, now: string, today: string,
): MergedChild {
  const fromFile = new Map(file.placements.map((p) => [p.id, placementOf(p, groups)]))
  const storedPlacements = stored?.placements ?? []
  const placements = [
    ...storedPlacements.map((p) => fromFile.get(p.id) ?? p),
    ...file.placements.filter((p) => !storedPlacements.some((s) => s.id === p.id)).map((p) => fromFile.get(p.id)!),
  ]
  const ref = (p: Placement): PlacementRef => ({ id: p.id, childId: file.id, groupId: p.groupId })
  const before = (p: Placement) => storedPlacements.find((s) => s.id === p.id)
  const placementsAdded = placements.filter((p) => before(p) === undefined).map(ref)
  const placementsEnded = placements.filter((p) => {
    const b = before(p)
    return b !== undefined && b.end === undefined && p.end !== undefined
  }).map(ref)
  const placementsChanged = placements.filter((p) => {
    const b = before(p)
    return b !== undefined && !sameDocument(b, p) && !placementsEnded.some((e) => e.id === p.id)
  }).map(ref)
  const placementsNotInFile = storedPlacements.filter((p) => !fromFile.has(p.id) && (p.end === undefined || p.end >= today)).map(ref)

  const signInReset: MergedChild['signInReset'] = []
  const parents = file.parents.map((p) => {
    const merged = mergeParent(p, stored?.parents.find((s) => s.rank === p.rank))
    if (merged.resetFrom !== null) signInReset.push({ rank: p.rank, previous: merged.resetFrom, now: merged.parent.signInEmail ?? null })
    return merged.parent
  }).sort((a, b) => a.rank - b.rank)

  const ends = placements.map((p) => p.end)
  const lastPlacementEnd = ends.length > 0 && ends.every((e) => e !== undefined) ? ends.reduce((a, b) => (a! > b! ? a : b)) : undefined
  const draft: Child = {
    id: file.id, firstName: file.firstName, lastName: file.lastName, birthDate: file.birthDate,
    ...(file.schoolId !== undefined ? { schoolId: file.schoolId } : {}),
    taxi: file.taxi,
    locationIds: [...new Set(placements.map((p) => p.locationId))],
    medical: file.medical ?? stored?.medical ?? { allergies: [], notes: '' },
    collectors: file.collectors ?? stored?.collectors ?? [],
    parents, placements,
    ...(lastPlacementEnd !== undefined ? { lastPlacementEnd } : {}),
    updatedAt: stored?.updatedAt ?? now,
  }
  const unchanged = stored !== undefined && sameDocument(stored, draft)
  const doc = unchanged ? null : { ...draft, updatedAt: now }
  return {
    doc, result: doc ?? stored!, added: stored === undefined, changed: !unchanged,
    ended: stored !== undefined && stored.lastPlacementEnd === undefined && lastPlacementEnd !== undefined,
    placementsAdded, placementsChanged, placementsEnded, placementsNotInFile, signInReset,
  }
}

function placementOf(p: ImportPlacement, groups: ReadonlyMap<string, GroupIndexEntry>): Placement {
  // The consistency check made sure the group is known.
  const group = groups.get(p.groupId)!
  return {
    id: p.id, groupId: p.groupId, locationId: group.locationId, careType: group.careType, contract: p.contract,
    weekdays: [...p.weekdays], dayParts: [...p.dayParts], start: p.start, ...(p.end !== undefined ? { end: p.end } : {}),
  }
}

export function childRef(c: { id: string; firstName: string; lastName: string }): NamedRef {
  return { id: c.id, name: `${c.firstName} ${c.lastName}` }
}
