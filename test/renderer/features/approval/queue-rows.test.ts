// The queue's rows: filtered in memory, with names, in a stable order (date, group, day part; within a
// group-day first the new requests, then the waiting list in its own order), and the waiting-list place
// counted among all candidates, so filtering on one child still shows its true place in line.
import { describe, expect, it } from 'vitest'
import { defaultFilter } from '../../../../renderer/src/features/approval/queue-filter'
import { queueRows, rowDateRange } from '../../../../renderer/src/features/approval/queue-rows'
import { request } from './fixtures'

const names = {
  child: (id: string) => ({ 'k-1': 'Zoë de Vries', 'k-2': 'Daan Bakker', 'k-3': 'Emma Smit' } as Record<string, string>)[id],
  group: (id: string) => ({ 'g-kdv': 'Egeltjes', 'g-2': 'Beertjes' } as Record<string, string>)[id],
}

describe('queue rows', () => {
  const requests = [
    request('k-1', { id: 'late', date: '2026-12-04' }),
    request('k-2', { id: 'wait-2', status: 'wachtlijst', waitlistedAt: '2026-11-25T09:00:00.000Z' }),
    request('k-3', { id: 'wait-1', status: 'wachtlijst', waitlistedAt: '2026-11-24T09:00:00.000Z' }),
    request('k-1', { id: 'new', at: '2026-11-26T09:00:00.000Z' }),
    request('k-2', { id: 'middag', dayPart: 'middag' }),
    request('k-3', { id: 'other-group', groupId: 'g-2' }),
    request('k-9', { id: 'unknown-child', date: '2026-12-05' }),
  ]

  it('orders by date, group, day part, then new before waiting in line order', () => {
    expect(queueRows(requests, defaultFilter, names).map((r) => r.request.id))
      .toEqual(['other-group', 'new', 'wait-1', 'wait-2', 'middag', 'late', 'unknown-child'])
  })

  it('shows names (the id when unknown here) and the place in line counted among all', () => {
    const rows = queueRows(requests, { ...defaultFilter, child: 'daan' }, names)
    expect(rows.map((r) => [r.request.id, r.childName, r.groupName, r.waitlistPosition])).toEqual([
      ['wait-2', 'Daan Bakker', 'Egeltjes', 2], ['middag', 'Daan Bakker', 'Egeltjes', null],
    ])
    expect(queueRows(requests, { ...defaultFilter, from: '2026-12-05' }, names).map((r) => r.childName)).toEqual(['k-9'])
  })

  it('the dates the rows span', () => {
    expect(rowDateRange(queueRows(requests, defaultFilter, names))).toEqual({ from: '2026-12-02', to: '2026-12-05' })
    expect(rowDateRange([])).toBeNull()
  })
})
