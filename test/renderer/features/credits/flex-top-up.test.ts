import { describe, expect, it } from 'vitest'
import { flexTopUpEntry, flexTopUpOpen, flexValidUntil, type FlexTopUpInput } from '../../../../renderer/src/features/credits/flex-top-up'
import { translator } from '../../../../renderer/src/i18n/translate'
import { child, placement } from './fixtures'

const qflex = child('k-1', [placement({ contract: 'qflexibel', locationId: 'loc-2' })])
const input = (today: string, over: Partial<FlexTopUpInput> = {}): FlexTopUpInput => ({
  child: qflex, hours: 40, note: '', today, at: new Date(`${today}T10:00:00.000Z`), by: 'linda.klantenservice', device: 'pc-ks',
  id: 'opgewaardeerd:abc', covers: () => true, ...over,
})

describe('Qflexibel ophogen (R14)', () => {
  it('until 1 July inclusive, valid until 31 December', () => {
    expect(flexTopUpEntry(input('2026-07-01'))).toEqual({
      ok: true,
      entry: {
        id: 'opgewaardeerd:abc', childId: 'k-1', locationId: 'loc-2', unit: 'flexuren', kind: 'opgewaardeerd', amount: 40,
        date: '2026-07-01', validUntil: '2026-12-31', by: 'linda.klantenservice', device: 'pc-ks', at: '2026-07-01T10:00:00.000Z',
      },
    })
    expect(flexValidUntil('2027-02-10')).toBe('2027-12-31')
  })

  it('is refused from 2 July with the Dutch message', () => {
    expect(flexTopUpOpen('2026-07-02')).toEqual({ ok: false, code: 'ophogen-na-1-juli' })
    expect(flexTopUpEntry(input('2026-11-24'))).toEqual({ ok: false, code: 'ophogen-na-1-juli' })
    expect(translator('nl')('credits.error.ophogen-na-1-juli')).toBe('Het Qflexibel-tegoed kan tot en met 1 juli worden opgehoogd.')
  })

  it('keeps a note, and refuses no hours or a child without a covered location', () => {
    const done = flexTopUpEntry(input('2026-03-01', { note: ' Ouder betaalde 40 uur bij. ' }))
    expect(done.ok && done.entry.reason).toBe('Ouder betaalde 40 uur bij.')
    expect(flexTopUpEntry(input('2026-03-01', { hours: 0 }))).toEqual({ ok: false, code: 'ongeldig-aantal' })
    expect(flexTopUpEntry(input('2026-03-01', { covers: () => false }))).toEqual({ ok: false, code: 'geen-locatie' })
  })
})
