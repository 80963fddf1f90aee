import { describe, expect, it } from 'vitest'
import { creditOverview, swapCareTypes } from '../../../../renderer/src/features/credits/credit-overview'
import { child, entry, placement } from './fixtures'

const today = '2026-11-24'

describe('the balances of a child (F5)', () => {
  it('shows swap hours of a KDV child: valid now, reserved, the standaard cap of 33 h and the room left', () => {
    const ledger = [
      entry('opgebouwd', 11, '2026-10-01'),
      entry('handmatig', 5.5, '2026-11-02'),
      entry('gereserveerd', 4, '2026-11-10', { sourceId: 'r-1' }),
    ]
    const { swap, holidayDays, flex } = creditOverview({ child: child('k-1'), ledger, today })
    expect(swap).toEqual([{
      careType: 'KDV', contract: 'standaard', cap: 33, valid: 12.5, reserved: 4, spent: 0, expired: 0, capBalance: 16.5, room: 16.5,
    }])
    expect(holidayDays).toBeNull()
    expect(flex).toBeNull()
  })

  it('does not count credit past its 120 days as valid (R8), and a released reservation gives its hours back', () => {
    const ledger = [
      entry('opgebouwd', 6, '2026-07-01'), // valid until 2026-10-29
      entry('opgebouwd', 3, '2026-11-01'),
      entry('gereserveerd', 2, '2026-11-05', { sourceId: 'r-1' }),
      entry('vrijgegeven', 2, '2026-11-06', { sourceId: 'r-1' }),
    ]
    const [kdv] = creditOverview({ child: child('k-1'), ledger, today }).swap
    expect(kdv).toMatchObject({ valid: 3, reserved: 0, expired: 6, room: 30 })
  })

  it('takes the cap from the contract on the day: a BSO 52-weken contract has 22 h, schoolweken 12 h (R6)', () => {
    const bso = (contract: '52-weken' | 'schoolweken') => child('k-2', [placement({ careType: 'BSO', contract, groupId: 'g-bso' })])
    expect(creditOverview({ child: bso('52-weken'), ledger: [], today }).swap[0]).toMatchObject({ careType: 'BSO', cap: 22, room: 22 })
    expect(creditOverview({ child: bso('schoolweken'), ledger: [], today }).swap[0]).toMatchObject({ cap: 12, room: 12 })
  })

  it('never goes below zero room when the balance already passed the cap', () => {
    const ledger = [entry('opgebouwd', 30, '2026-11-01'), entry('handmatig', 8, '2026-11-02')]
    expect(creditOverview({ child: child('k-1'), ledger, today }).swap[0]).toMatchObject({ valid: 38, room: 0 })
  })

  it('lists a care type per placement that can earn, and one that only has entries; not a Qflexibel contract', () => {
    const k = child('k-3', [placement(), placement({ id: 'p-2', careType: 'PG', contract: 'qflexibel' })])
    expect(swapCareTypes(k, [])).toEqual(['KDV'])
    expect(swapCareTypes(k, [entry('opgebouwd', 2, '2026-11-01', { careType: 'VSO' })])).toEqual(['KDV', 'VSO'])
  })

  it('shows BSO holiday days in days, and Qflexibel hours with their expiry on 1 January (R14)', () => {
    const k = child('k-4', [
      placement({ careType: 'BSO', contract: 'schoolweken', groupId: 'g-bso' }),
      placement({ id: 'p-2', careType: 'KDV', contract: 'qflexibel' }),
    ])
    const ledger = [
      entry('contract', 8, '2026-01-01', { unit: 'vakantiedagen' }),
      entry('gereserveerd', 1, '2026-11-02', { unit: 'vakantiedagen', sourceId: 'r-2' }),
      entry('contract', 140, '2026-01-01', { unit: 'flexuren', validUntil: '2026-12-31' }),
      entry('besteed', 40, '2026-03-01', { unit: 'flexuren', sourceId: 'r-3' }),
    ]
    const overview = creditOverview({ child: k, ledger, today })
    expect(overview.holidayDays).toEqual({ valid: 7, reserved: 1, spent: 0, expired: 0 })
    expect(overview.flex).toEqual({ valid: 100, reserved: 0, spent: 40, expired: 0, expiresOn: '2027-01-01' })
    expect(overview.swap.map((s) => s.careType)).toEqual(['BSO'])
  })

  it('Qflexibel hours of last year are gone on 1 January', () => {
    const k = child('k-5', [placement({ contract: 'qflexibel' })])
    const ledger = [entry('contract', 140, '2026-01-01', { unit: 'flexuren' })]
    expect(creditOverview({ child: k, ledger, today: '2026-12-31' }).flex).toMatchObject({ valid: 140, expiresOn: '2027-01-01' })
    expect(creditOverview({ child: k, ledger, today: '2027-01-01' }).flex).toMatchObject({ valid: 0, expired: 140, expiresOn: '2028-01-01' })
  })
})
