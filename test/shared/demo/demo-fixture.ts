// One generated demo per test file (each file runs in its own worker): generated on first use.
import { collectionNames, type CollectionName } from '../../../shared/domain'
import { emptyDocuments, generateDemo, type DemoDocuments, type DemoPart } from '../../../shared/demo'

export const today = '2026-11-23'

let parts: DemoPart[] | undefined
let all: DemoDocuments | undefined

export function demoParts(): DemoPart[] {
  parts ??= [...generateDemo({ seed: 1, today }).parts()]
  return parts
}

function append<C extends CollectionName>(into: DemoDocuments, from: DemoDocuments, name: C): void {
  for (const doc of from[name]) into[name].push(doc)
}

/** The same documents as demoParts(), merged per collection (without generating them again). */
export function demoAll(): DemoDocuments {
  if (!all) {
    const merged = emptyDocuments()
    for (const part of demoParts()) for (const name of collectionNames) append(merged, part.documents, name)
    all = merged
  }
  return all
}

export function locationParts(): DemoPart[] {
  return demoParts().filter((p) => p.name !== 'organisatie')
}
