// What Dag aanvragen offers for a child and a date: the shared rules' answer, examples and properties.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../../shared/calendar'
import { paymentOptions } from '../../../../shared/rules'
import { requestOffer, type OfferInput } from '../../../../renderer/src/features/requests/request-offer'
import { bso, bsoChild, entry, kdv, kdvChild, swapCredit, today } from './fixtures'

const kdvInput = (over: Partial<OfferInput> = {}): OfferInput => ({
  child: kdvChild(), group: kdv, date: '2026-12-01', today, studyDay: false, ledger: [], ...over,
})

describe('the request window for staff (R1–R3)', () => {
  it('refuses a date 30 days ahead with the Dutch reason, and offers no payment', () => {
    const offer = requestOffer(kdvInput({ date: addDays(today, 30) }))
    expect(offer.window).toEqual({ ok: false, code: 'te-ver-vooruit', message: 'Opvang kan maximaal 28 dagen van tevoren worden aangevraagd.' })
    expect(offer.payments).toEqual([])
  })

  it('refuses a past date, allows today and 28 days ahead', () => {
    expect(requestOffer(kdvInput({ date: addDays(today, -1) })).window).toMatchObject({ ok: false, code: 'datum-verleden' })
    expect(requestOffer(kdvInput({ date: today })).window.ok).toBe(true)
    expect(requestOffer(kdvInput({ date: addDays(today, 28) })).window.ok).toBe(true)
  })

  it('tells what a parent would have been told: too close, taxi, study day', () => {
    expect(requestOffer(kdvInput({ date: addDays(today, 2) })).parentWindow).toMatchObject({ ok: false, code: 'te-kort-van-tevoren' })
    expect(requestOffer(kdvInput({ child: kdvChild('k-2', { taxi: true }) })).parentWindow).toMatchObject({ ok: false, code: 'taxi-alleen-medewerker' })
    const study = requestOffer({ ...kdvInput(), child: bsoChild('b-1', '52-weken'), group: bso, date: '2026-12-02', studyDay: true })
    expect(study.window.ok).toBe(true)
    expect(study.parentWindow).toMatchObject({ ok: false, code: 'studiedag-alleen-medewerker' })
    expect(requestOffer(kdvInput()).parentWindow.ok).toBe(true)
  })
})

describe('kinds, day parts and hours', () => {
  it('a KDV child asks an extra day of any of the group day parts, with their hours', () => {
    const offer = requestOffer(kdvInput({ dayPart: 'ochtend' }))
    expect(offer.kinds).toEqual(['extra dag'])
    expect(offer.dayParts).toEqual(['ochtend', 'middag', 'hele dag'])
    expect([offer.dayPart, offer.hours]).toEqual(['ochtend', 5.5])
    expect(requestOffer(kdvInput({ dayPart: 'hele dag' })).hours).toBe(11)
  })

  it('a BSO child: naschools for an extra day, hele dag for holiday kinds; the RP kind only with a holiday day left', () => {
    const base = { ...kdvInput(), child: bsoChild('b-1', 'schoolweken'), group: bso }
    const extra = requestOffer(base)
    expect(extra.kinds).toEqual(['extra dag', 'Extra vakantiedag BSO'])
    expect([extra.dayParts, extra.hours]).toEqual([['naschools'], 3.5])
    const withDays = [entry('b-1', { unit: 'vakantiedagen', kind: 'contract', amount: 2 })]
    const holiday = requestOffer({ ...base, ledger: withDays, kind: 'Vakantiedagen BSO (RP)' })
    expect(holiday.kinds).toContain('Vakantiedagen BSO (RP)')
    expect([holiday.dayParts, holiday.payments]).toEqual([['hele dag'], ['vakantietegoed']])
    expect(requestOffer({ ...base, kind: 'Extra vakantiedag BSO' }).payments).toEqual(['factuur'])
  })

  it('a kind or day part no longer offered falls back to the first that is', () => {
    const offer = requestOffer(kdvInput({ kind: 'Q-blok', dayPart: 'naschools' }))
    expect([offer.kind, offer.dayPart]).toEqual(['extra dag', 'ochtend'])
  })
})

describe('payments: ONLY what paymentOptions allows (R9, R10)', () => {
  it('offers ruiluren only when the valid balance covers the whole day', () => {
    const wholeDay = (ledger: OfferInput['ledger']) => requestOffer(kdvInput({ ledger, dayPart: 'hele dag' })).payments
    expect(wholeDay([swapCredit('k-1', 11)])).toEqual(['ruiluren', 'factuur'])
    expect(wholeDay([swapCredit('k-1', 10.5)])).toEqual(['factuur'])
    // Expired credit (R8: valid 120 days) pays nothing; BSO hours do not pay a KDV day.
    expect(wholeDay([swapCredit('k-1', 11, 'KDV', addDays(today, -121))])).toEqual(['factuur'])
    expect(wholeDay([swapCredit('k-1', 11, 'BSO')])).toEqual(['factuur'])
  })

  it('a study day is never paid with ruiluren: a 52-weken weekday of the contract is inclusief, another day factuur', () => {
    const child = bsoChild('b-1', '52-weken')
    const ledger = [swapCredit('b-1', 20, 'BSO')]
    const on = (date: string) => requestOffer({ child, group: bso, date, today, studyDay: true, ledger })
    expect(on('2026-12-02')).toMatchObject({ kinds: ['studiedag'], dayParts: ['hele dag'], hours: 11, payments: ['inclusief'] }) // a Wednesday
    expect(on('2026-12-03').payments).toEqual(['factuur']) // a Thursday
    expect(requestOffer({ child: bsoChild('b-2', 'schoolweken'), group: bso, date: '2026-12-02', today, studyDay: true, ledger }).payments).toEqual(['factuur'])
  })

  it('a closed school does not touch day care: a KDV day stays an extra day that swap hours may pay', () => {
    const offer = requestOffer(kdvInput({ studyDay: true, dayPart: 'ochtend', ledger: [swapCredit('k-1', 6)] }))
    expect(offer).toMatchObject({ studyDay: false, kinds: ['extra dag'], payments: ['ruiluren', 'factuur'] })
    expect(offer.parentWindow.ok).toBe(true)
  })

  it('Qflexibel books a Q-block from flexible hours, combined with the invoice when they do not cover, never ruiluren', () => {
    const child = kdvChild('q-1', { placements: [{ ...kdvChild().placements[0]!, contract: 'qflexibel' }] })
    const flex = (amount: number) => entry('q-1', { unit: 'flexuren', kind: 'contract', amount })
    const offer = (ledger: ReturnType<typeof flex>[]) => requestOffer({ child, group: kdv, date: '2026-12-01', today, studyDay: false, ledger: [...ledger, swapCredit('q-1', 30)] })
    expect(offer([flex(40)])).toMatchObject({ kinds: ['Q-blok'], payments: ['flexuren', 'factuur'] })
    expect(offer([flex(4)]).payments).toEqual(['flexuren+factuur', 'factuur'])
    expect(offer([]).payments).toEqual(['factuur'])
  })

  it('property: for a KDV extra day the offer is exactly paymentOptions over the valid balance', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ amount: fc.integer({ min: 1, max: 40 }), back: fc.integer({ min: 0, max: 200 }) }), { maxLength: 5 }),
      fc.constantFrom('ochtend', 'middag', 'hele dag' as const),
      fc.integer({ min: 0, max: 28 }),
      (credits, dayPart, ahead) => {
        const ledger = credits.map((c) => swapCredit('k-1', c.amount, 'KDV', addDays(today, -c.back)))
        const date = addDays(today, ahead)
        const offer = requestOffer(kdvInput({ ledger, date, dayPart }))
        const valid = credits.filter((c) => c.back <= 120).reduce((s, c) => s + c.amount, 0)
        const expected = paymentOptions({ careType: 'KDV', contract: 'standaard', date, studyDay: false, contractWeekdays: [1, 2, 3, 4, 5], hours: offer.hours, swapBalance: valid })
        expect(offer.payments).toEqual(expected)
        expect(offer.payments.includes('ruiluren')).toBe(valid >= offer.hours)
      },
    ))
  })
})
