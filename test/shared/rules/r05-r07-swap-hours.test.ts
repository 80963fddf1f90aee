import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { careTypes, contractKinds } from '../../../shared/domain/enums'
import { swapHoursCap, swapHoursEarned, type SwapHoursEarnedInput } from '../../../shared/rules'
import { amsterdamInstant } from '../../../shared/calendar'

const onTime = amsterdamInstant('2026-12-01', '20:00')
const base: SwapHoursEarnedInput = { careType: 'KDV', contract: 'standaard', date: '2026-12-02', hours: 5.5, reportedAt: onTime, balance: 0 }

describe('R5 went home', () => {
  it('a child that was there and went home earns nothing, however early it was reported', () => {
    expect(swapHoursEarned({ ...base, wentHome: true })).toBe(0)
    expect(swapHoursEarned({ ...base, wentHome: false })).toBe(5.5)
  })
})

describe('R6 amount and cap', () => {
  it.each([
    ['KDV', 'standaard', 33], ['PG', 'standaard', 12], ['VSO', 'standaard', 5],
    ['BSO', 'schoolweken', 12], ['BSO', '52-weken', 22],
    ['KDV', 'qflexibel', 0], ['PG', 'qflexibel', 0], ['VSO', 'qflexibel', 0], ['BSO', 'qflexibel', 0],
  ] as const)('cap %s %s = %i h', (careType, contract, cap) => {
    expect(swapHoursCap(careType, contract)).toBe(cap)
  })

  it('SPEC §4: KDV balance 30 h, a missed 5.5 h day part → earns 3 h (up to the cap)', () => {
    expect(swapHoursEarned({ ...base, balance: 30, hours: 5.5 })).toBe(3)
  })

  it.each([
    ['KDV', 'standaard', 27.5, 5.5, 5.5], ['KDV', 'standaard', 33, 5.5, 0], ['KDV', 'standaard', 40, 5.5, 0],
    ['PG', 'standaard', 8, 4, 4], ['PG', 'standaard', 10, 4, 2], ['PG', 'standaard', 12, 4, 0],
    ['VSO', 'standaard', 4, 1, 1], ['VSO', 'standaard', 4.5, 1, 0.5], ['VSO', 'standaard', 5, 1, 0],
    ['BSO', 'schoolweken', 10, 3.5, 2], ['BSO', 'schoolweken', 12, 3.5, 0],
    ['BSO', '52-weken', 20, 3.5, 2], ['BSO', '52-weken', 12, 3.5, 3.5], ['BSO', '52-weken', 22, 3.5, 0],
  ] as const)('%s %s with balance %d and %d h missed earns %d h', (careType, contract, balance, hours, expected) => {
    expect(swapHoursEarned({ ...base, careType, contract, careStart: '15:00', balance, hours })).toBe(expected)
  })

  it('a late report earns nothing, whatever the balance', () => {
    expect(swapHoursEarned({ ...base, reportedAt: amsterdamInstant('2026-12-02', '08:00') })).toBe(0)
  })
})

describe('R7 Qflexibel', () => {
  it.each(careTypes)('%s on a qflexibel contract never earns swap hours', (careType) => {
    expect(swapHoursEarned({ ...base, careType, contract: 'qflexibel', careStart: '15:00', balance: 0 })).toBe(0)
  })
})

describe('R4–R7 properties', () => {
  const input = fc.record({
    careType: fc.constantFrom(...careTypes),
    contract: fc.constantFrom(...contractKinds),
    hours: fc.double({ min: -2, max: 12, noNaN: true }),
    balance: fc.double({ min: 0, max: 40, noNaN: true }),
    minutes: fc.integer({ min: -24 * 60, max: 24 * 60 - 1 }),
    wentHome: fc.boolean(),
  })

  it('earned hours are never negative and never exceed the missed hours or the room under the cap', () => {
    fc.assert(fc.property(input, (a) => {
      const reportedAt = new Date(amsterdamInstant('2026-12-02', '00:00').getTime() + a.minutes * 60_000)
      const earned = swapHoursEarned({ ...a, date: '2026-12-02', careStart: '15:00', reportedAt })
      const cap = swapHoursCap(a.careType, a.contract)
      expect(earned).toBeGreaterThanOrEqual(0)
      expect(earned).toBeLessThanOrEqual(Math.max(0, a.hours))
      expect(earned).toBeLessThanOrEqual(Math.max(0, cap - a.balance) + 1e-9)
      if (a.wentHome || a.contract === 'qflexibel') expect(earned).toBe(0)
    }))
  })

  it('a balance grown only by earned hours never exceeds its cap', () => {
    fc.assert(fc.property(
      fc.constantFrom(...careTypes), fc.constantFrom<'standaard' | 'schoolweken' | '52-weken'>('standaard', 'schoolweken', '52-weken'),
      fc.array(fc.integer({ min: 1, max: 44 }).map((q) => q / 4), { maxLength: 40 }),
      (careType, contract, missed) => {
        const cap = swapHoursCap(careType, contract)
        let balance = 0
        for (const hours of missed) {
          balance += swapHoursEarned({ ...base, careType, contract, careStart: '15:00', hours, balance })
          expect(balance).toBeLessThanOrEqual(cap + 1e-9)
        }
        // Earning up to the cap (default): with enough absences the balance reaches it exactly.
        if (missed.reduce((n, h) => n + h, 0) >= cap) expect(balance).toBeCloseTo(cap, 9)
      },
    ))
  })
})
