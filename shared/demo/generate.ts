// The demo organisation (SPEC §7), deterministic: the same seed and today give the same documents.
// Lazy: `parts()` yields the organisation-wide documents and then one location at a time, so a
// server can stream it into its database without holding the whole year in memory.
import { collectionNames, type CollectionName } from '../domain/collections'
import type { DocumentByCollection, Staff } from '../domain/types'
import { toDay } from './days'
import { emptyDocuments, type DemoDocuments } from './history/sim'
import { generateLocation } from './location'
import { demoLocations } from './organisation'
import { demoStaff } from './staff'

export type { DemoDocuments }

export interface DemoOptions {
  seed?: number
  /** 'yyyy-MM-dd': the history ends the day before, open requests and study days lie after. */
  today: string
  /** How far back the history goes (default a year). */
  historyDays?: number
}

export interface DemoPart {
  /** 'organisatie' for the documents of all locations (staff), else the location id. */
  name: string
  documents: DemoDocuments
}

export interface DemoDocument<C extends CollectionName = CollectionName> {
  collection: C
  document: DocumentByCollection[C]
}

export interface DemoOrganisation {
  readonly seed: number
  readonly today: string
  readonly historyDays: number
  readonly staff: readonly Staff[]
  readonly locationIds: readonly string[]
  /** Organisation-wide documents first, then each location, generated when reached. */
  parts(): Generator<DemoPart>
  /** One location's documents. */
  location(locationId: string): DemoDocuments
  /** Every document, collection by collection (generates every location; ~1–3 s). */
  all(): DemoDocuments
  /** Every document with its collection, one at a time. */
  documents(): Generator<DemoDocument>
}

export function generateDemo({ seed = 1, today, historyDays = 365 }: DemoOptions): DemoOrganisation {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be yyyy-MM-dd, not ${today}`)
  if (!(Number.isInteger(historyDays) && historyDays >= 1)) throw new RangeError(`historyDays must be a positive whole number, not ${historyDays}`)
  const todayDay = toDay(today)
  const location = (locationId: string): DemoDocuments => {
    const frame = demoLocations.find((l) => l.id === locationId)
    if (!frame) throw new RangeError(`No demo location ${locationId}`)
    return generateLocation(seed, frame, todayDay, historyDays)
  }
  function* parts(): Generator<DemoPart> {
    const organisation = emptyDocuments()
    organisation.staff.push(...demoStaff.map((s) => ({ ...s, locationIds: [...s.locationIds] })))
    yield { name: 'organisatie', documents: organisation }
    for (const frame of demoLocations) yield { name: frame.id, documents: location(frame.id) }
  }
  return {
    seed, today, historyDays, staff: demoStaff, locationIds: demoLocations.map((l) => l.id),
    parts, location,
    all() {
      const all = emptyDocuments()
      for (const part of parts()) appendDocuments(all, part.documents)
      return all
    },
    *documents() {
      for (const part of parts()) {
        for (const collection of collectionNames) {
          for (const document of part.documents[collection]) yield { collection, document } as DemoDocument
        }
      }
    },
  }
}

function appendDocuments(target: DemoDocuments, source: DemoDocuments): void {
  for (const name of collectionNames) append(target, source, name)
}

function append<C extends CollectionName>(target: DemoDocuments, source: DemoDocuments, name: C): void {
  const into = target[name]
  for (const doc of source[name]) into.push(doc)
}
