// Names for the ids a child document holds (groups, locations, schools), looked up in the locations
// this PC has; an id the PC does not know is shown as it is rather than hidden.
import type { Location } from '../../../../shared/domain'

export interface PlaceNames {
  group(id: string): string
  location(id: string): string
  school(id: string): string
}

export function placeNames(locations: readonly Location[]): PlaceNames {
  const groups = new Map<string, string>()
  const names = new Map<string, string>()
  const schools = new Map<string, string>()
  for (const location of locations) {
    names.set(location.id, location.name)
    for (const group of location.groups) groups.set(group.id, group.name)
    for (const school of location.schools) schools.set(school.id, school.name)
  }
  return {
    group: (id) => groups.get(id) ?? id,
    location: (id) => names.get(id) ?? id,
    school: (id) => schools.get(id) ?? id,
  }
}
