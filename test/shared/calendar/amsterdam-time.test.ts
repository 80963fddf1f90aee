import { describe, expect, it } from 'vitest'
import { amsterdamDate, amsterdamInstant, amsterdamTime, isTimeString, minutesOfDay } from '../../../shared/calendar'

describe('Amsterdam instants', () => {
  it.each([
    // Winter time (CET, UTC+1) before and after the spring-forward night of 2026-03-29.
    ['2026-03-28', '08:00', '2026-03-28T07:00:00.000Z'],
    ['2026-03-29', '08:00', '2026-03-29T06:00:00.000Z'],
    ['2026-03-30', '08:00', '2026-03-30T06:00:00.000Z'],
    ['2026-03-29', '01:59', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    // Summer time (CEST, UTC+2) ends the night of 2026-10-25.
    ['2026-10-24', '08:00', '2026-10-24T06:00:00.000Z'],
    ['2026-10-25', '08:00', '2026-10-25T07:00:00.000Z'],
    ['2026-10-26', '08:00', '2026-10-26T07:00:00.000Z'],
    ['2026-12-02', '07:59', '2026-12-02T06:59:00.000Z'],
    ['2026-07-01', '00:00', '2026-06-30T22:00:00.000Z'],
  ])('amsterdamInstant(%s, %s) = %s', (date, time, iso) => {
    expect(amsterdamInstant(date, time).toISOString()).toBe(iso)
  })

  it('maps instants back to the Amsterdam date and time, not the UTC ones', () => {
    expect(amsterdamDate(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02')
    expect(amsterdamDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01')
    expect(amsterdamDate(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30')
    expect(amsterdamTime(new Date('2026-03-29T01:00:00Z'))).toBe('03:00')
    expect(amsterdamTime(new Date('2026-10-25T00:30:00Z'))).toBe('02:30')
    expect(amsterdamTime(new Date('2026-10-25T01:30:00Z'))).toBe('02:30')
  })

  it('round-trips every quarter hour of both daylight-saving days outside the shifted hour', () => {
    for (const date of ['2026-03-29', '2026-10-25']) {
      for (let m = 0; m < 24 * 60; m += 15) {
        if (m >= 120 && m < 180) continue
        const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
        const instant = amsterdamInstant(date, time)
        expect([amsterdamDate(instant), amsterdamTime(instant)]).toEqual([date, time])
      }
    }
  })

  it('reads and rejects clock times', () => {
    expect(minutesOfDay('07:30')).toBe(450)
    expect(isTimeString('24:00')).toBe(false)
    expect(isTimeString('7:30')).toBe(false)
    expect(() => amsterdamInstant('2026-12-02', '8:00')).toThrow(RangeError)
  })
})
