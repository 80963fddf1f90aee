import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sameDocument } from '../../../server/sync/same-document'

// Rebuilds a JSON value with every object's keys in reverse order (what a jsonb round trip may do).
function reorder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorder)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reorder(v)]))
  }
  return value
}

describe('sameDocument', () => {
  it('ignores key order at every depth', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => sameDocument(v, reorder(v))))
  })

  it('tells documents apart that differ in one value, one key, or array order', () => {
    expect(sameDocument({ id: 'a', n: 1 }, { id: 'a', n: 2 })).toBe(false)
    expect(sameDocument({ id: 'a' }, { id: 'a', extra: null })).toBe(false)
    expect(sameDocument({ l: [1, 2] }, { l: [2, 1] })).toBe(false)
    expect(sameDocument({ l: [] }, { l: {} })).toBe(false)
    expect(sameDocument({ n: 1 }, { n: '1' })).toBe(false)
  })

  it('agrees with JSON: a key holding undefined counts as absent', () => {
    expect(sameDocument({ id: 'a', x: undefined }, { id: 'a' })).toBe(true)
  })

  it('is false for a value and its JSON-different twin (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) =>
      sameDocument(a, b) === (JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b)))))
  })
})

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]))
  }
  return value
}
