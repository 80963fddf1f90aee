import { describe, expect, it } from 'vitest'
import { childOptions, coveredChildren } from '../../../../renderer/src/features/credits/child-search'
import { formatAmount, formatSigned } from '../../../../renderer/src/features/credits/format-amount'
import { parseHours } from '../../../../renderer/src/features/credits/parse-hours'
import { translator } from '../../../../renderer/src/i18n/translate'

const kid = (id: string, firstName: string, lastName: string, locationIds = ['loc-1'], birthDate = '2022-01-01') =>
  ({ id, firstName, lastName, birthDate, locationIds })

describe('finding a child in Tegoeden', () => {
  const children = [kid('1', 'Zoë', 'de Boer'), kid('2', 'Daan', 'Bakker'), kid('3', 'Zoe', 'Jansen', ['loc-2']), kid('4', 'Daan', 'Bakker', ['loc-1'], '2020-05-05')]

  it('only children of covered locations (R19)', () => {
    expect(coveredChildren(children, (id) => id === 'loc-1').map((c) => c.id)).toEqual(['1', '2', '4'])
  })

  it('every word typed in the name, accents and case ignored, sorted by name then age', () => {
    expect(childOptions(children, 'zoe').map((o) => o.name)).toEqual(['Zoë de Boer', 'Zoe Jansen'])
    expect(childOptions(children, 'BAK daan').map((o) => o.child.id)).toEqual(['4', '2'])
    expect(childOptions(children, 'xyz')).toEqual([])
    expect(childOptions(children, '', 2)).toHaveLength(2)
  })
})

describe('amounts', () => {
  const nl = translator('nl')
  it('reads hours typed with a comma or a point, and nothing else', () => {
    expect(parseHours('5,5')).toBe(5.5)
    expect(parseHours(' 2.25 ')).toBe(2.25)
    expect(parseHours('')).toBeNaN()
    expect(parseHours('2 uur')).toBeNaN()
    expect(parseHours('-1')).toBeNaN()
  })
  it('writes hours and days as staff read them', () => {
    expect(formatAmount(nl, 'ruiluren', 5.5)).toBe('5,5 uur')
    expect(formatAmount(nl, 'vakantiedagen', 1)).toBe('1 dag')
    expect(formatAmount(nl, 'vakantiedagen', 3)).toBe('3 dagen')
    expect(formatSigned(nl, 'flexuren', -40)).toBe('−40 uur')
    expect(formatSigned(translator('en'), 'ruiluren', 2.5)).toBe('+2.5 h')
  })
})
