import { describe, expect, it } from 'vitest'
import { draftKey, forgetLineId, lineIdFor, type KeyValueStore } from '../../../../../renderer/src/features/signup/signing/line-id-store'
import { draft, sheetId } from './fixtures'

function memoryStore(): KeyValueStore & { size(): number } {
  const map = new Map<string, string>()
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    size: () => map.size,
  }
}

describe('one line id per draft', () => {
  const signing = { sheetId, since: '2026-11-30T14:00:00.000Z', draft }

  it('gives the same id on every attempt for one draft (a retry or a reload meets the first line)', () => {
    const store = memoryStore()
    const key = draftKey(signing)!
    let n = 0
    const first = lineIdFor(store, key, () => `id-${++n}`)
    expect(lineIdFor(store, key, () => `id-${++n}`)).toBe(first)
    expect(n).toBe(1)
    forgetLineId(store, key)
    expect(store.size()).toBe(0)
    expect(lineIdFor(store, key, () => `id-${++n}`)).toBe('id-2')
  })

  it('a different draft, a new Tekenmodus or a signed draft is another key', () => {
    const key = draftKey(signing)
    expect(draftKey({ ...signing, since: '2026-11-30T15:00:00.000Z' })).not.toBe(key)
    expect(draftKey({ ...signing, draft: { ...draft, parentName: 'Bram Visser' } })).not.toBe(key)
    expect(draftKey({ ...signing, draft: { ...draft, dayPart: undefined, times: { start: '08:30', end: '17:00' } } })).not.toBe(key)
    expect(draftKey({ ...signing, draft: null })).toBeNull()
  })
})
