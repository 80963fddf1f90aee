import { describe, expect, it } from 'vitest'
import { passwordFactId, passwordRequest, passwordStatus, type PasswordRequestInput } from '../../../../renderer/src/features/children/password-request'
import { child, delivered, parent, passwordFact } from './fixtures'

const at = new Date('2026-11-23T09:00:00.000Z')

function request(over: Partial<PasswordRequestInput> = {}) {
  return passwordRequest({
    child: child(), rank: 1, facts: [], deliveries: [], locationId: 'loc-1', by: 'mw-senior', device: 'pc-a', at, id: 'wachtwoord:k-1:1:a', ...over,
  })
}

describe('the state of Nieuw wachtwoord verzenden for a parent', () => {
  it('is nothing before any request, queued until the outbox\'s verzonden fact arrives, then sent', () => {
    const first = passwordFact('w-1', 1, '2026-11-23T08:00:00.000Z')
    expect(passwordStatus(1, [], [])).toBeNull()
    expect(passwordStatus(1, [first], [])).toEqual({ state: 'wachtrij', requestedAt: first.at, factId: 'w-1' })
    expect(passwordStatus(1, [first], [delivered('w-1', '2026-11-23T08:05:00.000Z')]))
      .toEqual({ state: 'verzonden', requestedAt: first.at, factId: 'w-1', deliveredAt: '2026-11-23T08:05:00.000Z' })
    // Without its own deliveredAt, the moment the delivery fact was written.
    expect(passwordStatus(1, [first], [delivered('w-1')])).toMatchObject({ state: 'verzonden', deliveredAt: '2026-11-23T09:10:00.000Z' })
  })

  it('follows the newest request of that parent only', () => {
    const old = passwordFact('w-1', 1, '2026-11-20T08:00:00.000Z')
    const newer = passwordFact('w-2', 1, '2026-11-23T08:00:00.000Z')
    const other = passwordFact('w-3', 2, '2026-11-23T08:30:00.000Z')
    const facts = [newer, other, old]
    expect(passwordStatus(1, facts, [delivered('w-1')])).toMatchObject({ state: 'wachtrij', factId: 'w-2' })
    expect(passwordStatus(1, facts, [delivered('w-2'), delivered('w-3')])).toMatchObject({ state: 'verzonden', factId: 'w-2' })
    expect(passwordStatus(2, facts, [delivered('w-2')])).toMatchObject({ state: 'wachtrij', factId: 'w-3' })
    // A delivery of another kind of fact does not count.
    expect(passwordStatus(2, facts, [{ ...delivered('w-3'), kind: 'verwerkt' }])).toMatchObject({ state: 'wachtrij' })
  })
})

describe('a new request (journal wachtwoord)', () => {
  it('is a fact about the child for that parent, by this user on this PC, at the location given', () => {
    expect(request()).toEqual({
      ok: true,
      fact: {
        id: 'wachtwoord:k-1:1:a', kind: 'wachtwoord', locationId: 'loc-1', targetId: 'k-1', data: { parentRank: 1 },
        by: 'mw-senior', device: 'pc-a', at: '2026-11-23T09:00:00.000Z',
      },
    })
    expect(passwordFactId('k-1', 2, 'uuid')).toBe('wachtwoord:k-1:2:uuid')
  })

  it('is refused while one for the same parent is queued, allowed for the other parent and once the first was sent', () => {
    const queued = passwordFact('w-1', 1, '2026-11-23T08:00:00.000Z')
    expect(request({ facts: [queued] })).toEqual({ ok: false, code: 'al-in-wachtrij' })
    expect(request({ facts: [queued], rank: 2 })).toMatchObject({ ok: true, fact: { data: { parentRank: 2 } } })
    expect(request({ facts: [queued], deliveries: [delivered('w-1')] })).toMatchObject({ ok: true })
  })

  it('is refused for a parent without an address, an unknown parent, and without a location of this PC', () => {
    expect(request({ child: child([parent(1, [])]) })).toEqual({ ok: false, code: 'geen-email' })
    expect(request({ child: child([parent(1, ['eva@example.nl'])]), rank: 2 })).toEqual({ ok: false, code: 'onbekende-ouder' })
    expect(request({ locationId: null })).toEqual({ ok: false, code: 'geen-locatie' })
  })
})
