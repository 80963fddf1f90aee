import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ageInYears, requiredStaff, type RatioCareType, type StaffRatioResult } from '../../../shared/rules'

// Ages are taken on this date; a child "of age a" was born on 10 January, a years (and a bit) earlier.
const date = '2026-06-15'
const bornAged = (age: number): string => `${2026 - age}-01-10`

/** Birth dates for { age: count }. */
function kids(counts: Readonly<Record<number, number>>): string[] {
  return Object.entries(counts).flatMap(([age, n]) => Array.from({ length: n }, () => bornAged(Number(age))))
}

const need = (careType: RatioCareType, counts: Readonly<Record<number, number>>): StaffRatioResult =>
  requiredStaff({ careType, date, birthDates: kids(counts) })
const staffOf = (r: StaffRatioResult): number | string => (r.ok ? r.staff : r.code)

// BKR.md tabel 1, typed in again here (not imported) so a slip in the data file shows. Each case:
// row, staff column, the cell's count, and the composition at that count as a function of the total
// (the youngest band as small as the cell allows, unless the cell's under-1 limit is the point).
type Cell = [row: string, staff: number, max: number, compose: (n: number) => Record<number, number>, next: number | string]
const only = (age: number) => (n: number) => ({ [age]: n })
const mixed = (young: number, youngCount: number, old: number) => (n: number) => ({ [young]: youngCount, [old]: n - youngCount })
const mixed3 = (young: number, youngCount: number, mid: number, old: number) => (n: number) => ({ [young]: youngCount, [mid]: 1, [old]: n - youngCount - 1 })

const dayCareCells: Cell[] = [
  ['0–1', 1, 3, only(0), 2], ['0–1', 2, 6, only(0), 3], ['0–1', 3, 9, only(0), 4], ['0–1', 4, 12, only(0), 'groep-te-groot'],
  ['1–2', 1, 5, only(1), 2], ['1–2', 2, 10, only(1), 3], ['1–2', 3, 15, only(1), 4], ['1–2', 4, 16, only(1), 'groep-te-groot'],
  ['2–3', 1, 8, only(2), 2], ['2–3', 2, 16, only(2), 'groep-te-groot'],
  ['3–4', 1, 8, only(3), 2], ['3–4', 2, 16, only(3), 'groep-te-groot'],
  ['0–2', 1, 4, mixed(0, 1, 1), 2], ['0–2', 2, 8, mixed(0, 1, 1), 3], ['0–2', 3, 14, mixed(0, 8, 1), 4], ['0–2', 4, 16, mixed(0, 8, 1), 'groep-te-groot'],
  ['0–3', 1, 5, mixed(0, 1, 2), 2], ['0–3', 2, 10, mixed(0, 1, 2), 3],
  ['0–3', 3, 13, mixed(0, 8, 2), 4], ['0–3', 3, 14, mixed(0, 4, 2), 4], ['0–3', 3, 15, mixed(0, 3, 2), 4],
  ['0–3', 4, 16, mixed(0, 8, 2), 'groep-te-groot'],
  ['0–4', 1, 5, mixed(0, 1, 3), 2], ['0–4', 2, 12, mixed(0, 1, 3), 3],
  ['0–4', 3, 14, mixed(0, 8, 3), 4], ['0–4', 3, 15, mixed(0, 5, 3), 4], ['0–4', 3, 16, mixed(0, 3, 3), 'groep-te-groot'],
  ['0–4', 4, 16, mixed(0, 8, 3), 'groep-te-groot'],
  ['1–3', 1, 6, mixed(1, 1, 2), 2], ['1–3', 2, 11, mixed(1, 1, 2), 3], ['1–3', 3, 16, mixed(1, 1, 2), 'groep-te-groot'],
  ['1–4', 1, 7, mixed(1, 1, 3), 2], ['1–4', 2, 13, mixed(1, 1, 3), 3], ['1–4', 3, 16, mixed(1, 1, 3), 'groep-te-groot'],
  ['2–4', 1, 8, mixed(2, 1, 3), 2], ['2–4', 2, 16, mixed(2, 1, 3), 'groep-te-groot'],
]

describe('BKR tabel 1: day care (KDV) and toddler groups (PG)', () => {
  it.each(dayCareCells)('row %s, %i staff: %i children fit; one more needs the next column or is refused', (row, staff, max, compose, next) => {
    for (const careType of ['KDV', 'PG'] as const) {
      const at = need(careType, compose(max))
      expect(at).toEqual({ ok: true, staff, ageGroup: row.replace('–', '-') })
      expect(staffOf(need(careType, compose(max + 1)))).toBe(next)
    }
  })

  it('a three-age mix picks the row spanning youngest to oldest', () => {
    expect(need('KDV', mixed3(0, 1, 2, 3)(5))).toEqual({ ok: true, staff: 1, ageGroup: '0-4' })
    expect(need('KDV', mixed3(1, 1, 2, 3)(13))).toEqual({ ok: true, staff: 2, ageGroup: '1-4' })
    expect(need('KDV', { 0: 1, 1: 1, 2: 1 })).toMatchObject({ ageGroup: '0-3' })
  })

  it('honours the under-1 limits of the mixed rows with 3 and 4 staff', () => {
    // 0–2, 3 staff: 14 of whom at most 8 under 1; with 9 under 1 no column allows it (the 4-staff one neither).
    expect(staffOf(need('KDV', { 0: 9, 1: 5 }))).toBe('te-veel-onder-1')
    // 0–3, 3 staff: 14 with at most 4 under 1, 15 with at most 3; one baby more needs 4 staff.
    expect(staffOf(need('KDV', { 0: 5, 2: 9 }))).toBe(4)
    expect(staffOf(need('KDV', { 0: 4, 2: 11 }))).toBe(4)
    // 0–4, 3 staff: 15 with at most 5 under 1, 16 with at most 3.
    expect(staffOf(need('KDV', { 0: 6, 3: 9 }))).toBe(4)
    expect(staffOf(need('KDV', { 0: 4, 3: 12 }))).toBe(4)
    // 4 staff: at most 8 under 1 in any mixed group (the law's footnote on 0–2, 0–3 and 0–4).
    expect(staffOf(need('KDV', { 0: 9, 3: 7 }))).toBe('te-veel-onder-1')
    expect(staffOf(need('KDV', { 0: 9, 2: 7 }))).toBe('te-veel-onder-1')
    const refused = need('KDV', { 0: 9, 1: 7 })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.message).toMatch(/jonger dan 1 jaar/)
  })

  it('limits the group to 16 children, 12 when all are under 1', () => {
    expect(staffOf(need('KDV', { 0: 12 }))).toBe(4)
    const thirteenBabies = need('KDV', { 0: 13 })
    expect(thirteenBabies).toMatchObject({ ok: false, code: 'groep-te-groot' })
    if (!thirteenBabies.ok) expect(thirteenBabies.message).toMatch(/Te veel kinderen/)
    expect(staffOf(need('PG', { 2: 8, 3: 8 }))).toBe(2)
    expect(staffOf(need('PG', { 2: 8, 3: 9 }))).toBe('groep-te-groot')
    expect(staffOf(need('KDV', { 1: 17 }))).toBe('groep-te-groot')
  })

  it('counts children of 4 and older in a KDV group with the 3–4 band', () => {
    expect(need('KDV', { 4: 8 })).toEqual({ ok: true, staff: 1, ageGroup: '3-4' })
    expect(need('KDV', { 5: 9 })).toEqual({ ok: true, staff: 2, ageGroup: '3-4' })
    expect(need('KDV', { 2: 1, 4: 7 })).toEqual({ ok: true, staff: 1, ageGroup: '2-4' })
  })

  it('never needs less than a part of the group would need on its own', () => {
    // Literally, row 0–2 allows 8 with 2 staff; but the 7 babies alone need 3 (row 0–1).
    expect(need('KDV', { 0: 7, 1: 1 })).toEqual({ ok: true, staff: 3, ageGroup: '0-2' })
    // Literally, row 1–4 allows 13 with 2 staff; but the 11 one-year-olds alone need 3 (row 1–2).
    expect(need('KDV', { 1: 11, 3: 1 })).toEqual({ ok: true, staff: 3, ageGroup: '1-4' })
  })
})

const bsoCells: Cell[] = [
  ['4–7', 1, 10, only(5), 2], ['4–7', 2, 20, only(5), 'groep-te-groot'],
  ['7–13', 1, 12, only(9), 2], ['7–13', 2, 24, only(9), 3], ['7–13', 3, 30, only(9), 'groep-te-groot'],
  ['4–13', 1, 11, mixed(5, 1, 9), 2], ['4–13', 2, 22, mixed(5, 1, 9), 'groep-te-groot'],
  ['4–13', 1, 11, mixed(5, 9, 9), 2], ['4–13', 2, 22, mixed(5, 18, 9), 'groep-te-groot'],
]

describe('BKR tabel 2: after-school care (BSO)', () => {
  it.each(bsoCells)('row %s, %i staff: %i children fit; one more needs the next column or is refused', (row, staff, max, compose, next) => {
    expect(need('BSO', compose(max))).toEqual({ ok: true, staff, ageGroup: row.replace('–', '-') })
    expect(staffOf(need('BSO', compose(max + 1)))).toBe(next)
  })

  it('honours "at most 9 / 18 aged 4–7" in the mixed row', () => {
    expect(staffOf(need('BSO', { 5: 10, 9: 1 }))).toBe(2)
    expect(staffOf(need('BSO', { 5: 19, 9: 3 }))).toBe('te-veel-4-tot-7')
  })

  it('takes 7 up to 13 as the upper band and ages on the given date', () => {
    expect(need('BSO', { 7: 6, 12: 6 })).toEqual({ ok: true, staff: 1, ageGroup: '7-13' })
    // Turns 7 on the date itself: upper band from that day.
    expect(requiredStaff({ careType: 'BSO', date, birthDates: ['2019-06-15', bornAged(9)] })).toMatchObject({ ageGroup: '7-13' })
    expect(requiredStaff({ careType: 'BSO', date, birthDates: ['2019-06-16', bornAged(9)] })).toMatchObject({ ageGroup: '4-13' })
  })
})

describe('edge cases', () => {
  it('zero children need zero staff', () => {
    for (const careType of ['KDV', 'PG', 'BSO'] as const) expect(requiredStaff({ careType, date, birthDates: [] })).toMatchObject({ ok: true, staff: 0 })
  })

  it('computes whole years from the birth date, 29 February included', () => {
    expect(ageInYears('2025-06-15', '2026-06-15')).toBe(1)
    expect(ageInYears('2025-06-16', '2026-06-15')).toBe(0)
    expect(ageInYears('2024-02-29', '2025-02-28')).toBe(0)
    expect(ageInYears('2024-02-29', '2025-03-01')).toBe(1)
  })

  it('refuses a birth date after the date, and throws on a malformed one', () => {
    expect(staffOf(requiredStaff({ careType: 'KDV', date, birthDates: ['2026-06-16'] }))).toBe('nog-niet-geboren')
    expect(() => requiredStaff({ careType: 'KDV', date, birthDates: ['2026-02-30'] })).toThrow(RangeError)
  })
})

// Properties: the requirement, with a refusal counted as "more than any number of staff".
const rank = (r: StaffRatioResult): number => (r.ok ? r.staff : Number.POSITIVE_INFINITY)

describe('properties', () => {
  const dayCareAges = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 18 })
  const bsoAges = fc.array(fc.integer({ min: 4, max: 12 }), { maxLength: 32 })
  const cases = [['KDV', dayCareAges, 5], ['BSO', bsoAges, 12]] as const

  it.each(cases)('%s: adding a child never lowers the requirement', (careType, ages, maxAge) => {
    fc.assert(fc.property(ages, fc.integer({ min: 0, max: maxAge }), (list, extra) => {
      const before = requiredStaff({ careType, date, birthDates: list.map(bornAged) })
      const after = requiredStaff({ careType, date, birthDates: [...list, extra].map(bornAged) })
      expect(rank(after)).toBeGreaterThanOrEqual(rank(before))
    }), { numRuns: 300 })
  })

  it.each(cases)('%s: monotone in the number of children of each age band', (careType, ages) => {
    // Adding any number of children of any bands (a superset) never lowers it; the order does not matter.
    fc.assert(fc.property(ages, ages, (base, more) => {
      const small = requiredStaff({ careType, date, birthDates: base.map(bornAged) })
      const big = requiredStaff({ careType, date, birthDates: [...more, ...base].map(bornAged) })
      expect(rank(big)).toBeGreaterThanOrEqual(rank(small))
      expect(requiredStaff({ careType, date, birthDates: [...base].reverse().map(bornAged) })).toEqual(small)
    }), { numRuns: 300 })
  })

  it('every accepted day-care group needs between 1 and 4 staff and never more than 16 children', () => {
    fc.assert(fc.property(dayCareAges, (list) => {
      const r = requiredStaff({ careType: 'KDV', date, birthDates: list.map(bornAged) })
      if (r.ok && list.length > 0) {
        expect(r.staff).toBeGreaterThanOrEqual(1)
        expect(r.staff).toBeLessThanOrEqual(4)
        expect(list.length).toBeLessThanOrEqual(16)
      }
    }), { numRuns: 300 })
  })
})
