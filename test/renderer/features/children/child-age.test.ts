import { describe, expect, it } from 'vitest'
import { ageOn } from '../../../../renderer/src/features/children/child-age'

describe('a child\'s age on a calendar day', () => {
  it('counts whole months: a month older on the day of the month it was born', () => {
    expect(ageOn('2023-03-15', '2026-11-14')).toEqual({ years: 3, months: 7 })
    expect(ageOn('2023-03-15', '2026-11-15')).toEqual({ years: 3, months: 8 })
    expect(ageOn('2023-03-15', '2027-03-15')).toEqual({ years: 4, months: 0 })
    expect(ageOn('2023-03-15', '2027-03-14')).toEqual({ years: 3, months: 11 })
  })

  it('is 0 on the day of birth and for a baby of a few weeks, never negative for a date of birth ahead', () => {
    expect(ageOn('2026-11-01', '2026-11-01')).toEqual({ years: 0, months: 0 })
    expect(ageOn('2026-10-20', '2026-11-10')).toEqual({ years: 0, months: 0 })
    expect(ageOn('2026-12-01', '2026-11-10')).toEqual({ years: 0, months: 0 })
  })

  it('takes a leap-day child a month further on the 1st after a short February', () => {
    expect(ageOn('2024-02-29', '2025-02-28')).toEqual({ years: 0, months: 11 })
    expect(ageOn('2024-02-29', '2025-03-01')).toEqual({ years: 1, months: 0 })
  })
})
