import { describe, expect, it } from 'vitest'
import { byName, searchable } from '../../../renderer/src/ui/name-search'

const children = [
  { id: 'k-3', name: 'Zoë de Vries', born: '2019-01-01' },
  { id: 'k-1', name: 'Daan Bakker', born: '2018-05-01' },
  { id: 'k-2', name: 'Daan Bakker', born: '2017-05-01' },
  { id: 'k-4', name: 'Émile Öztürk', born: '2020-02-02' },
]
const names = (items: typeof children) => items.map((c) => c.id)

describe('finding a child by name', () => {
  it('ignores accents and case, and wants every word typed', () => {
    expect(searchable('Zoë ÖZTÜRK')).toBe('zoe ozturk')
    expect(names(byName(children, (c) => c.name, 'zoe'))).toEqual(['k-3'])
    expect(names(byName(children, (c) => c.name, 'emile ozt'))).toEqual(['k-4'])
    expect(names(byName(children, (c) => c.name, 'daan vries'))).toEqual([])
  })

  it('sorts by name as a Dutch list, breaks ties as told, and keeps to the limit', () => {
    const all = byName(children, (c) => c.name, '  ', { tie: (a, b) => a.born.localeCompare(b.born) })
    expect(names(all)).toEqual(['k-2', 'k-1', 'k-4', 'k-3'])
    expect(names(byName(children, (c) => c.name, '', { limit: 2, tie: (a, b) => a.born.localeCompare(b.born) }))).toEqual(['k-2', 'k-1'])
  })
})
