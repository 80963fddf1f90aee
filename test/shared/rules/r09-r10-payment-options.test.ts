import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { careTypes, contractKinds } from '../../../shared/domain/enums'
import { paymentOptions, signupBilling, type PaymentOptionsInput } from '../../../shared/rules'
import { addDays } from '../../../shared/calendar'

// 2026-12-02 is a Wednesday, 2026-12-03 a Thursday.
const bso52: PaymentOptionsInput = {
  careType: 'BSO', contract: '52-weken', date: '2026-12-02', studyDay: true, contractWeekdays: [1, 3], hours: 11, swapBalance: 22,
}
const kdv: PaymentOptionsInput = { careType: 'KDV', contract: 'standaard', date: '2026-12-02', studyDay: false, contractWeekdays: [1, 2], hours: 5.5, swapBalance: 0 }

describe('R9 study-day billing', () => {
  it('SPEC §4: 52-weken BSO on Mon+Wed, study day on a Wednesday → inclusief; on a Thursday → factuur', () => {
    expect(paymentOptions(bso52)).toEqual(['inclusief'])
    expect(paymentOptions({ ...bso52, date: '2026-12-03' })).toEqual(['factuur'])
  })

  it.each([
    ['schoolweken BSO on a contract weekday', { contract: 'schoolweken' as const }],
    ['52-weken BSO with no contract days', { contractWeekdays: [] }],
    ['a KDV child', { careType: 'KDV' as const, contract: 'standaard' as const }],
    ['a qflexibel contract with flex hours', { contract: 'qflexibel' as const, flexBalance: 50 }],
    ['a holiday study day with holiday days left', { holiday: true, holidayDays: 5, contract: 'schoolweken' as const }],
  ])('%s → factuur', (_label, change) => {
    expect(paymentOptions({ ...bso52, ...change })).toEqual(['factuur'])
  })

  it('sign-up sheet lines: inclusief only for 52-weken on a contract weekday', () => {
    expect(signupBilling({ contract: '52-weken', weekday: 3, contractWeekdays: [1, 3] })).toBe('inclusief')
    expect(signupBilling({ contract: '52-weken', weekday: 4, contractWeekdays: [1, 3] })).toBe('factuur')
    expect(signupBilling({ contract: 'schoolweken', weekday: 3, contractWeekdays: [1, 3] })).toBe('factuur')
  })

  it('property: never ruiluren (or any credit) on a study day', () => {
    fc.assert(fc.property(
      fc.constantFrom(...careTypes), fc.constantFrom(...contractKinds), fc.integer({ min: 0, max: 400 }),
      fc.uniqueArray(fc.integer({ min: 1, max: 7 })), fc.double({ min: 0, max: 40, noNaN: true }), fc.boolean(),
      (careType, contract, offset, contractWeekdays, balance, holiday) => {
        const date = addDays('2026-01-01', offset)
        const options = paymentOptions({ careType, contract, date, studyDay: true, contractWeekdays, hours: 4, swapBalance: balance, flexBalance: balance, holidayDays: balance, holiday })
        expect(options.length).toBe(1)
        expect(['factuur', 'inclusief']).toContain(options[0])
      },
    ))
  })
})

describe('R10 payment options', () => {
  it.each([
    [0, ['factuur']], [5, ['factuur']], [5.49, ['factuur']], [5.5, ['ruiluren', 'factuur']], [30, ['ruiluren', 'factuur']],
  ])('extra dag of 5.5 h with a valid balance of %d h → %j (no partial payment)', (swapBalance, expected) => {
    expect(paymentOptions({ ...kdv, swapBalance })).toEqual(expected)
  })

  it.each([
    [undefined, ['factuur']], [0, ['factuur']], [0.5, ['factuur']], [1, ['factuur', 'vakantietegoed']], [12, ['factuur', 'vakantietegoed']],
  ])('BSO holiday day with %s holiday days left → %j, never ruiluren', (holidayDays, expected) => {
    expect(paymentOptions({ ...bso52, studyDay: false, holiday: true, holidayDays, swapBalance: 22 })).toEqual(expected)
  })

  it.each([
    [undefined, ['factuur']], [0, ['factuur']], [2, ['flexuren+factuur', 'factuur']], [5.49, ['flexuren+factuur', 'factuur']],
    [5.5, ['flexuren', 'factuur']], [80, ['flexuren', 'factuur']],
  ])('qflexibel, 5.5 h, flex balance %s → %j', (flexBalance, expected) => {
    expect(paymentOptions({ ...kdv, contract: 'qflexibel', flexBalance, swapBalance: 33 })).toEqual(expected)
  })

  it('property: qflexibel never offers ruiluren; factuur is always offered', () => {
    fc.assert(fc.property(
      fc.constantFrom(...careTypes), fc.constantFrom(...contractKinds), fc.boolean(), fc.boolean(),
      fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 0.25, max: 11, noNaN: true }),
      (careType, contract, studyDay, holiday, swapBalance, flexBalance, hours) => {
        const options = paymentOptions({ careType, contract, date: '2026-12-02', studyDay, contractWeekdays: [3], hours, swapBalance, flexBalance, holiday, holidayDays: 3 })
        if (contract === 'qflexibel') expect(options).not.toContain('ruiluren')
        if (options.includes('ruiluren')) expect(swapBalance).toBeGreaterThanOrEqual(hours)
        expect(options.includes('factuur') || options.includes('inclusief')).toBe(true)
      },
    ))
  })
})
