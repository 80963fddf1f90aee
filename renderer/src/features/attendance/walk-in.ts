// `Kind toevoegen` (SPEC F2): a child who is there but not on the list is found by name among the
// location's children and checked in at once, recorded unplanned. Searching ignores case and accents
// ("Zoë" is found by "zoe") and needs every word typed.
import type { Child } from '../../../../shared/domain'
import { childName } from './attendance-rows'

export interface WalkInCandidate {
  childId: string
  name: string
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()
}

export function walkInCandidates(
  children: readonly Pick<Child, 'id' | 'firstName' | 'lastName' | 'locationIds'>[],
  a: { locationId: string; onList: ReadonlySet<string>; query: string; limit?: number },
): WalkInCandidate[] {
  const words = fold(a.query).split(/\s+/).filter((w) => w !== '')
  if (words.length === 0) return []
  return children
    .filter((child) => child.locationIds.includes(a.locationId) && !a.onList.has(child.id))
    .map((child) => ({ childId: child.id, name: childName(child) }))
    .filter(({ name }) => {
      const folded = fold(name)
      return words.every((w) => folded.includes(w))
    })
    .sort((x, y) => x.name.localeCompare(y.name, 'nl') || x.childId.localeCompare(y.childId))
    .slice(0, a.limit ?? 20)
}
