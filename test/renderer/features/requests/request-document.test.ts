// The documents `Aanbieden ter goedkeuring` writes: the request in its start state, submitted by staff
// with who/where/when, and the reservation of what a balance pays (R20), or a Dutch refusal.
import { describe, expect, it } from 'vitest'
import { ledgerBalance } from '../../../../shared/rules'
import { buildRequest, type RequestDraft } from '../../../../renderer/src/features/requests/request-document'
import { requestOffer, type OfferInput } from '../../../../renderer/src/features/requests/request-offer'
import { bso, bsoChild, entry, kdv, kdvChild, swapCredit, today } from './fixtures'

const at = new Date('2026-11-23T10:15:00.000Z')

function draft(offerInput: OfferInput, over: Partial<RequestDraft> = {}): RequestDraft {
  return {
    id: 'r-1', child: { id: 'k-1' }, group: offerInput.group, locationId: 'loc-1', date: offerInput.date,
    offer: requestOffer(offerInput), payment: 'factuur', remarks: '', ledger: offerInput.ledger, by: 'mw-1', device: 'pc-a', at, ...over,
  }
}

const kdvDay = (ledger: OfferInput['ledger'] = []): OfferInput =>
  ({ child: kdvChild(), group: kdv, date: '2026-12-01', today, studyDay: false, ledger, dayPart: 'hele dag' })

describe('building a request', () => {
  it('paid with ruiluren: a ruildag in its start state, and its reservation gereserveerd:<id> of the day part hours, dated today', () => {
    const ledger = [swapCredit('k-1', 20)]
    const built = buildRequest(draft(kdvDay(ledger), { payment: 'ruiluren', remarks: '  Oma is ziek.  ' }))
    if (!built.ok) throw new Error(built.message)
    expect(built.request).toEqual({
      id: 'r-1', childId: 'k-1', groupId: kdv.id, locationId: 'loc-1', careType: 'KDV', contract: 'standaard', date: '2026-12-01',
      dayPart: 'hele dag', kind: 'ruildag', payment: 'ruiluren', hours: 11, remarks: 'Oma is ziek.', submittedVia: 'medewerker',
      status: 'ingediend', decisions: [], by: 'mw-1', device: 'pc-a', at: at.toISOString(), updatedAt: at.toISOString(),
    })
    expect(built.reservation).toEqual({
      id: 'gereserveerd:r-1', childId: 'k-1', locationId: 'loc-1', unit: 'ruiluren', careType: 'KDV', kind: 'gereserveerd',
      amount: 11, date: today, sourceId: 'r-1', by: 'mw-1', device: 'pc-a', at: at.toISOString(),
    })
    const after = ledgerBalance({ entries: [...ledger, built.reservation!], unit: 'ruiluren', careType: 'KDV', today })
    expect([after.valid, after.reserved]).toEqual([9, 11])
  })

  it('on the invoice: the invoice hours and date (R15), nothing reserved', () => {
    const built = buildRequest(draft(kdvDay(), { payment: 'factuur' }))
    expect(built).toMatchObject({ ok: true, reservation: null, request: { kind: 'extra dag', invoiceHours: 11, invoiceDate: '2027-01-10' } })
  })

  it('a study day included in a 52-weken contract is neither billed nor reserved', () => {
    const input: OfferInput = { child: bsoChild('b-1', '52-weken'), group: bso, date: '2026-12-02', today, studyDay: true, ledger: [] }
    const built = buildRequest({ ...draft(input, { payment: 'inclusief' }), child: { id: 'b-1' } })
    if (!built.ok) throw new Error(built.message)
    expect(built.reservation).toBeNull()
    expect(built.request).toMatchObject({ kind: 'studiedag', payment: 'inclusief', dayPart: 'hele dag', contract: '52-weken' })
    expect(built.request).not.toHaveProperty('invoiceDate')
  })

  it('a holiday day from the holiday contract reserves one day', () => {
    const ledger = [entry('b-1', { unit: 'vakantiedagen', kind: 'contract', amount: 3 })]
    const input: OfferInput = { child: bsoChild('b-1', 'schoolweken'), group: bso, date: '2026-12-02', today, studyDay: false, ledger, kind: 'Vakantiedagen BSO (RP)' }
    const built = buildRequest({ ...draft(input, { payment: 'vakantietegoed' }), child: { id: 'b-1' } })
    expect(built).toMatchObject({ ok: true, request: { kind: 'Vakantiedagen BSO (RP)' }, reservation: { unit: 'vakantiedagen', amount: 1 } })
  })

  it('Qflexibel hours that do not cover the day: the balance pays what it holds, the invoice the rest', () => {
    const child = kdvChild('q-1', { placements: [{ ...kdvChild().placements[0]!, contract: 'qflexibel' }] })
    const ledger = [entry('q-1', { unit: 'flexuren', kind: 'contract', amount: 4.333 })]
    const input: OfferInput = { child, group: kdv, date: '2026-12-01', today, studyDay: false, ledger, dayPart: 'ochtend' }
    const built = buildRequest({ ...draft(input, { payment: 'flexuren+factuur' }), child: { id: 'q-1' } })
    expect(built).toMatchObject({
      ok: true,
      request: { kind: 'Q-blok', hours: 5.5, flexHours: 4.33, invoiceHours: 1.17, invoiceDate: '2027-01-10' },
      reservation: { unit: 'flexuren', amount: 4.33 },
    })
  })

  it('refuses a payment the offer does not allow, a refused date, and hours spent since the offer', () => {
    expect(buildRequest(draft(kdvDay([swapCredit('k-1', 5)]), { payment: 'ruiluren' }))).toMatchObject({ ok: false, code: 'betaling-niet-toegestaan' })
    expect(buildRequest(draft({ ...kdvDay(), date: '2026-12-31' }))).toMatchObject({ ok: false, code: 'te-ver-vooruit' })
    // The offer saw 11 valid hours; by the time of submitting another request holds 5 of them.
    const offered = draft(kdvDay([swapCredit('k-1', 11)]), { payment: 'ruiluren' })
    const held = entry('k-1', { unit: 'ruiluren', careType: 'KDV', kind: 'gereserveerd', amount: 5, sourceId: 'r-0' })
    expect(buildRequest({ ...offered, ledger: [...offered.ledger, held] }))
      .toEqual({ ok: false, code: 'onvoldoende-tegoed', message: 'Het geldige tegoed is niet genoeg voor deze aanvraag.' })
  })
})
