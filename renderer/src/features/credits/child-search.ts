// The `Kind` field of Tegoeden: the children of the locations this user on this PC covers (R19),
// narrowed down as staff type; every word typed must occur in the name, accents ignored ("zoe" finds
// "Zoë"). A short list: staff type on until the child they want is in it.
import type { Child } from '../../../../shared/domain'
import { byName } from '../../ui/name-search'

export type SearchChild = Pick<Child, 'id' | 'firstName' | 'lastName' | 'birthDate' | 'locationIds'>

export interface ChildOption<C extends SearchChild = SearchChild> {
  child: C
  name: string
}

export const maxOptions = 20

export function childName(child: Pick<Child, 'firstName' | 'lastName'>): string {
  return `${child.firstName} ${child.lastName}`
}

export function coveredChildren<C extends SearchChild>(children: readonly C[], covers: (locationId: string) => boolean): C[] {
  return children.filter((c) => c.locationIds.some(covers))
}

export function childOptions<C extends SearchChild>(children: readonly C[], query: string, limit = maxOptions): ChildOption<C>[] {
  const options = children.map((child) => ({ child, name: childName(child) }))
  return byName(options, (o) => o.name, query, { limit, tie: (x, y) => x.child.birthDate.localeCompare(y.child.birthDate) })
}
