import { describe, expect, it } from 'vitest'
import { previewSwapHours, type SwapHoursPreviewInput } from '../../../../renderer/src/features/attendance/swap-hours-preview'
import { bso, credit, kdv } from './fixtures'

// 2026-12-02 is a Wednesday in winter: 08:00 in Amsterdam is 07:00 UTC.
const base: SwapHoursPreviewInput = {
  careType: 'KDV', contract: 'standaard', date: '2026-12-02', parts: [kdv.dayParts[0]!],
  reportedAt: new Date('2026-12-02T06:45:00.000Z'), wentHome: false, ledger: [],
}

describe('swap hours shown before an absence is saved (R4–R7)', () => {
  it('earns the hours of the day part missed when reported before the KDV deadline of 08:00', () => {
    const p = previewSwapHours(base)
    expect(p).toMatchObject({ verdict: 'opgebouwd', earned: 5.5, hours: 5.5, balance: 0, cap: 33 })
    expect(p.parts[0]?.deadline.toISOString()).toBe('2026-12-02T07:00:00.000Z')
  })

  it('earns nothing at 08:00 sharp or later ("te laat gemeld"), and a report the day before is on time', () => {
    expect(previewSwapHours({ ...base, reportedAt: new Date('2026-12-02T07:00:00.000Z') })).toMatchObject({ verdict: 'te-laat', earned: 0 })
    expect(previewSwapHours({ ...base, reportedAt: new Date('2026-12-01T20:00:00.000Z') })).toMatchObject({ verdict: 'opgebouwd', earned: 5.5 })
  })

  it('earns up to the cap and says the maximum is reached; at the cap it earns nothing', () => {
    const near = previewSwapHours({ ...base, ledger: [credit('k-1', 30, '2026-11-20')] })
    expect(near).toMatchObject({ verdict: 'tot-maximum', earned: 3, balance: 30 })
    const full = previewSwapHours({ ...base, ledger: [credit('k-1', 33, '2026-11-20')] })
    expect(full).toMatchObject({ verdict: 'maximum-bereikt', earned: 0, balance: 33 })
  })

  it('counts only swap hours of this care type that are still valid toward the cap', () => {
    const otherType = credit('k-1', 33, '2026-11-20', 'BSO')
    const expired = credit('k-1', 33, '2026-06-01')
    expect(previewSwapHours({ ...base, ledger: [otherType, expired] })).toMatchObject({ verdict: 'opgebouwd', earned: 5.5, balance: 0 })
  })

  it('never earns on a Qflexibel contract, nor after going home during the day (R5, R7)', () => {
    expect(previewSwapHours({ ...base, contract: 'qflexibel' })).toMatchObject({ verdict: 'qflexibel', earned: 0, cap: 0 })
    expect(previewSwapHours({ ...base, wentHome: true })).toMatchObject({ verdict: 'naar-huis', earned: 0 })
  })

  it('adds up several day parts against one balance, so two halves cannot pass the cap together', () => {
    const p = previewSwapHours({ ...base, parts: [kdv.dayParts[0]!, kdv.dayParts[1]!], ledger: [credit('k-1', 28, '2026-11-20')] })
    expect(p.parts.map((x) => x.earned)).toEqual([5, 0])
    expect(p).toMatchObject({ verdict: 'tot-maximum', earned: 5, hours: 11 })
  })

  it('takes the BSO deadline from the group’s start of care that day (naschools 15:00, holiday 07:30) and its contract cap', () => {
    const at1430 = new Date('2026-12-02T13:30:00.000Z')
    const school = previewSwapHours({ ...base, careType: 'BSO', contract: 'schoolweken', parts: [bso.dayParts[0]!], reportedAt: at1430 })
    expect(school).toMatchObject({ verdict: 'opgebouwd', earned: 3.5, cap: 12 })
    const holiday = previewSwapHours({ ...base, careType: 'BSO', contract: '52-weken', parts: [bso.dayParts[1]!], reportedAt: at1430 })
    expect(holiday).toMatchObject({ verdict: 'te-laat', earned: 0, cap: 22 })
  })
})
