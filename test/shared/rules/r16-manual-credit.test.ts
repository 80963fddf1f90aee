import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { can, canReserve, creditRoom, ledgerBalance, manualCredit, swapHoursCap, swapHoursEarned, type LedgerEntryInput } from '../../../shared/rules'
import { roles } from '../../../shared/domain/enums'
import { addDays, amsterdamInstant } from '../../../shared/calendar'

describe('R16 manual credit', () => {
  it('only senior, manager and klantenservice may add credit', () => {
    expect(roles.filter((role) => can(role, 'tegoed.toevoegen'))).toEqual(['senior', 'manager', 'klantenservice'])
  })

  it.each([
    [0, 33, 33, 'ok'], [30, 33, 3, 'ok'], [30, 33, 3.25, 'maximum-bereikt'], [33, 33, 0.25, 'maximum-bereikt'],
    [12, 12, 1, 'maximum-bereikt'], [0, 5, 5, 'ok'], [0, 0, 1, 'maximum-bereikt'], [10, 33, 0, 'ongeldig-aantal'], [10, 33, -2, 'ongeldig-aantal'],
  ])('balance %d, cap %d, adding %d → %s', (balance, cap, amount, expected) => {
    const v = manualCredit({ balance, cap, amount })
    expect(v.ok ? 'ok' : v.code).toBe(expected)
  })

  it('the refusal says "maximum bereikt" in Dutch', () => {
    const v = manualCredit({ balance: 33, cap: 33, amount: 1 })
    expect(v.ok ? '' : v.message).toMatch(/^Maximum bereikt/)
    expect(creditRoom({ balance: 30, cap: 33 })).toBe(3)
    expect(creditRoom({ balance: 40, cap: 33 })).toBe(0)
  })

  it('property: earning, manual credit, reservations and releases never lift a balance above its cap', () => {
    const cap = swapHoursCap('PG', 'standaard')
    const step = fc.oneof(
      fc.record({ t: fc.constant('earn' as const), hours: fc.integer({ min: 1, max: 20 }).map((q) => q / 4) }),
      fc.record({ t: fc.constant('manual' as const), hours: fc.integer({ min: 1, max: 60 }).map((q) => q / 4) }),
      fc.record({ t: fc.constant('reserve' as const), hours: fc.integer({ min: 1, max: 20 }).map((q) => q / 4) }),
      fc.record({ t: fc.constant('release' as const) }),
      fc.record({ t: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 50 }) }),
    )
    fc.assert(fc.property(fc.array(step, { maxLength: 50 }), (steps) => {
      const entries: LedgerEntryInput[] = []
      const open: LedgerEntryInput[] = []
      let today = '2026-01-05'
      const add = (kind: LedgerEntryInput['kind'], amount: number, sourceId?: string) => {
        const e: LedgerEntryInput = { id: `e${entries.length}`, unit: 'ruiluren', careType: 'PG', kind, amount, date: today, sourceId }
        entries.push(e)
        return e
      }
      for (const s of steps) {
        const now = ledgerBalance({ entries, unit: 'ruiluren', careType: 'PG', today })
        if (s.t === 'wait') today = addDays(today, s.days)
        else if (s.t === 'earn') {
          const earned = swapHoursEarned({ careType: 'PG', contract: 'standaard', date: today, hours: s.hours, reportedAt: amsterdamInstant(today, '07:00'), balance: now.capBalance })
          if (earned > 0) add('opgebouwd', earned)
        } else if (s.t === 'manual') {
          if (manualCredit({ balance: now.capBalance, cap, amount: s.hours }).ok) add('handmatig', s.hours)
        } else if (s.t === 'reserve') {
          if (canReserve({ entries, amount: s.hours, careType: 'PG', today }).ok) open.push(add('gereserveerd', s.hours, `r${entries.length}`))
        } else {
          const held = open.shift()
          if (held) add('vrijgegeven', held.amount, held.sourceId ?? undefined)
        }
        const after = ledgerBalance({ entries, unit: 'ruiluren', careType: 'PG', today })
        expect(after.valid).toBeGreaterThanOrEqual(0)
        expect(after.capBalance).toBeLessThanOrEqual(cap + 1e-9)
      }
    }))
  })
})
