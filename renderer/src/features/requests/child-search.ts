// The `Kind` combobox of Dag aanvragen: children with a placement at a location both the user and
// this PC cover (R19), found by any part of the name, accents ignored ("zoe" finds "Zoë").
import type { Child } from '../../../../shared/domain'

export interface ChildOption {
  child: Child
  name: string
}

function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

export function childOptions(children: readonly Child[], covers: (locationId: string) => boolean, query: string, limit = 50): ChildOption[] {
  const words = searchable(query).split(/\s+/).filter((w) => w !== '')
  return children
    .filter((child) => child.placements.some((p) => covers(p.locationId)))
    .map((child) => ({ child, name: `${child.firstName} ${child.lastName}` }))
    .filter((option) => words.every((w) => searchable(option.name).includes(w)))
    .sort((x, y) => x.name.localeCompare(y.name, 'nl') || x.child.id.localeCompare(y.child.id))
    .slice(0, limit)
}
