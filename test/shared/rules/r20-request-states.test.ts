import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { requestStatuses, type RequestStatus } from '../../../shared/domain/enums'
import { canCancelRequest, decideRequest, decisionSteps, finalStatuses, isFinalStatus, nextStatuses, requestTransition, type RequestDecision } from '../../../shared/rules'

describe('R20 request states', () => {
  const allowed: Record<RequestStatus, RequestStatus[]> = {
    ingediend: ['goedgekeurd', 'afgekeurd', 'wachtlijst', 'verwijderd'],
    wachtlijst: ['goedgekeurd', 'afgekeurd', 'verwijderd'],
    goedgekeurd: ['geannuleerd'],
    afgekeurd: [], verwijderd: [], geannuleerd: [],
  }

  it.each(requestStatuses.flatMap((from) => requestStatuses.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    expect(requestTransition(from, to).ok).toBe(allowed[from].includes(to))
    expect(nextStatuses(from)).toEqual(allowed[from])
  })

  it('afgekeurd, verwijderd and geannuleerd are final', () => {
    expect(requestStatuses.filter(isFinalStatus)).toEqual(['afgekeurd', 'verwijderd', 'geannuleerd'])
    expect(finalStatuses).toEqual(['afgekeurd', 'verwijderd', 'geannuleerd'])
    expect(requestTransition('afgekeurd', 'goedgekeurd')).toMatchObject({ ok: false, code: 'status-definitief' })
  })

  it('property: no sequence of allowed transitions ever leaves a final state', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...requestStatuses), { maxLength: 20 }), (targets) => {
      let status: RequestStatus = 'ingediend'
      let final = false
      for (const to of targets) {
        if (requestTransition(status, to).ok) {
          expect(final).toBe(false)
          status = to
        }
        final = isFinalStatus(status)
        if (final) expect(nextStatuses(status)).toEqual([])
      }
    }))
  })
})

describe('R20 decision conflicts', () => {
  const approved = { status: 'goedgekeurd' as const, decisions: [{ status: 'goedgekeurd' as const, by: 'pc-a' }] }

  it('the first decision on a state wins; a different one taken on the same state conflicts', () => {
    expect(decideRequest({ status: 'ingediend', decisions: [] }, { from: 'ingediend', to: 'goedgekeurd' })).toEqual({ ok: true })
    expect(decideRequest(approved, { from: 'ingediend', to: 'afgekeurd' })).toMatchObject({ ok: false, code: 'besluit-conflict' })
    expect(decideRequest(approved, { from: 'ingediend', to: 'wachtlijst' })).toMatchObject({ ok: false, code: 'besluit-conflict' })
  })

  it('the same decision twice is idempotent: a retried push, or two PCs that both approved', () => {
    expect(decideRequest(approved, { from: 'ingediend', to: 'goedgekeurd' })).toEqual({ ok: true })
  })

  it('a decision on a state the request never had, or an impossible one, is refused', () => {
    expect(decideRequest(approved, { from: 'wachtlijst', to: 'goedgekeurd' })).toMatchObject({ ok: false, code: 'besluit-conflict' })
    expect(decideRequest(approved, { from: 'ingediend', to: 'geannuleerd' })).toMatchObject({ ok: false, code: 'ongeldige-overgang' })
    expect(decideRequest({ status: 'afgekeurd', decisions: [{ status: 'afgekeurd' }] }, { from: 'afgekeurd', to: 'goedgekeurd' }))
      .toMatchObject({ ok: false, code: 'status-definitief' })
  })

  it('a decision taken after the waiting list follows on from it', () => {
    const waiting = { status: 'wachtlijst' as const, decisions: [{ status: 'wachtlijst' as const }] }
    expect(decideRequest(waiting, { from: 'wachtlijst', to: 'goedgekeurd' })).toEqual({ ok: true })
    expect(decideRequest(waiting, { from: 'ingediend', to: 'goedgekeurd' })).toMatchObject({ ok: false, code: 'besluit-conflict' })
    const later = { status: 'goedgekeurd' as const, decisions: [{ status: 'wachtlijst' as const }, { status: 'goedgekeurd' as const }] }
    expect(decideRequest(later, { from: 'ingediend', to: 'wachtlijst' })).toEqual({ ok: true })
  })

  it('property: replaying decisions in any order, the request follows the first accepted one of each state', () => {
    const decision = fc.record({ from: fc.constantFrom(...requestStatuses), to: fc.constantFrom(...requestStatuses) })
    fc.assert(fc.property(fc.array(decision, { maxLength: 30 }), (incoming) => {
      let status: RequestStatus = 'ingediend'
      const decisions: RequestDecision[] = []
      for (const d of incoming) {
        if (!decideRequest({ status, decisions }, d).ok) continue
        // Accepted but not on the current state: it must be the very decision already taken there.
        if (d.from !== status) {
          expect(decisionSteps(decisions)).toContainEqual(d)
          continue
        }
        expect(requestTransition(d.from, d.to).ok).toBe(true)
        decisions.push({ status: d.to })
        status = d.to
      }
    }))
  })
})

describe('R20 decision steps', () => {
  it('each decision was taken on the state the previous one left', () => {
    expect(decisionSteps([{ status: 'wachtlijst' }, { status: 'goedgekeurd' }, { status: 'geannuleerd' }])).toEqual([
      { from: 'ingediend', to: 'wachtlijst' }, { from: 'wachtlijst', to: 'goedgekeurd' }, { from: 'goedgekeurd', to: 'geannuleerd' },
    ])
  })
})

describe('R20 cancelling an approved request', () => {
  it('a Q-block within R13, or staff with a reason', () => {
    expect(canCancelRequest({ kind: 'Q-blok', date: '2026-12-11', today: '2026-12-01', by: 'ouder' })).toEqual({ ok: true })
    expect(canCancelRequest({ kind: 'Q-blok', date: '2026-12-10', today: '2026-12-01', by: 'ouder' })).toMatchObject({ code: 'qblok-te-laat' })
    expect(canCancelRequest({ kind: 'extra dag', date: '2026-12-10', today: '2026-12-01', by: 'ouder' })).toMatchObject({ code: 'annuleren-reden-verplicht' })
    expect(canCancelRequest({ kind: 'extra dag', date: '2026-12-02', today: '2026-12-01', by: 'medewerker' })).toMatchObject({ code: 'annuleren-reden-verplicht' })
    expect(canCancelRequest({ kind: 'extra dag', date: '2026-12-02', today: '2026-12-01', by: 'medewerker', reason: 'ziek, ouder belde' })).toEqual({ ok: true })
  })
})
