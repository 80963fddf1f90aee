// A decision added to a request (R11, R13, R20) and the ledger entry it settles the reservation with.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LedgerEntry, Request, RequestStatus } from '../../../../shared/domain'
import { requestStatuses } from '../../../../shared/domain'
import { addDays } from '../../../../shared/calendar'
import { decisionSteps, ledgerBalance, requestTransition } from '../../../../shared/rules'
import { withDecision, type DecisionInput } from '../../../../renderer/src/features/requests/request-decision'
import { settleReservation } from '../../../../renderer/src/features/requests/reservation-settlement'
import { entry, swapCredit, today } from './fixtures'

const at = new Date('2026-11-23T10:15:00.000Z')

function request(over: Partial<Request> = {}): Request {
  return {
    id: 'r-1', childId: 'k-1', groupId: 'g-kdv', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', date: '2026-12-01',
    dayPart: 'hele dag', kind: 'ruildag', payment: 'ruiluren', hours: 11, submittedVia: 'medewerker', status: 'ingediend', decisions: [],
    by: 'mw-1', device: 'pc-a', at: '2026-11-23T09:00:00.000Z', updatedAt: '2026-11-23T09:00:00.000Z', ...over,
  }
}
const decide = (status: RequestStatus, over: Partial<DecisionInput> = {}): DecisionInput => ({ status, by: 'mw-2', device: 'pc-b', at, ...over })
const reservation = (amount = 11, over: Partial<LedgerEntry> = {}): LedgerEntry =>
  ({ ...entry('k-1', { unit: 'ruiluren', careType: 'KDV', kind: 'gereserveerd', amount, sourceId: 'r-1' }), id: 'gereserveerd:r-1', ...over })

describe('adding a decision', () => {
  it('approves: the decision is kept with who, where and when, and the status follows', () => {
    const result = withDecision(request(), decide('goedgekeurd'))
    expect(result).toEqual({
      ok: true,
      request: { ...request(), status: 'goedgekeurd', updatedAt: at.toISOString(), decisions: [{ status: 'goedgekeurd', by: 'mw-2', device: 'pc-b', at: at.toISOString() }] },
    })
  })

  it('without room only with a reason, which is recorded (R11)', () => {
    expect(withDecision(request(), decide('goedgekeurd', { withoutRoom: true, reason: '  ' }))).toMatchObject({ ok: false, code: 'geen-plek-reden-verplicht' })
    const ok = withDecision(request(), decide('goedgekeurd', { withoutRoom: true, reason: 'Extra medewerker' }))
    expect(ok.ok && ok.request.decisions[0]).toMatchObject({ withoutRoom: true, reason: 'Extra medewerker' })
  })

  it('a request another PC decided first, or a final one, is refused with the rule\'s reason', () => {
    const decided = withDecision(request(), decide('afgekeurd'))
    if (!decided.ok) throw new Error('afgekeurd')
    expect(withDecision(decided.request, decide('goedgekeurd'))).toMatchObject({ ok: false, code: 'status-definitief' })
    const waiting = withDecision(request(), decide('wachtlijst'))
    expect(waiting.ok && waiting.request.waitlistedAt).toBe(at.toISOString())
  })

  it('cancels a Q-block 10 or more days ahead and takes it off the invoice; closer, only staff with a reason (R13, R20)', () => {
    const qBlock = request({ kind: 'Q-blok', contract: 'qflexibel', payment: 'flexuren+factuur', status: 'goedgekeurd', invoiceDate: '2027-01-10',
      decisions: [{ status: 'goedgekeurd', by: 'planner', device: 'pc-c', at: '2026-11-23T09:30:00.000Z' }] })
    const inTime = withDecision({ ...qBlock, date: addDays(today, 10) }, decide('geannuleerd'))
    expect(inTime.ok && inTime.request).toMatchObject({ status: 'geannuleerd' })
    expect(inTime.ok && inTime.request).not.toHaveProperty('invoiceDate')
    expect(withDecision({ ...qBlock, date: addDays(today, 9) }, decide('geannuleerd'))).toMatchObject({ ok: false, code: 'qblok-te-laat' })
    expect(withDecision({ ...qBlock, date: addDays(today, 9) }, decide('geannuleerd', { reason: 'Ziekenhuisopname' })).ok).toBe(true)
    // Any other approved request: staff with a reason only.
    const approvedDay = { ...qBlock, kind: 'ruildag' as const, contract: 'standaard' as const, date: addDays(today, 20) }
    expect(withDecision(approvedDay, decide('geannuleerd'))).toMatchObject({ ok: false, code: 'annuleren-reden-verplicht' })
  })

  it('property: a decision is accepted exactly when R20 allows the step, and the history stays a path', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...requestStatuses), { maxLength: 4 }), (wanted) => {
      let current = request()
      for (const status of wanted) {
        const allowed = requestTransition(current.status, status).ok && status !== 'geannuleerd'
        const result = withDecision(current, decide(status))
        if (status !== 'geannuleerd') expect(result.ok).toBe(allowed)
        if (result.ok) current = result.request
      }
      const steps = decisionSteps(current.decisions)
      expect(steps.every((s) => requestTransition(s.from, s.to).ok)).toBe(true)
      expect(current.status).toBe(steps.at(-1)?.to ?? 'ingediend')
    }))
  })
})

describe('settling the reservation (R20)', () => {
  const settle = (to: RequestStatus, over: Partial<Request> = {}, held: LedgerEntry | null = reservation()) =>
    settleReservation({ request: request(over), to, reservation: held, by: 'mw-2', device: 'pc-b', at })

  it('approval makes it final, rejection and deletion release it, a waiting list keeps it held', () => {
    expect(settle('goedgekeurd')).toMatchObject({ id: 'besteed:r-1', kind: 'besteed', amount: 11, unit: 'ruiluren', careType: 'KDV', sourceId: 'r-1', date: today, by: 'mw-2' })
    expect(settle('afgekeurd')).toMatchObject({ id: 'vrijgegeven:r-1', kind: 'vrijgegeven', amount: 11 })
    expect(settle('verwijderd')).toMatchObject({ id: 'vrijgegeven:r-1', kind: 'vrijgegeven' })
    expect(settle('wachtlijst')).toBeNull()
    expect(settle('goedgekeurd', {}, null)).toBeNull()
  })

  it('a cancelled Q-block gives its hours back in time only (R7, R13)', () => {
    const flex = reservation(5.5, { unit: 'flexuren', careType: undefined })
    const q = { kind: 'Q-blok' as const, status: 'goedgekeurd' as const }
    expect(settle('geannuleerd', { ...q, date: addDays(today, 10) }, flex)).toMatchObject({ id: 'teruggeboekt:r-1', kind: 'teruggeboekt', unit: 'flexuren', amount: 5.5, validUntil: '2026-12-31' })
    expect(settle('geannuleerd', { ...q, date: addDays(today, 9) }, flex)).toBeNull()
  })

  it('the balance: a release restores it, an approval keeps it spent, a cancellation after approval gives it back', () => {
    const credit = swapCredit('k-1', 20)
    const balance = (...entries: (LedgerEntry | null)[]) =>
      ledgerBalance({ entries: [credit, reservation(), ...entries.filter((e): e is LedgerEntry => e !== null)], unit: 'ruiluren', careType: 'KDV', today }).valid
    expect(balance()).toBe(9)
    expect(balance(settle('afgekeurd'))).toBe(20)
    expect(balance(settle('goedgekeurd'))).toBe(9)
    expect(balance(settle('goedgekeurd'), settle('geannuleerd', { status: 'goedgekeurd' }))).toBe(20)
  })
})
