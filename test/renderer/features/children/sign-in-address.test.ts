import { describe, expect, it } from 'vitest'
import { signInAddress, signInChoice, signInFactId, type SignInChoiceInput } from '../../../../renderer/src/features/children/sign-in-address'
import { child, parent, signInFact } from './fixtures'

const two = parent(1, ['eva@example.nl', 'eva.werk@example.nl'])

describe('the sign-in address shown for a parent', () => {
  it('is the child document\'s, else the first address, else none', () => {
    expect(signInAddress({ ...two, signInEmail: 'eva.werk@example.nl' }, [])).toBe('eva.werk@example.nl')
    expect(signInAddress(two, [])).toBe('eva@example.nl')
    expect(signInAddress(parent(1, []), [])).toBeNull()
    // An address the parent no longer has (changed in the planning system) is not shown as signing in.
    expect(signInAddress({ ...two, signInEmail: 'oud@example.nl' }, [])).toBe('eva@example.nl')
  })

  it('is the newest choice of customer service for that parent, at once, over what the child document says', () => {
    const facts = [
      signInFact('i-1', 1, 'eva.werk@example.nl', '2026-11-20T08:00:00.000Z'),
      signInFact('i-2', 1, 'eva@example.nl', '2026-11-23T08:00:00.000Z'),
      signInFact('i-3', 2, 'eva.werk@example.nl', '2026-11-23T09:00:00.000Z'),
    ]
    expect(signInAddress({ ...two, signInEmail: 'eva.werk@example.nl' }, facts)).toBe('eva@example.nl')
    expect(signInAddress(two, facts.slice(0, 1))).toBe('eva.werk@example.nl')
    // A choice of an address the parent no longer has is passed over.
    expect(signInAddress(two, [...facts, signInFact('i-4', 1, 'weg@example.nl', '2026-11-24T08:00:00.000Z')])).toBe('eva@example.nl')
  })
})

describe('choosing the sign-in address (journal inlogadres)', () => {
  const base: SignInChoiceInput = {
    child: child([two]), rank: 1, email: 'eva.werk@example.nl', facts: [], locationId: 'loc-1', by: 'kim.klant', device: 'pc-ks',
    at: new Date('2026-11-23T09:00:00.000Z'), id: signInFactId('k-1', 1, 'u'),
  }

  it('records the parent and the address chosen, about the child', () => {
    expect(signInChoice(base)).toEqual({
      ok: true,
      fact: {
        id: 'inlogadres:k-1:1:u', kind: 'inlogadres', locationId: 'loc-1', targetId: 'k-1', data: { parentRank: 1, email: 'eva.werk@example.nl' },
        by: 'kim.klant', device: 'pc-ks', at: '2026-11-23T09:00:00.000Z',
      },
    })
  })

  it('refuses an address the parent does not have, the address that already signs in, an unknown parent, no location', () => {
    expect(signInChoice({ ...base, email: 'ander@example.nl' })).toEqual({ ok: false, code: 'onbekend-adres' })
    expect(signInChoice({ ...base, email: 'eva@example.nl' })).toEqual({ ok: false, code: 'niets-gewijzigd' })
    expect(signInChoice({ ...base, facts: [signInFact('i-1', 1, 'eva.werk@example.nl', '2026-11-22T08:00:00.000Z')] }))
      .toEqual({ ok: false, code: 'niets-gewijzigd' })
    expect(signInChoice({ ...base, rank: 2 })).toEqual({ ok: false, code: 'onbekende-ouder' })
    expect(signInChoice({ ...base, locationId: null })).toEqual({ ok: false, code: 'geen-locatie' })
  })
})
