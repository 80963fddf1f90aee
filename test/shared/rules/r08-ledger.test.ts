import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { canReserve, creditValidUntil, ledgerBalance, type LedgerEntryInput } from '../../../shared/rules'
import { addDays } from '../../../shared/calendar'

let seq = 0
const entry = (kind: LedgerEntryInput['kind'], amount: number, date: string, more: Partial<LedgerEntryInput> = {}): LedgerEntryInput =>
  ({ id: `e${String(++seq).padStart(4, '0')}`, unit: 'ruiluren', careType: 'KDV', kind, amount, date, ...more })
const balance = (entries: LedgerEntryInput[], today: string) => ledgerBalance({ entries, unit: 'ruiluren', careType: 'KDV', today })

describe('R8 validity', () => {
  it('credit of day D is valid up to and including D + 120', () => {
    expect(creditValidUntil('2026-01-10')).toBe('2026-05-10')
    expect(creditValidUntil('2026-10-24')).toBe('2027-02-21')
  })

  it.each([
    [119, 5, 0], [120, 5, 0], [121, 0, 5],
  ])('on day %i the credit counts %d valid and %d expired', (day, valid, expired) => {
    const b = balance([entry('opgebouwd', 5, '2026-01-10')], addDays('2026-01-10', day))
    expect([b.valid, b.expired]).toEqual([valid, expired])
    expect(b.credits[0]?.expired).toBe(expired > 0)
  })

  it.each([
    [120, 'ok'], [121, 'onvoldoende-tegoed'],
  ])('a request submitted on day %i can spend it: %s', (day, expected) => {
    const v = canReserve({ entries: [entry('handmatig', 5, '2026-01-10')], amount: 5, careType: 'KDV', today: addDays('2026-01-10', day) })
    expect(v.ok ? 'ok' : v.code).toBe(expected)
  })

  it('an explicit validUntil on the entry wins over the default', () => {
    const b = balance([entry('handmatig', 4, '2026-01-10', { validUntil: '2026-01-20' })], '2026-01-21')
    expect(b.expired).toBe(4)
  })

  it('a reservation made while the credit was valid keeps it when approval comes after expiry', () => {
    const entries = [
      entry('opgebouwd', 5, '2026-01-10'),
      entry('gereserveerd', 5, '2026-05-10', { sourceId: 'req-1' }),
      entry('besteed', 5, '2026-05-14', { sourceId: 'req-1' }),
    ]
    expect(balance(entries, '2026-05-14')).toMatchObject({ valid: 0, spent: 5, reserved: 0, expired: 0, uncovered: 0 })
  })
})

describe('R8 oldest first', () => {
  it('spends the oldest valid credit first and skips expired credit', () => {
    const entries = [
      entry('opgebouwd', 3, '2026-01-01'),
      entry('opgebouwd', 4, '2026-03-01'),
      entry('handmatig', 2, '2026-04-01'),
      entry('gereserveerd', 5, '2026-05-10', { sourceId: 'r1' }),
    ]
    const b = balance(entries, '2026-05-10')
    // 2026-01-01 + 120 = 2026-05-01: expired before the request, so the 3 h stay and expire.
    expect(b.credits.map((c) => c.remaining)).toEqual([3, 0, 1])
    expect(b).toMatchObject({ valid: 1, reserved: 5, expired: 3, capBalance: 6 })
  })

  it('releases a reservation (vrijgegeven) and makes a spent one final (besteed)', () => {
    const credit = entry('opgebouwd', 6, '2026-02-01')
    const held = entry('gereserveerd', 4, '2026-02-10', { sourceId: 'r1' })
    expect(balance([credit, held], '2026-02-10')).toMatchObject({ valid: 2, reserved: 4, spent: 0 })
    expect(balance([credit, held, entry('vrijgegeven', 4, '2026-02-12', { sourceId: 'r1' })], '2026-02-12')).toMatchObject({ valid: 6, reserved: 0 })
    expect(balance([credit, held, entry('besteed', 4, '2026-02-12', { sourceId: 'r1' })], '2026-02-12')).toMatchObject({ valid: 2, reserved: 0, spent: 4 })
  })

  it('a vervallen entry records expiry without counting it twice', () => {
    const credit = entry('opgebouwd', 6, '2026-01-01')
    const recorded = entry('vervallen', 6, '2026-05-02', { sourceId: credit.id })
    expect(balance([credit], '2026-05-02')).toMatchObject({ valid: 0, expired: 6 })
    expect(balance([credit, recorded], '2026-05-02')).toMatchObject({ valid: 0, expired: 6 })
  })

  it('keeps ledgers apart by unit and care type, and reads negative debit amounts as magnitudes', () => {
    const entries = [
      entry('opgebouwd', 6, '2026-02-01'),
      entry('opgebouwd', 9, '2026-02-01', { careType: 'BSO' }),
      entry('contract', 10, '2026-01-01', { unit: 'vakantiedagen', careType: null }),
      entry('gereserveerd', -2, '2026-02-03', { sourceId: 'r1' }),
    ]
    expect(balance(entries, '2026-02-03').valid).toBe(4)
    expect(ledgerBalance({ entries, unit: 'ruiluren', careType: 'BSO', today: '2026-02-03' }).valid).toBe(9)
    expect(ledgerBalance({ entries, unit: 'vakantiedagen', today: '2027-12-31' }).valid).toBe(10)
  })

  it('Qflexibel hours (R14) stay valid through 31 December and expire on 1 January', () => {
    const entries = [entry('contract', 40, '2026-01-05', { unit: 'flexuren', careType: null })]
    expect(ledgerBalance({ entries, unit: 'flexuren', today: '2026-12-31' }).valid).toBe(40)
    expect(ledgerBalance({ entries, unit: 'flexuren', today: '2027-01-01' })).toMatchObject({ valid: 0, expired: 40 })
  })
})

describe('R8/R20 properties', () => {
  const day = fc.integer({ min: 0, max: 300 }).map((n) => addDays('2026-01-01', n))
  const step = fc.oneof(
    fc.record({ t: fc.constant('credit' as const), kind: fc.constantFrom('opgebouwd' as const, 'handmatig' as const), amount: fc.integer({ min: 1, max: 24 }).map((q) => q / 4) }),
    fc.record({ t: fc.constant('reserve' as const), amount: fc.integer({ min: 1, max: 40 }).map((q) => q / 4) }),
    fc.record({ t: fc.constant('settle' as const), pick: fc.nat(), spend: fc.boolean() }),
    fc.record({ t: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 60 }) }),
  )

  it('a ledger built through canReserve never goes negative, never has uncovered debits, and spends oldest first', () => {
    fc.assert(fc.property(day, fc.array(step, { maxLength: 40 }), (start, steps) => {
      const entries: LedgerEntryInput[] = []
      const open: string[] = []
      let today = start
      for (const s of steps) {
        if (s.t === 'wait') today = addDays(today, s.days)
        else if (s.t === 'credit') entries.push(entry(s.kind, s.amount, today))
        else if (s.t === 'reserve') {
          const before = balance(entries, today)
          const verdict = canReserve({ entries, amount: s.amount, careType: 'KDV', today })
          expect(verdict.ok).toBe(before.valid + 1e-9 >= s.amount)
          if (verdict.ok) {
            const id = `req-${entries.length}`
            entries.push(entry('gereserveerd', s.amount, today, { sourceId: id }))
            open.push(id)
          }
        } else if (open.length > 0) {
          const [id] = open.splice(s.pick % open.length, 1)
          const held = entries.find((e) => e.sourceId === id)
          entries.push(entry(s.spend ? 'besteed' : 'vrijgegeven', held?.amount ?? 0, today, { sourceId: id }))
        }
        const b = balance(entries, today)
        for (const value of [b.valid, b.reserved, b.spent, b.expired, ...b.credits.map((c) => c.remaining)]) expect(value).toBeGreaterThanOrEqual(0)
        expect(b.uncovered).toBe(0)
        // Every credit is accounted for exactly once.
        const credited = entries.filter((e) => e.kind === 'opgebouwd' || e.kind === 'handmatig').reduce((n, e) => n + e.amount, 0)
        expect(b.valid + b.reserved + b.spent + b.expired).toBeCloseTo(credited, 6)
        // Oldest first: among credits valid today, a younger one is touched only when every older one is used up.
        const live = b.credits.filter((c) => !c.expired).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : 1))
        const original = (id: string) => entries.find((e) => e.id === id)?.amount ?? 0
        const firstUntouched = live.findIndex((c) => c.remaining === original(c.id))
        if (firstUntouched >= 0) for (const later of live.slice(firstUntouched + 1)) expect(later.remaining).toBe(original(later.id))
      }
    }))
  })

  it('reservations never exceed the valid balance at the time they were made', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 12 }), (credits, asks) => {
      const entries = credits.map((q) => entry('opgebouwd', q / 4, '2026-02-01'))
      let reserved = 0
      for (const q of asks) {
        if (canReserve({ entries, amount: q / 4, careType: 'KDV', today: '2026-02-02' }).ok) {
          entries.push(entry('gereserveerd', q / 4, '2026-02-02', { sourceId: `r${entries.length}` }))
          reserved += q / 4
        }
      }
      expect(reserved).toBeLessThanOrEqual(credits.reduce((n, q) => n + q / 4, 0) + 1e-9)
      expect(balance(entries, '2026-02-02').reserved).toBeCloseTo(reserved, 6)
    }))
  })
})
