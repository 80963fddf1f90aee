// The JSON reader: every problem at its JSON path, in Dutch; unknown keys refused.
import { expect, it } from 'vitest'
import { parseJson } from '../../../server/import/parse-json'
import { exampleObject } from './import-fixture'

it('reads the example with group defaults left open and balances per placement-year', () => {
  const outcome = parseJson(JSON.stringify(exampleObject()))
  expect(outcome.ok).toBe(true)
  if (!outcome.ok) return
  expect(outcome.set.locations[0]?.groups.map((g) => [g.id, g.capacity, g.dayParts?.length])).toEqual([
    ['grp-zonnebloem-1', undefined, undefined], ['grp-zonnebloem-2', undefined, 1], ['grp-zonnebloem-3', 20, undefined],
  ])
  expect(outcome.set.children[1]?.placements[0]?.balances).toMatchObject([{ year: 2026, unit: 'vakantiedagen', amount: 8 }])
})

it('reports each problem at its path: a misspelt key, a wrong day part, a bad date, a missing name', () => {
  const file = exampleObject()
  file.children[0]!.birthdate = '2024-05-14'
  file.children[0]!.placements[0]!.dayParts = ['naschools']
  file.children[1]!.placements[0]!.start = '2023-02-30'
  delete file.children[2]!.parents[0]!.name
  const outcome = parseJson(JSON.stringify(file))
  expect(outcome.ok).toBe(false)
  if (outcome.ok) return
  expect(outcome.errors.map((e) => [e.path, e.code])).toEqual([
    ['$.children[0].birthdate', 'onbekend-veld'],
    ['$.children[0].placements[0].dayParts', 'ongeldige-waarde'],
    ['$.children[1].placements[0].start', 'ongeldige-waarde'],
    ['$.children[2].parents[0].name', 'ongeldige-waarde'],
  ])
  expect(outcome.errors[1]?.message).toBe('dagdeel "naschools" bestaat niet bij KDV (ochtend, middag, hele dag)')
})

it('refuses text that is not JSON', () => {
  expect(parseJson('{"locations": [')).toMatchObject({ ok: false, errors: [{ path: '$', code: 'json-opmaak' }] })
})
