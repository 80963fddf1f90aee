// Every worked example of SPEC §4, through the public contract only.
import { describe, expect, it } from 'vitest'
import * as rules from '../../../shared/rules'
import { amsterdamInstant } from '../../../shared/calendar'

describe('SPEC §4 worked examples', () => {
  it('requestWindow: 2026-12-01 from 2026-11-27 ok; from 2026-11-28 staff only', () => {
    expect(rules.requestWindow({ date: '2026-12-01', today: '2026-11-27', by: 'ouder' })).toEqual({ ok: true })
    const v = rules.requestWindow({ date: '2026-12-01', today: '2026-11-28', by: 'ouder' })
    expect(v.ok).toBe(false)
    if (!v.ok) {
      expect(v.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(v.message.length).toBeGreaterThan(10)
    }
    expect(rules.requestWindow({ date: '2026-12-01', today: '2026-11-28', by: 'medewerker' })).toEqual({ ok: true })
  })

  it('KDV 2026-12-02: reported 07:59 Amsterdam earns, 08:00 does not', () => {
    const a = { careType: 'KDV' as const, contract: 'standaard' as const, date: '2026-12-02', hours: 5.5, balance: 0 }
    expect(rules.swapHoursEarned({ ...a, reportedAt: amsterdamInstant('2026-12-02', '07:59') })).toBe(5.5)
    expect(rules.swapHoursEarned({ ...a, reportedAt: amsterdamInstant('2026-12-02', '08:00') })).toBe(0)
    expect(rules.accrualDeadline({ careType: 'KDV', date: '2026-12-02' })).toEqual(new Date('2026-12-02T07:00:00Z'))
  })

  it('KDV balance 30 h, 5.5 h missed → 3 h', () => {
    expect(rules.swapHoursEarned({ careType: 'KDV', contract: 'standaard', date: '2026-12-02', hours: 5.5, reportedAt: new Date('2026-12-01T12:00:00Z'), balance: 30 })).toBe(3)
    expect(rules.swapHoursCap('KDV', 'standaard')).toBe(33)
  })

  it('52-weken BSO Mon+Wed: study day Wednesday → inclusief, Thursday → factuur', () => {
    const a = { careType: 'BSO' as const, contract: '52-weken' as const, studyDay: true, contractWeekdays: [1, 3], hours: 11, swapBalance: 20 }
    expect(rules.paymentOptions({ ...a, date: '2026-12-02' })).toEqual(['inclusief'])
    expect(rules.paymentOptions({ ...a, date: '2026-12-03' })).toEqual(['factuur'])
  })

  it('invoiceDate(2026-11-23) → 2026-12-10', () => {
    expect(rules.invoiceDate('2026-11-23')).toBe('2026-12-10')
  })

  it('canCancelQBlock is part of the contract', () => {
    expect(rules.canCancelQBlock({ date: '2026-12-11', today: '2026-12-01' })).toEqual({ ok: true })
  })
})

describe('verdict messages', () => {
  it('every code is stable kebab-case with a Dutch message', () => {
    for (const [code, message] of Object.entries(rules.verdictMessages)) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(message).toMatch(/^[A-Z‘]/)
      expect(message).not.toMatch(/\b(the|cannot|must)\b/)
    }
  })
})
