import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays as addDaysFns, addMonths as addMonthsFns, differenceInCalendarDays, getISODay } from 'date-fns'
import { addDays, addMonths, compareDates, dateParts, daysAhead, formatDate, isDateString, makeDate, toZonedDate, weekday } from '../../../shared/calendar'
import { amsterdam } from '../../../shared/calendar/zone'

describe('calendar dates (Europe/Amsterdam)', () => {
  it.each([
    ['2026-11-27', true], ['2026-02-28', true], ['2028-02-29', true], ['2026-02-29', false], ['2026-02-30', false],
    ['2026-13-01', false], ['2026-00-10', false], ['2026-1-01', false], ['26-01-01', false], ['2026-01-01T00:00', false], ['', false],
  ])('isDateString(%s) = %s', (value, expected) => {
    expect(isDateString(value)).toBe(expected)
  })

  it('throws on a malformed date instead of guessing', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError)
    expect(() => makeDate(2026, 2, 29)).toThrow(RangeError)
  })

  it.each([
    ['2026-03-28', 1, '2026-03-29'], ['2026-03-28', 2, '2026-03-30'], ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 1, '2026-10-25'], ['2026-10-25', 1, '2026-10-26'], ['2026-10-26', -2, '2026-10-24'],
    ['2026-12-31', 1, '2027-01-01'], ['2028-02-28', 1, '2028-02-29'], ['2026-11-27', 120, '2027-03-27'],
  ])('addDays(%s, %i) = %s, also across the daylight-saving weekends', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected)
  })

  it.each([
    ['2026-11-27', '2026-12-01', 4], ['2026-11-28', '2026-12-01', 3], ['2026-12-01', '2026-11-27', -4],
    ['2026-03-28', '2026-03-30', 2], ['2026-03-29', '2026-03-29', 0], ['2026-10-24', '2026-10-26', 2],
    ['2026-01-01', '2027-01-01', 365],
  ])('daysAhead(today %s, date %s) = %i', (today, date, expected) => {
    expect(daysAhead(today, date)).toBe(expected)
  })

  it.each([
    ['2026-11-23', 1], ['2026-12-02', 3], ['2026-03-29', 7], ['2026-10-25', 7], ['2026-10-26', 1], ['2026-12-06', 7],
  ])('weekday(%s) = %i (1 = Monday … 7 = Sunday)', (date, expected) => {
    expect(weekday(date)).toBe(expected)
  })

  it('addMonths clamps to the last day of a short month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15')
    expect(addMonths('2026-11-23', 24)).toBe('2028-11-23')
  })

  it('splits and builds dates', () => {
    expect(dateParts('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 })
    expect(makeDate(2027, 1, 10)).toBe('2027-01-10')
    expect(compareDates('2026-03-09', '2026-10-01')).toBe(-1)
    expect(compareDates('2026-10-01', '2026-10-01')).toBe(0)
  })

  it('property: addDays and daysAhead are inverse, whatever the daylight-saving shifts in between', () => {
    const day = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2025-01-01', n))
    fc.assert(fc.property(day, fc.integer({ min: -400, max: 400 }), (date, n) => {
      const moved = addDays(date, n)
      expect(daysAhead(date, moved)).toBe(n)
      expect(weekday(moved)).toBe(((weekday(date) - 1 + (((n % 7) + 7) % 7)) % 7) + 1)
    }))
  })

  it('property: calendar arithmetic on UTC midnight answers as the same arithmetic on Amsterdam midnight does', () => {
    // The reference is how these were computed before (through a TZDate in Europe/Amsterdam): slower,
    // but the zone's daylight-saving days are where the two could part.
    const day = fc.integer({ min: 0, max: 16 * 366 }).map((n) => addDays('2020-01-01', n))
    fc.assert(fc.property(day, day, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -30, max: 30 }), (date, other, n, months) => {
      const zoned = toZonedDate(date)
      expect(addDays(date, n)).toBe(formatDate(addDaysFns(zoned, n)))
      expect(addMonths(date, months)).toBe(formatDate(addMonthsFns(zoned, months)))
      expect(daysAhead(date, other)).toBe(differenceInCalendarDays(toZonedDate(other), zoned, { in: amsterdam }))
      expect(weekday(date)).toBe(getISODay(zoned))
    }), { numRuns: 2_000 })
  })
})
