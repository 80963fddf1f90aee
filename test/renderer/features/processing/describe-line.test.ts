import { describe, expect, it } from 'vitest'
import { billingView, statusText, timesText } from '../../../../renderer/src/features/processing/describe-line'
import { lineRows } from '../../../../renderer/src/features/processing/line-rows'
import { translator } from '../../../../renderer/src/i18n/translate'
import { bram, daan, line, lisa } from './fixtures'

const nl = translator('nl')

describe('a line in words (UI contract)', () => {
  it('names the status as customer service and the location read it', () => {
    expect(statusText(nl, { kind: 'open' })).toBe('Te verwerken')
    expect(statusText(nl, { kind: 'verwerkt', billing: 'factuur', invoiceDate: '2026-12-10' })).toBe('Verwerkt — op factuur van 10 december 2026')
    expect(statusText(nl, { kind: 'verwerkt', billing: 'inclusief' })).toBe('Verwerkt — inclusief')
    expect(statusText(nl, { kind: 'afgewezen', reason: 'Geen studiedag.' })).toBe('Afgewezen: Geen studiedag.')
    expect(statusText(nl, { kind: 'ingetrokken', reason: 'Ouder belde af.' })).toBe('Ingetrokken: Ouder belde af.')
    expect(statusText(translator('en'), { kind: 'verwerkt', billing: 'factuur', invoiceDate: '2027-01-10' }, 'en')).toBe('Processed — on the invoice of 10 January 2027')
  })

  it('writes dates as on paper, and day parts or times', () => {
    expect(timesText(nl, { dayPart: 'hele dag' })).toBe('Hele dag')
    expect(timesText(nl, { dayPart: 'middag' })).toBe('Middag')
    expect(timesText(nl, { times: { start: '08:30', end: '17:00' } })).toBe('08:30–17:00')
  })

  it('shows the billing R9 gives now with its reason, and warns when it differs from what was signed', () => {
    const [b, d, l] = lineRows({
      lines: [line('l-bram', bram, 'factuur'), line('l-daan', daan, 'factuur'), line('l-lisa', lisa, 'factuur')],
      journal: [], children: new Map([bram, daan, lisa].map((c) => [c.id, c])),
    })
    expect(billingView(nl, b!)).toEqual({
      label: 'Inclusief', reason: 'Inclusief: 52-wekencontract en de studiedag valt op een contractdag.',
      warning: 'Let op: bij tekenen op factuur, nu inclusief',
    })
    expect(billingView(nl, d!).warning).toBeNull()
    expect(billingView(nl, l!)).toMatchObject({ label: 'Op factuur', warning: null })
    const [gone] = lineRows({ lines: [line('l-x', lisa, 'inclusief')], journal: [], children: new Map() })
    expect(billingView(nl, gone!)).toEqual({
      label: 'Inclusief', reason: null, warning: 'Let op: geen BSO-plaatsing meer op deze dag; verwerken boekt wat bij tekenen gold (inclusief).',
    })
  })
})
