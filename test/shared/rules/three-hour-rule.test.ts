import { describe, expect, it } from 'vitest'
import { allowedMinutesBelow, threeHourRule, type RatioCareType, type ThreeHourInput } from '../../../shared/rules'

const judge = (careType: RatioCareType, minutesBelow: number, extra: Partial<ThreeHourInput> = {}) =>
  threeHourRule({ careType, schoolDay: true, minutesBelow, minutesBelowHalf: 0, ...extra })

describe('threeHourRule (drie-uursregeling, BKR.md)', () => {
  it.each<[RatioCareType, boolean, number]>([
    ['KDV', true, 180], ['KDV', false, 180], ['PG', true, 180], ['PG', false, 180], ['BSO', true, 30], ['BSO', false, 180],
  ])('%s, school day %s: at most %i minutes a day below the ratio', (careType, schoolDay, limit) => {
    expect(allowedMinutesBelow(careType, schoolDay)).toBe(limit)
    expect(judge(careType, limit, { schoolDay }).ok).toBe(true)
    expect(judge(careType, 0, { schoolDay }).ok).toBe(true)
    const over = judge(careType, limit + 0.5, { schoolDay })
    expect(over).toMatchObject({ ok: false, code: 'te-lang-onder-ratio', allowedMinutes: limit })
    if (!over.ok) expect(over.message).toBe(`${limit + 1} minuten onder de ratio, meer dan de ${limit} minuten die per dag mogen.`)
  })

  it('never allows a minute below half the required staff, however short the deviation', () => {
    const v = judge('KDV', 10, { minutesBelowHalf: 1 })
    expect(v).toMatchObject({ ok: false, code: 'onder-halve-bezetting', message: '1 minuten met minder dan de helft van het vereiste personeel.' })
  })

  it('lists every reason, the group too big first', () => {
    const v = judge('KDV', 200, { minutesBelowHalf: 5, minutesRefused: 20 })
    expect(v.ok).toBe(false)
    if (!v.ok) {
      expect(v.reasons.map((r) => r.code)).toEqual(['groep-te-groot', 'te-lang-onder-ratio', 'onder-halve-bezetting'])
      expect(v.code).toBe('groep-te-groot')
      expect(v.message).toContain('200 minuten onder de ratio')
    }
  })
})
