// The `Kind` combobox of Dag aanvragen: children with a placement at a location both the user and
// this PC cover (R19), found by any part of the name, accents ignored ("zoe" finds "Zoë").
import type { Child } from '../../../../shared/domain'
import { byName } from '../../ui/name-search'

export interface ChildOption {
  child: Child
  name: string
}

export function childOptions(children: readonly Child[], covers: (locationId: string) => boolean, query: string, limit = 50): ChildOption[] {
  const options = children
    .filter((child) => child.placements.some((p) => covers(p.locationId)))
    .map((child) => ({ child, name: `${child.firstName} ${child.lastName}` }))
  return byName(options, (o) => o.name, query, { limit, tie: (x, y) => x.child.id.localeCompare(y.child.id) })
}
