import { describe, expect, it } from 'vitest'
import { billingLabel, statusLabel, whenLabel } from '../../../../renderer/src/features/signup/line-labels'
import { sheetRows, signedUpChildIds } from '../../../../renderer/src/features/signup/sheet-rows'
import { longDate } from '../../../../renderer/src/i18n/format-date'
import { translator } from '../../../../renderer/src/i18n/translate'
import { bsoChild, fact, line } from './fixtures'

const t = translator('nl')
// The study day (2026-12-02) is a Wednesday: a contract day for weekdays [1, 3].
const children = [
  bsoChild('k-52', { firstName: 'Noor', lastName: 'Bakker', contract: '52-weken' }),
  bsoChild('k-52-vrij', { firstName: 'Daan', lastName: 'Smit', contract: '52-weken', weekdays: [1, 2] }),
  bsoChild('k-school', { firstName: 'Lot', lastName: 'Jansen', contract: 'schoolweken' }),
]

describe('sheetRows', () => {
  const lines = [
    line('l-3', 'k-school', { signedAt: '2026-11-19T16:00:00.000Z', times: { start: '08:30', end: '17:00' }, dayPart: undefined }),
    line('l-1', 'k-52', { signedAt: '2026-11-18T15:00:00.000Z', billing: 'inclusief', parentName: 'Tom Bakker' }),
    line('l-2', 'k-52-vrij', { signedAt: '2026-11-18T15:10:00.000Z' }),
    line('l-4', 'k-weg', { signedAt: '2026-11-19T17:00:00.000Z' }),
    line('l-5', 'k-school', { signedAt: '2026-11-19T17:30:00.000Z', billing: 'inclusief' }),
  ]
  const rows = sheetRows({
    lines, children,
    facts: [fact('intrekking', 'l-2', 'Oma past op.'), fact('verwerkt', 'l-1'), fact('afgewezen', 'l-3', 'Geen studiedag op die school.'), fact('intrekking', 'l-9', 'x')],
  })

  it('orders lines as they were signed and names the child, or its id when the PC no longer has it', () => {
    expect(rows.map((r) => [r.line.id, r.childName])).toEqual([
      ['l-1', 'Noor Bakker'], ['l-2', 'Daan Smit'], ['l-3', 'Lot Jansen'], ['l-4', 'k-weg'], ['l-5', 'Lot Jansen'],
    ])
  })

  it('gives R9\'s reason for the recorded billing, and none when today\'s placement says otherwise', () => {
    expect(rows.map((r) => [r.billing, r.billingReason])).toEqual([
      ['inclusief', 'inclusief-contractdag'], ['factuur', 'factuur-geen-contractdag'], ['factuur', 'factuur-contract'], ['factuur', null], ['inclusief', null],
    ])
    expect(billingLabel(t, rows[0]!)).toEqual({ label: 'Inclusief', reason: '52-wekencontract en de studiedag valt op een contractdag.' })
    expect(billingLabel(t, rows[2]!).label).toBe('Op factuur')
    expect(billingLabel(t, rows[4]!)).toEqual({ label: 'Inclusief', reason: 'Zo vastgelegd bij het tekenen.' })
  })

  it('says where each line stands, with the reason of a withdrawal or a rejection', () => {
    expect(rows.map((r) => statusLabel(t, r))).toEqual(['Verwerkt', 'Ingetrokken: Oma past op.', 'Afgewezen: Geen studiedag op die school.', 'Getekend', 'Getekend'])
    expect(signedUpChildIds(rows)).toEqual(new Set(['k-52', 'k-school', 'k-weg']))
  })

  it('reads the day part or the times as staff write them, and the date as `d MMMM yyyy`', () => {
    expect(rows.map((r) => whenLabel(t, r.line))).toEqual(['Hele dag', 'Hele dag', '08:30–17:00', 'Hele dag', 'Hele dag'])
    expect(whenLabel(t, { dayPart: 'middag' })).toBe('Middag')
    expect(longDate('2026-12-02')).toBe('2 december 2026')
    expect(longDate('2027-03-28', 'en')).toBe('28 March 2027')
  })
})
