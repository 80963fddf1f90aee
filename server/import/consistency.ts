// Checks across the records of one file, and against what is stored: ids used once, every placement's
// group known (in the file or already stored) and of a care type its day parts and contract fit, a
// group not moved to another location, balances only where a contract has them. Run before anything
// is built, so that a bad file is refused as a whole with every problem at its place.
import type { CareType, ContractKind, Location } from '../../shared/domain'
import { dayPartsValue } from './field-values'
import { issueAt, type ImportIssue, type ImportSet, type Source } from './import-set'

export interface GroupIndexEntry { careType: CareType; locationId: string }

/** Every group id the import can refer to: the stored ones, overridden by the file's. */
export function groupIndex(set: ImportSet, stored: ReadonlyMap<string, Location>): Map<string, GroupIndexEntry> {
  const index = new Map<string, GroupIndexEntry>()
  for (const location of stored.values()) for (const g of location.groups) index.set(g.id, { careType: g.careType, locationId: location.id })
  for (const location of set.locations) for (const g of location.groups) index.set(g.id, { careType: g.careType, locationId: location.id })
  return index
}

/** SPEC §2: standaard for KDV, PG and VSO; schoolweken or 52-weken for BSO; Qflexibel at KDV and BSO. */
const contractsFor: Readonly<Record<CareType, readonly ContractKind[]>> = {
  KDV: ['standaard', 'qflexibel'],
  PG: ['standaard'],
  VSO: ['standaard'],
  BSO: ['schoolweken', '52-weken', 'qflexibel'],
}

export function checkConsistency(set: ImportSet, stored: ReadonlyMap<string, Location>): ImportIssue[] {
  const issues: ImportIssue[] = []
  const once = (kind: string, seen: Map<string, Source>, id: string, source: Source) => {
    const first = seen.get(id)
    if (first === undefined) seen.set(id, source)
    else issues.push(issueAt(source, 'dubbel', `${kind} ${id} staat twee keer in het bestand (ook ${'line' in first ? `regel ${first.line}` : first.path})`))
  }

  const locations = new Map<string, Source>()
  const groups = new Map<string, Source>()
  const storedGroupLocation = new Map<string, string>()
  for (const l of stored.values()) for (const g of l.groups) storedGroupLocation.set(g.id, l.id)
  for (const location of set.locations) {
    once('Locatie', locations, location.id, location.source)
    for (const group of location.groups) {
      once('Groep', groups, group.id, group.source)
      const elsewhere = storedGroupLocation.get(group.id)
      if (elsewhere !== undefined && elsewhere !== location.id) {
        issues.push(issueAt(group.source, 'groep-elders', `Groep ${group.id} hoort bij locatie ${elsewhere}; een groep verhuist niet naar een andere locatie`))
      }
      if (group.ageFromMonths !== undefined && group.ageToMonths !== undefined && group.ageFromMonths >= group.ageToMonths) {
        issues.push(issueAt(group.source, 'leeftijden', 'ageFromMonths hoort kleiner te zijn dan ageToMonths'))
      }
    }
  }

  const index = groupIndex(set, stored)
  const schoolsAt = new Map<string, Set<string>>()
  for (const l of [...stored.values(), ...set.locations]) {
    const known = schoolsAt.get(l.id) ?? new Set<string>()
    for (const s of l.schools) known.add(s.id)
    schoolsAt.set(l.id, known)
  }
  const children = new Map<string, Source>()
  const placements = new Map<string, Source>()
  for (const child of set.children) {
    once('Kind', children, child.id, child.source)
    if (child.placements.length === 0) issues.push(issueAt(child.source, 'geen-plaatsing', `Kind ${child.id} heeft geen plaatsing`))
    const ranks = child.parents.map((p) => p.rank)
    if (!ranks.includes(1)) issues.push(issueAt(child.source, 'geen-ouder-1', `Kind ${child.id} heeft geen ouder 1 (de contracthouder)`))
    if (new Set(ranks).size !== ranks.length) issues.push(issueAt(child.source, 'ouder-dubbel', `Kind ${child.id} heeft twee keer dezelfde ouder`))
    const locationsOfChild = new Set<string>()
    for (const placement of child.placements) {
      once('Plaatsing', placements, placement.id, placement.source)
      const at = (code: string, message: string) => issues.push(issueAt(placement.source, code, message))
      const group = index.get(placement.groupId)
      if (group === undefined) {
        at('groep-onbekend', `Groep ${placement.groupId} is onbekend: niet in het bestand en niet in Locatiedesk`)
        continue
      }
      locationsOfChild.add(group.locationId)
      const parts = dayPartsValue(placement.dayParts, group.careType)
      if (!parts.ok) at('dagdeel', parts.message)
      if (!contractsFor[group.careType].includes(placement.contract)) {
        at('contract', `Contract ${placement.contract} past niet bij ${group.careType} (${contractsFor[group.careType].join(', ')})`)
      }
      if (placement.weekdays.length === 0 && placement.contract !== 'qflexibel') at('weekdagen', 'Weekdagen ontbreken (alleen een Qflexibel-contract heeft geen vaste dagen)')
      if (placement.end !== undefined && placement.end < placement.start) at('einddatum', `De einddatum ${placement.end} ligt voor de startdatum ${placement.start}`)
      const years = new Set<string>()
      for (const balance of placement.balances) {
        const key = `${balance.unit}:${balance.year}`
        if (years.has(key)) issues.push(issueAt(balance.source, 'dubbel', `Tegoed ${balance.unit} ${balance.year} staat twee keer bij plaatsing ${placement.id}`))
        years.add(key)
        if (balance.unit === 'vakantiedagen' && group.careType !== 'BSO') issues.push(issueAt(balance.source, 'tegoed', 'Vakantiedagen horen bij een BSO-plaatsing'))
        if (balance.unit === 'flexuren' && placement.contract !== 'qflexibel') issues.push(issueAt(balance.source, 'tegoed', 'Flexuren horen bij een Qflexibel-contract'))
      }
    }
    const schoolId = child.schoolId
    if (schoolId !== undefined && locationsOfChild.size > 0 && ![...locationsOfChild].some((l) => schoolsAt.get(l)?.has(schoolId))) {
      issues.push(issueAt(child.source, 'school-onbekend', `School ${schoolId} is geen school van de locatie van dit kind (zet hem bij de locatie onder schools)`))
    }
  }
  return issues
}
