import { describe, expect, it } from 'vitest'
import { accrualDeadline, swapHoursEarned, validReportedAt } from '../../../shared/rules'
import { amsterdamInstant } from '../../../shared/calendar'

const at = (iso: string) => new Date(iso)

describe('R4 accrual deadline', () => {
  it.each([
    ['KDV', '2026-12-02', undefined, '2026-12-02T07:00:00.000Z'],
    ['PG', '2026-12-02', undefined, '2026-12-02T07:30:00.000Z'],
    ['VSO', '2026-12-02', undefined, '2026-12-02T07:00:00.000Z'],
    ['BSO', '2026-12-02', '15:00', '2026-12-02T14:00:00.000Z'],
    ['BSO', '2026-12-23', '07:30', '2026-12-23T06:30:00.000Z'],
    ['BSO', '2026-06-10', '14:15', '2026-06-10T12:15:00.000Z'],
  ] as const)('%s on %s (care start %s) → %s', (careType, date, careStart, iso) => {
    expect(accrualDeadline({ careType, date, careStart }).toISOString()).toBe(iso)
  })

  it.each([
    ['2026-03-27', '2026-03-27T07:00:00.000Z'],
    ['2026-03-28', '2026-03-28T07:00:00.000Z'],
    ['2026-03-29', '2026-03-29T06:00:00.000Z'],
    ['2026-03-30', '2026-03-30T06:00:00.000Z'],
    ['2026-10-24', '2026-10-24T06:00:00.000Z'],
    ['2026-10-25', '2026-10-25T07:00:00.000Z'],
    ['2026-10-26', '2026-10-26T07:00:00.000Z'],
  ])('KDV deadline on %s is 08:00 Amsterdam = %s (daylight-saving weekends)', (date, iso) => {
    expect(accrualDeadline({ careType: 'KDV', date }).toISOString()).toBe(iso)
  })

  it('PG on both daylight-saving Sundays is 08:30 local', () => {
    expect(accrualDeadline({ careType: 'PG', date: '2026-03-29' }).toISOString()).toBe('2026-03-29T06:30:00.000Z')
    expect(accrualDeadline({ careType: 'PG', date: '2026-10-25' }).toISOString()).toBe('2026-10-25T07:30:00.000Z')
  })

  const earned = (careType: 'KDV' | 'PG' | 'VSO' | 'BSO', date: string, reportedAt: Date, careStart?: string) =>
    swapHoursEarned({ careType, contract: careType === 'BSO' ? 'schoolweken' : 'standaard', date, careStart, hours: 2, reportedAt, balance: 0 })

  it.each([
    ['KDV', '2026-12-02', '07:59', 2], ['KDV', '2026-12-02', '08:00', 0],
    ['PG', '2026-12-02', '08:29', 2], ['PG', '2026-12-02', '08:30', 0],
    ['VSO', '2026-12-02', '07:59', 2], ['VSO', '2026-12-02', '08:00', 0],
    ['KDV', '2026-03-29', '07:59', 2], ['KDV', '2026-03-29', '08:00', 0],
    ['KDV', '2026-10-25', '07:59', 2], ['KDV', '2026-10-25', '08:00', 0],
  ] as const)('%s on %s reported at %s local earns %i h', (careType, date, time, hours) => {
    expect(earned(careType, date, amsterdamInstant(date, time))).toBe(hours)
  })

  it('the deadline is sharp to the millisecond', () => {
    expect(earned('KDV', '2026-12-02', at('2026-12-02T06:59:59.999Z'))).toBe(2)
    expect(earned('KDV', '2026-12-02', at('2026-12-02T07:00:00.000Z'))).toBe(0)
  })

  it('BSO: before the start of that day\'s care, and not at it', () => {
    expect(earned('BSO', '2026-12-02', amsterdamInstant('2026-12-02', '14:59'), '15:00')).toBe(2)
    expect(earned('BSO', '2026-12-02', amsterdamInstant('2026-12-02', '15:00'), '15:00')).toBe(0)
    expect(earned('BSO', '2026-12-23', amsterdamInstant('2026-12-23', '07:30'), '07:30')).toBe(0)
    expect(earned('BSO', '2026-12-23', amsterdamInstant('2026-12-23', '07:29'), '07:30')).toBe(2)
  })

  it('a report on an earlier day is on time, even late in the evening', () => {
    expect(earned('KDV', '2026-12-02', amsterdamInstant('2026-12-01', '23:59'))).toBe(2)
    expect(earned('PG', '2026-03-29', amsterdamInstant('2026-03-28', '22:00'))).toBe(2)
    expect(earned('BSO', '2026-12-02', amsterdamInstant('2026-11-20', '18:00'), '15:00')).toBe(2)
    // 23:30 UTC on 1 December is already 00:30 on 2 December in Amsterdam: still before 08:00.
    expect(earned('KDV', '2026-12-02', at('2026-12-01T23:30:00Z'))).toBe(2)
  })
})

describe('R4 gemeld om', () => {
  const entered = amsterdamInstant('2026-12-02', '08:10')
  it.each([
    ['07:45 entered 08:10 (a phone call)', amsterdamInstant('2026-12-02', '07:45'), 'ok'],
    ['the moment of entry itself', entered, 'ok'],
    ['00:00 the same day', amsterdamInstant('2026-12-02', '00:00'), 'ok'],
    ['later than the entry', amsterdamInstant('2026-12-02', '08:11'), 'gemeld-om-na-invoer'],
    ['the evening before', amsterdamInstant('2026-12-01', '23:59'), 'gemeld-om-andere-dag'],
  ])('%s → %s', (_label, reportedAt, expected) => {
    const v = validReportedAt({ reportedAt, enteredAt: entered })
    expect(v.ok ? 'ok' : v.code).toBe(expected)
  })

  it('"the same day" is the Amsterdam day, not the UTC one', () => {
    // 00:30 Amsterdam on 2 December is 23:30 UTC on 1 December.
    const v = validReportedAt({ reportedAt: at('2026-12-01T23:30:00Z'), enteredAt: entered })
    expect(v).toEqual({ ok: true })
  })
})
