import { describe, expect, it } from 'vitest'
import { dayPartHours } from '../../../shared/rules'

describe('R6 day-part hours (the hours missed)', () => {
  it.each([
    ['07:30', '13:00', 5.5], ['13:00', '18:30', 5.5], ['08:30', '12:30', 4], ['07:30', '08:30', 1], ['15:00', '18:30', 3.5], ['07:30', '18:30', 11],
  ])('%s–%s = %d h (SPEC §7 opening times)', (start, end, hours) => {
    expect(dayPartHours({ start, end })).toBe(hours)
  })

  it('refuses a day part that ends before it starts or is malformed', () => {
    expect(() => dayPartHours({ start: '13:00', end: '07:30' })).toThrow(RangeError)
    expect(() => dayPartHours({ start: '13:00', end: '13:00' })).toThrow(RangeError)
    expect(() => dayPartHours({ start: '7:30', end: '13:00' })).toThrow(RangeError)
  })
})
