// Same seed and today → identical output; each location can be generated alone; the whole
// organisation in well under the 10 s budget.
import { describe, expect, it } from 'vitest'
import { collectionNames } from '../../../shared/domain'
import { generateDemo } from '../../../shared/demo'

const fingerprint = (value: unknown): string => JSON.stringify(value)

describe('generateDemo', () => {
  it('generates the whole organisation, a year of history, in under 10 s', () => {
    const started = performance.now()
    const demo = generateDemo({ seed: 7, today: '2026-03-30' })
    let documents = 0
    for (const { document } of demo.documents()) documents += document.id.length > 0 ? 1 : 0
    const seconds = (performance.now() - started) / 1000
    expect(documents).toBeGreaterThan(20_000)
    expect(seconds).toBeLessThan(10)
  })

  it('is identical for the same seed and today, and differs for another seed', () => {
    const options = { today: '2026-11-23', historyDays: 60 }
    const a = fingerprint(generateDemo({ seed: 3, ...options }).all())
    const b = fingerprint(generateDemo({ seed: 3, ...options }).all())
    const c = fingerprint(generateDemo({ seed: 4, ...options }).all())
    expect(a).toBe(b)
    expect(c).not.toBe(a)
  })

  it('uses seed 1 and a year of history by default', () => {
    const demo = generateDemo({ today: '2026-11-23' })
    expect([demo.seed, demo.historyDays]).toEqual([1, 365])
  })

  it('generates a location alone exactly as in the whole organisation (lazy, streamable)', () => {
    const demo = generateDemo({ seed: 5, today: '2026-06-15', historyDays: 45 })
    const parts = [...demo.parts()]
    expect(parts.map((p) => p.name)).toEqual(['organisatie', ...demo.locationIds])
    expect(parts[0]!.documents.staff).toHaveLength(demo.staff.length)
    const third = demo.locationIds[2]!
    expect(fingerprint(demo.location(third))).toBe(fingerprint(parts[3]!.documents))
    const all = demo.all()
    for (const name of collectionNames) {
      expect(all[name].length, name).toBe(parts.reduce((n, p) => n + p.documents[name].length, 0))
    }
  })

  it('refuses a malformed today or history length', () => {
    expect(() => generateDemo({ today: '23-11-2026' })).toThrow(RangeError)
    expect(() => generateDemo({ today: '2026-11-23', historyDays: 0 })).toThrow(RangeError)
    expect(() => generateDemo({ today: '2026-11-23' }).location('loc-onbekend')).toThrow(RangeError)
  })
})
