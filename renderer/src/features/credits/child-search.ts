// The `Kind` field of Tegoeden: the children of the locations this user on this PC covers (R19),
// narrowed down as staff type; every word typed must occur in the name, accents ignored ("zoe" finds
// "Zoë"). A short list: staff type on until the child they want is in it.
import type { Child } from '../../../../shared/domain'

export type SearchChild = Pick<Child, 'id' | 'firstName' | 'lastName' | 'birthDate' | 'locationIds'>

export interface ChildOption<C extends SearchChild = SearchChild> {
  child: C
  name: string
}

export const maxOptions = 20

export function childName(child: Pick<Child, 'firstName' | 'lastName'>): string {
  return `${child.firstName} ${child.lastName}`
}

/** Lower case without accents. */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

export function coveredChildren<C extends SearchChild>(children: readonly C[], covers: (locationId: string) => boolean): C[] {
  return children.filter((c) => c.locationIds.some(covers))
}

export function childOptions<C extends SearchChild>(children: readonly C[], query: string, limit = maxOptions): ChildOption<C>[] {
  const words = searchable(query).split(/\s+/).filter((w) => w !== '')
  return children
    .map((child) => ({ child, name: childName(child) }))
    .filter((option) => words.every((w) => searchable(option.name).includes(w)))
    .sort((x, y) => x.name.localeCompare(y.name, 'nl') || x.child.birthDate.localeCompare(y.child.birthDate))
    .slice(0, limit)
}
