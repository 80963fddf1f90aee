import { describe, expect, it } from 'vitest'
import { factLocation } from '../../../../renderer/src/features/children/fact-location'
import { child } from './fixtures'

const placed = child(undefined, {
  locationIds: ['loc-1', 'loc-2'],
  placements: [
    { id: 'p-old', groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', weekdays: [1], dayParts: ['hele dag'], start: '2024-01-01', end: '2025-07-31' },
    { id: 'p-now', groupId: 'g-9', locationId: 'loc-2', careType: 'BSO', contract: 'schoolweken', weekdays: [2], dayParts: ['naschools'], start: '2025-08-01' },
  ],
})

describe('the location a fact about a child is recorded at', () => {
  it('is its current placement\'s when this PC and user cover it', () => {
    expect(factLocation(placed, '2026-11-23', () => true)).toBe('loc-2')
  })

  it('else its latest covered placement\'s, else a covered location of the child, else none', () => {
    expect(factLocation(placed, '2026-11-23', (id) => id === 'loc-1')).toBe('loc-1')
    expect(factLocation({ ...placed, placements: [] }, '2026-11-23', (id) => id === 'loc-2')).toBe('loc-2')
    expect(factLocation(placed, '2026-11-23', () => false)).toBeNull()
  })
})
