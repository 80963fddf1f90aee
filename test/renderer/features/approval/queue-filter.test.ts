// The approval queue's filter: the index half (one exact range of [locationId, status, date] per
// location and status, checked with RxDB's own query planner) and the in-memory half (group, child
// name without accents, dates), and who sees a request at all (R11, R19).
import { describe, expect, it } from 'vitest'
import { permissionsFor } from '../../../../renderer/src/app/permissions'
import {
  answeredByOpenSet, defaultFilter, matchesFilter, mayDecide, queueSelectors, statusesOf,
} from '../../../../renderer/src/features/approval/queue-filter'
import { request } from './fixtures'

describe('the index half of a search', () => {
  it('is one range per location and status, with the dates as bounds when given', () => {
    expect(queueSelectors({ ...defaultFilter }, ['loc-1', 'loc-2'])).toEqual([
      { locationId: 'loc-1', status: 'ingediend' }, { locationId: 'loc-1', status: 'wachtlijst' },
      { locationId: 'loc-2', status: 'ingediend' }, { locationId: 'loc-2', status: 'wachtlijst' },
    ])
    expect(queueSelectors({ ...defaultFilter, status: 'goedgekeurd', from: '2026-12-01', to: '2026-12-05', locationId: 'loc-2' }, ['loc-1', 'loc-2']))
      .toEqual([{ locationId: 'loc-2', status: 'goedgekeurd', date: { $gte: '2026-12-01', $lte: '2026-12-05' } }])
    expect(queueSelectors({ ...defaultFilter, locationId: 'loc-9' }, ['loc-1'])).toEqual([])
  })

  it('the open statuses are ingediend and wachtlijst, held in memory', () => {
    expect(statusesOf('open')).toEqual(['ingediend', 'wachtlijst'])
    expect(answeredByOpenSet({ status: 'open' })).toBe(true)
    expect(answeredByOpenSet({ status: 'wachtlijst' })).toBe(true)
    expect(answeredByOpenSet({ status: 'goedgekeurd' })).toBe(false)
  })
})

describe('the in-memory half', () => {
  const r = request('k-1', { groupId: 'g-2', date: '2026-12-03', status: 'wachtlijst' })

  it('filters on group, location, dates and status', () => {
    expect(matchesFilter(r, defaultFilter, 'Zoë de Vries')).toBe(true)
    expect(matchesFilter(r, { ...defaultFilter, groupId: 'g-1' }, 'Zoë de Vries')).toBe(false)
    expect(matchesFilter(r, { ...defaultFilter, locationId: 'loc-2' }, 'Zoë de Vries')).toBe(false)
    expect(matchesFilter(r, { ...defaultFilter, from: '2026-12-03', to: '2026-12-03' }, 'Zoë de Vries')).toBe(true)
    expect(matchesFilter(r, { ...defaultFilter, from: '2026-12-04' }, 'Zoë de Vries')).toBe(false)
    expect(matchesFilter(r, { ...defaultFilter, to: '2026-12-02' }, 'Zoë de Vries')).toBe(false)
    expect(matchesFilter(r, { ...defaultFilter, status: 'ingediend' }, 'Zoë de Vries')).toBe(false)
  })

  it('finds the child by any words of the name, accents and case ignored', () => {
    expect(matchesFilter(r, { ...defaultFilter, child: 'zoe' }, 'Zoë de Vries')).toBe(true)
    expect(matchesFilter(r, { ...defaultFilter, child: 'VRIES zo' }, 'Zoë de Vries')).toBe(true)
    expect(matchesFilter(r, { ...defaultFilter, child: 'zoe jansen' }, 'Zoë de Vries')).toBe(false)
  })
})

describe('who sees a request (R11, R19)', () => {
  const device = { locationIds: ['loc-1'] }
  const standaard = { contract: 'standaard' as const, locationId: 'loc-1' }
  const qflex = { contract: 'qflexibel' as const, locationId: 'loc-1' }

  it('location staff see their own locations\' requests, never a Qflexibel one', () => {
    const senior = permissionsFor({ role: 'senior', locationIds: ['loc-1'] }, device)
    expect(mayDecide(senior, standaard)).toBe(true)
    expect(mayDecide(senior, qflex)).toBe(false)
    expect(mayDecide(senior, { ...standaard, locationId: 'loc-2' })).toBe(false)
  })

  it('the planner sees only Qflexibel requests; customer service none; a revoked PC none', () => {
    const planner = permissionsFor({ role: 'planner', locationIds: [] }, device)
    expect(mayDecide(planner, qflex)).toBe(true)
    expect(mayDecide(planner, standaard)).toBe(false)
    expect(mayDecide(permissionsFor({ role: 'klantenservice', locationIds: [] }, device), standaard)).toBe(false)
    expect(mayDecide(permissionsFor({ role: 'manager', locationIds: ['loc-1'] }, device, { revoked: true }), standaard)).toBe(false)
  })
})
