// R20 after a race: which waiting requests are paid from a balance they hold nothing of, and which
// message names that balance.
import { describe, expect, it } from 'vitest'
import type { Request } from '../../../../shared/domain'
import { missingReservationKey, reservationMissing } from '../../../../renderer/src/features/requests/reservation-missing'
import { paidFromBalance } from '../../../../shared/rules'

const waiting = (extra: Partial<Pick<Request, 'status' | 'payment' | 'flexHours'>> = {}) =>
  ({ id: 'r-1', status: 'ingediend' as const, payment: 'ruiluren' as const, ...extra })
const held = [{ id: 'gereserveerd:r-1', kind: 'gereserveerd' as const }]

describe('a waiting request without its reservation', () => {
  it('is flagged when paid from a balance and no reservation is on this PC', () => {
    expect(reservationMissing(waiting(), [])).toBe(true)
    expect(reservationMissing(waiting({ status: 'wachtlijst' }), [])).toBe(true)
    expect(reservationMissing(waiting({ payment: 'vakantietegoed' }), [{ id: 'gereserveerd:r-2', kind: 'gereserveerd' }])).toBe(true)
  })

  it('is not flagged with its reservation, paid on invoice, or once decided', () => {
    expect(reservationMissing(waiting(), held)).toBe(false)
    expect(reservationMissing(waiting({ payment: 'factuur' }), [])).toBe(false)
    expect(reservationMissing(waiting({ payment: 'flexuren+factuur', flexHours: 0 }), [])).toBe(false)
    expect(reservationMissing(waiting({ status: 'afgekeurd' }), [])).toBe(false)
    expect(reservationMissing(waiting({ status: 'goedgekeurd' }), [])).toBe(false)
    // Another entry with the same id but not a reservation does not count as one.
    expect(reservationMissing(waiting(), [{ id: 'gereserveerd:r-1', kind: 'besteed' }])).toBe(true)
  })

  it('names the balance that is missing', () => {
    expect(paidFromBalance({ payment: 'flexuren+factuur', flexHours: 2 })).toBe(true)
    expect(missingReservationKey('ruiluren')).toBe('request.noReservation.ruiluren')
    expect(missingReservationKey('vakantietegoed')).toBe('request.noReservation.vakantietegoed')
    expect(missingReservationKey('flexuren+factuur')).toBe('request.noReservation.flexuren')
  })
})
