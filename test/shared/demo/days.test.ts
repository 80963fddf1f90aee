// The demo's fast calendar must agree with shared/calendar (the reference the rules use).
import { describe, expect, it } from 'vitest'
import { addDays, amsterdamInstant, weekday } from '../../../shared/calendar'
import { creditValidUntil } from '../../../shared/rules'
import { ageInMonths, amsterdamIso, dayAtAge, fromDay, isoWeekOf, toDay, weekdayOf } from '../../../shared/demo/days'
import { validUntilOf } from '../../../shared/demo/history/validity'
import { createRng } from '../../../shared/demo/prng'

describe('demo day arithmetic', () => {
  it('agrees with shared/calendar on instants, weekdays and validity over two years, both DST changes included', () => {
    for (let day = toDay('2025-01-01'); day <= toDay('2026-12-31'); day++) {
      const date = fromDay(day)
      expect(weekdayOf(day)).toBe(weekday(date))
      expect(fromDay(toDay(date) + 1)).toBe(addDays(date, 1))
      for (const time of ['03:00', '07:59', '15:00', '23:30']) {
        const [h, m] = time.split(':').map(Number) as [number, number]
        expect(amsterdamIso(day, h * 60 + m), `${date} ${time}`).toBe(amsterdamInstant(date, time).toISOString())
      }
      if (day % 7 === 0) expect(validUntilOf(date)).toBe(creditValidUntil(date))
    }
  })

  it('numbers ISO weeks and ages in whole months', () => {
    expect(isoWeekOf(toDay('2026-01-01'))).toBe(1)
    expect(isoWeekOf(toDay('2027-01-01'))).toBe(53)
    expect(isoWeekOf(toDay('2026-12-28'))).toBe(53)
    expect(ageInMonths(toDay('2022-11-23'), toDay('2026-11-22'))).toBe(47)
    expect(ageInMonths(toDay('2022-11-23'), toDay('2026-11-23'))).toBe(48)
    expect(fromDay(dayAtAge(toDay('2024-01-31'), 1))).toBe('2024-02-29')
    expect(fromDay(dayAtAge(toDay('2026-03-15'), -48))).toBe('2022-03-15')
  })
})

describe('seeded PRNG', () => {
  it('repeats for a seed, differs between seeds and between forks', () => {
    const draw = (seed: number): number[] => { const r = createRng(seed); return Array.from({ length: 5 }, () => r.next()) }
    expect(draw(1)).toEqual(draw(1))
    expect(draw(1)).not.toEqual(draw(2))
    const root = createRng(1)
    expect(root.fork('a').next()).not.toBe(root.fork('b').next())
    expect(createRng(1).fork('a').next()).toBe(createRng(1).fork('a').next())
  })

  it('stays in range and draws uuid-shaped ids', () => {
    const rng = createRng(42)
    for (let i = 0; i < 2_000; i++) {
      const n = rng.int(3, 7)
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true)
      const x = rng.next()
      expect(x >= 0 && x < 1).toBe(true)
    }
    expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
