import { describe, expect, it } from 'vitest'
import { canUnlock, listsLockedByDefault, retentionSelection } from '../../../shared/rules'

describe('R17 retention on the PC', () => {
  const child = (id: string, ...ends: (string | undefined)[]) => ({ id, placements: ends.map((end) => ({ start: '2024-08-01', end })) })

  it.each([
    ['2026-10-01', '2026-11-26', false], // exactly 8 weeks: kept
    ['2026-10-01', '2026-11-27', true], // 8 weeks and a day: removed
    ['2026-10-01', '2026-10-02', false],
  ])('last placement ended %s, today %s → removed %s', (end, today, removed) => {
    expect(retentionSelection({ children: [child('k1', end)], today })).toEqual(removed ? ['k1'] : [])
  })

  it('looks at the last placement, keeps open-ended and placement-less children', () => {
    const children = [
      child('old', '2025-01-31', '2025-06-30'),
      child('newer-one-counts', '2025-01-31', '2026-11-01'),
      child('still-placed', '2025-01-31', undefined),
      { id: 'no-placements', placements: [] },
    ]
    expect(retentionSelection({ children, today: '2026-11-23' })).toEqual(['old'])
  })
})

describe('R18 locked lists', () => {
  it('lists are locked by default', () => {
    expect(listsLockedByDefault).toBe(true)
  })

  const code = (role: Parameters<typeof canUnlock>[0]['role'], listDate: string) => {
    const v = canUnlock({ role, listDate, today: '2026-11-23' })
    return v.ok ? 'ok' : v.code
  }

  it.each([
    ['groepsmedewerker', '2026-11-23', 'ok'], ['groepsmedewerker', '2026-11-30', 'ok'],
    ['groepsmedewerker', '2026-11-16', 'ok'], ['groepsmedewerker', '2026-11-15', 'ontgrendelen-oud-alleen-senior'],
    ['senior', '2026-11-15', 'ok'], ['manager', '2026-01-01', 'ok'],
    ['klantenservice', '2026-11-23', 'geen-recht'], ['planner', '2026-11-23', 'geen-recht'],
  ] as const)('%s unlocking the list of %s (today 2026-11-23) → %s', (role, listDate, expected) => {
    expect(code(role, listDate)).toBe(expected)
  })

  it('counts 7 days across the fall-back weekend', () => {
    expect(canUnlock({ role: 'groepsmedewerker', listDate: '2026-10-24', today: '2026-10-31' })).toEqual({ ok: true })
    expect(canUnlock({ role: 'groepsmedewerker', listDate: '2026-10-23', today: '2026-10-31' })).toMatchObject({ ok: false })
  })
})
