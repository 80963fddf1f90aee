import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { ledgerBalance } from '../../../../shared/rules'
import { manualCreditCareTypes, manualCreditEntry, type ManualCreditInput } from '../../../../renderer/src/features/credits/manual-credit'
import { creditLocation } from '../../../../renderer/src/features/credits/credit-location'
import { translator } from '../../../../renderer/src/i18n/translate'
import { child, entry, placement } from './fixtures'

const today = '2026-11-24'
const input = (over: Partial<ManualCreditInput> = {}): ManualCreditInput => ({
  child: child('k-1'), careType: 'KDV', hours: 2, reason: 'Groep gesloten wegens storing.', ledger: [], today,
  at: new Date('2026-11-24T10:15:00.000Z'), by: 'fatima.elamrani', device: 'pc-a', id: 'handmatig:abc', covers: () => true, ...over,
})

describe('Tegoed toevoegen (R16)', () => {
  it('writes a handmatig entry valid 120 days, with reason, by, device and at', () => {
    expect(manualCreditEntry(input({ reason: '  Groep gesloten wegens storing. ' }))).toEqual({
      ok: true,
      entry: {
        id: 'handmatig:abc', childId: 'k-1', locationId: 'loc-1', unit: 'ruiluren', careType: 'KDV', kind: 'handmatig', amount: 2,
        date: today, validUntil: '2027-03-24', reason: 'Groep gesloten wegens storing.', by: 'fatima.elamrani', device: 'pc-a',
        at: '2026-11-24T10:15:00.000Z',
      },
    })
  })

  it('allows up to the cap exactly, and refuses past it with "maximum bereikt" and the room left', () => {
    const ledger = [entry('opgebouwd', 25, '2026-11-01'), entry('gereserveerd', 3, '2026-11-05', { sourceId: 'r-1' })]
    // Balance measured against the cap: 22 valid + 3 reserved = 25 of 33.
    expect(manualCreditEntry(input({ ledger, hours: 8 })).ok).toBe(true)
    const refused = manualCreditEntry(input({ ledger, hours: 8.5 }))
    expect(refused).toEqual({ ok: false, code: 'maximum-bereikt', room: 8, cap: 33 })
    const t = translator('nl')
    expect(t('credits.error.maximum-bereikt', { room: '8 uur', cap: '33 uur' })).toBe('Maximum bereikt: er kan nog 8 uur bij (maximum 33 uur).')
  })

  it('refuses at the cap whatever the amount, and for a BSO schoolweken child at 12 h', () => {
    expect(manualCreditEntry(input({ ledger: [entry('opgebouwd', 33, '2026-11-01')], hours: 0.25 }))).toMatchObject({ ok: false, code: 'maximum-bereikt', room: 0 })
    const bso = child('k-2', [placement({ careType: 'BSO', contract: 'schoolweken' })])
    expect(manualCreditEntry(input({ child: bso, careType: 'BSO', hours: 12.5 }))).toMatchObject({ ok: false, code: 'maximum-bereikt', cap: 12 })
  })

  it('never lets the balance the server measures (valid plus reserved on the day) pass the cap', () => {
    const movement = fc.record({
      kind: fc.constantFrom('opgebouwd' as const, 'handmatig' as const, 'gereserveerd' as const),
      amount: fc.integer({ min: 1, max: 44 }).map((q) => q / 4),
      daysBack: fc.integer({ min: 0, max: 200 }),
    })
    fc.assert(fc.property(fc.array(movement, { maxLength: 8 }), fc.integer({ min: 1, max: 160 }).map((q) => q / 4), (moves, hours) => {
      const ledger = moves.map((m, i) => {
        const d = new Date(Date.UTC(2026, 10, 24 - m.daysBack)).toISOString().slice(0, 10)
        return entry(m.kind, m.amount, d, { id: `m-${i}`, ...(m.kind === 'gereserveerd' ? { sourceId: `r-${i}` } : {}) })
      })
      const before = ledgerBalance({ entries: ledger, unit: 'ruiluren', careType: 'KDV', today }).capBalance
      const result = manualCreditEntry(input({ ledger, hours }))
      if (result.ok) {
        const after = ledgerBalance({ entries: [...ledger, result.entry], unit: 'ruiluren', careType: 'KDV', today }).capBalance
        expect(after).toBeLessThanOrEqual(33 + 1e-9)
      } else {
        expect(result.code).toBe('maximum-bereikt')
        expect(before + hours).toBeGreaterThan(33)
        expect(result.room).toBeCloseTo(Math.max(0, 33 - before), 9)
      }
    }), { numRuns: 150 })
  })

  it('needs a reason and an amount above 0', () => {
    expect(manualCreditEntry(input({ reason: '   ' }))).toMatchObject({ ok: false, code: 'reden-verplicht' })
    expect(manualCreditEntry(input({ hours: 0 }))).toMatchObject({ ok: false, code: 'ongeldig-aantal' })
    expect(manualCreditEntry(input({ hours: Number.NaN }))).toMatchObject({ ok: false, code: 'ongeldig-aantal' })
    expect(manualCreditEntry(input({ hours: -2 }))).toMatchObject({ ok: false, code: 'ongeldig-aantal' })
  })

  it('books only at a location this user and PC cover', () => {
    expect(manualCreditEntry(input({ covers: () => false }))).toMatchObject({ ok: false, code: 'geen-locatie' })
  })

  it('offers the care types whose contract has a cap: never a Qflexibel one (R7)', () => {
    const k = child('k-3', [placement(), placement({ id: 'p-2', careType: 'PG', contract: 'qflexibel' }), placement({ id: 'p-3', careType: 'BSO', contract: '52-weken' })])
    expect(manualCreditCareTypes(k, [], today)).toEqual(['KDV', 'BSO'])
  })
})

describe('where a credit is booked', () => {
  const k = child('k-4', [
    placement({ locationId: 'loc-old', start: '2024-01-01', end: '2025-12-31' }),
    placement({ id: 'p-2', locationId: 'loc-new', start: '2026-01-01' }),
    placement({ id: 'p-3', locationId: 'loc-flex', careType: 'PG', contract: 'qflexibel' }),
  ])
  it('at the placement of that care type on the day, else the latest one, if covered', () => {
    expect(creditLocation(k, { careType: 'KDV' }, today, () => true)).toBe('loc-new')
    expect(creditLocation(k, { careType: 'KDV' }, today, (id) => id !== 'loc-new')).toBe('loc-old')
    expect(creditLocation(k, { qflexibel: true }, today, () => true)).toBe('loc-flex')
  })
  it('else at any covered location of the child, else nowhere', () => {
    expect(creditLocation(k, { careType: 'BSO' }, today, (id) => id === 'loc-flex')).toBe('loc-flex')
    expect(creditLocation(k, { careType: 'KDV' }, today, () => false)).toBeNull()
  })
})
