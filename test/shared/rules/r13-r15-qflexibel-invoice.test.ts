import { describe, expect, it } from 'vitest'
import { canCancelQBlock, canTopUpFlex, flexExpiry, invoiceDate } from '../../../shared/rules'

const code = (v: { ok: boolean; code?: string }) => (v.ok ? 'ok' : v.code)

describe('R13 Q-block cancellation', () => {
  it.each([
    ['2026-12-12', 'ok'], ['2026-12-11', 'ok'], ['2026-12-10', 'qblok-te-laat'], ['2026-12-01', 'qblok-te-laat'], ['2026-11-30', 'qblok-te-laat'],
  ])('Q-block on %s, cancelled on 2026-12-01 → %s (10 days ahead is the last chance)', (date, expected) => {
    expect(code(canCancelQBlock({ date, today: '2026-12-01' }))).toBe(expected)
  })

  it('counts calendar days over the daylight-saving weekends', () => {
    expect(code(canCancelQBlock({ date: '2026-04-04', today: '2026-03-25' }))).toBe('ok')
    expect(code(canCancelQBlock({ date: '2026-04-03', today: '2026-03-25' }))).toBe('qblok-te-laat')
    expect(code(canCancelQBlock({ date: '2026-11-01', today: '2026-10-22' }))).toBe('ok')
    expect(code(canCancelQBlock({ date: '2026-10-31', today: '2026-10-22' }))).toBe('qblok-te-laat')
  })
})

describe('R14 Qflexibel balance', () => {
  it.each([
    ['2026-01-01', 'ok'], ['2026-06-30', 'ok'], ['2026-07-01', 'ok'], ['2026-07-02', 'ophogen-na-1-juli'], ['2026-12-31', 'ophogen-na-1-juli'],
  ])('top up on %s → %s', (today, expected) => {
    expect(code(canTopUpFlex(today))).toBe(expected)
  })

  it('unused hours expire on 1 January of the next year', () => {
    expect(flexExpiry(2026)).toBe('2027-01-01')
    expect(flexExpiry(2027)).toBe('2028-01-01')
  })
})

describe('R15 invoicing in arrears', () => {
  it.each([
    ['2026-11-23', '2026-12-10'], ['2026-11-01', '2026-12-10'], ['2026-11-30', '2026-12-10'],
    ['2026-12-01', '2027-01-10'], ['2026-12-31', '2027-01-10'], ['2026-01-31', '2026-02-10'],
    ['2026-03-29', '2026-04-10'], ['2026-10-25', '2026-11-10'],
  ])('care on %s is on the invoice dated %s', (careDate, expected) => {
    expect(invoiceDate(careDate)).toBe(expected)
  })
})
