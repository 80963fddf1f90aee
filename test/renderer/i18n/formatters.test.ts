// Dates, hours and amounts follow the app's language: a decimal comma and Dutch month names in Dutch,
// a decimal point and English names in English, from the one formatter each in renderer/src/i18n.
import { describe, expect, it } from 'vitest'
import { formatHours } from '../../../renderer/src/features/attendance/format-hours'
import { formatAmount, formatSigned } from '../../../renderer/src/features/credits/format-amount'
import { longDate, weekdayDate } from '../../../renderer/src/i18n/format-date'
import { formatNumber } from '../../../renderer/src/i18n/format-number'
import { translator } from '../../../renderer/src/i18n/translate'

const nl = translator('nl')
const en = translator('en')

describe('formatNumber', () => {
  it('writes a decimal comma in Dutch and a point in English, whole numbers without decimals', () => {
    expect(formatNumber('nl', 2.5)).toBe('2,5')
    expect(formatNumber('en', 2.5)).toBe('2.5')
    expect(formatNumber('nl', 11)).toBe('11')
    expect(formatNumber('nl', 0.75)).toBe('0,75')
  })

  it('rounds to two decimals, without float noise or a negative zero', () => {
    expect(formatNumber('nl', 0.1 + 0.2)).toBe('0,3')
    expect(formatNumber('en', 5.555)).toBe('5.56')
    expect(formatNumber('nl', -0.001)).toBe('0')
    expect(formatNumber('nl', -2.25)).toBe('-2,25')
  })

  it('has no thousands separator, which would read as a decimal in the other language', () => {
    expect(formatNumber('nl', 1234.5)).toBe('1234,5')
    expect(formatNumber('en', 1234.5)).toBe('1234.5')
  })
})

describe('hours and amounts on the screens', () => {
  it('follow the translator they are given', () => {
    expect(formatHours(nl, 5.5)).toBe('5,5')
    expect(formatHours(en, 5.5)).toBe('5.5')
    expect(formatAmount(nl, 'ruiluren', 2.5)).toBe('2,5 uur')
    expect(formatAmount(en, 'ruiluren', 2.5)).toBe('2.5 h')
    expect(formatAmount(nl, 'vakantiedagen', 1)).toBe('1 dag')
    expect(formatSigned(nl, 'flexuren', -5.5)).toBe('−5,5 uur')
  })
})

describe('dates', () => {
  it('are Dutch on a Dutch screen and English on an English one, on the calendar day itself', () => {
    expect(weekdayDate('2026-11-24', nl.locale)).toBe('dinsdag 24 november 2026')
    expect(longDate('2026-12-02', nl.locale)).toBe('2 december 2026')
    expect(weekdayDate('2026-11-24', en.locale)).toBe('Tuesday 24 November 2026')
    // Across the DST change: 25 October 2026 stays the 25th.
    expect(weekdayDate('2026-10-25')).toBe('zondag 25 oktober 2026')
  })
})
