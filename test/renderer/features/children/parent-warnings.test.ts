import { describe, expect, it } from 'vitest'
import { parentWarnings } from '../../../../renderer/src/features/children/parent-warnings'
import { parent } from './fixtures'

describe('F8 warnings about the parents\' e-mail addresses', () => {
  it('has none when each parent has an address of their own', () => {
    expect(parentWarnings([parent(1, ['eva@example.nl']), parent(2, ['tom@example.nl'])])).toEqual([])
    expect(parentWarnings([parent(1, ['eva@example.nl'])])).toEqual([])
  })

  it('names each parent without an address, in rank order', () => {
    expect(parentWarnings([parent(2, []), parent(1, [])])).toEqual([
      { kind: 'geen-email', rank: 1, name: 'Eva de Vries' },
      { kind: 'geen-email', rank: 2, name: 'Tom de Vries' },
    ])
    expect(parentWarnings([parent(1, ['eva@example.nl']), parent(2, [])])).toEqual([{ kind: 'geen-email', rank: 2, name: 'Tom de Vries' }])
  })

  it('warns when both parents share an address, whichever of their addresses it is and in whatever case', () => {
    expect(parentWarnings([parent(1, ['gezin@example.nl']), parent(2, ['gezin@example.nl'])]))
      .toEqual([{ kind: 'zelfde-adres', email: 'gezin@example.nl' }])
    expect(parentWarnings([parent(1, ['eva@example.nl', 'Gezin@Example.nl']), parent(2, ['gezin@example.nl'])]))
      .toEqual([{ kind: 'zelfde-adres', email: 'Gezin@Example.nl' }])
  })
})
