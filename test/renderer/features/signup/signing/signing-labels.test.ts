import { describe, expect, it } from 'vitest'
import { draftWhen } from '../../../../../renderer/src/features/signup/signing/draft-when'
import { weekdayDate as longDate } from '../../../../../renderer/src/i18n/format-date'
import { translator } from '../../../../../renderer/src/i18n/translate'

describe('what the parent reads', () => {
  it('names the study day in full, weekday first, whatever the time zone', () => {
    expect(longDate('2026-12-02')).toBe('woensdag 2 december 2026')
    expect(longDate('2027-01-01')).toBe('vrijdag 1 januari 2027')
    expect(longDate('2026-12-02', 'en')).toContain('2 December 2026')
  })

  it('says how long: a day part, or the agreed times with an en dash', () => {
    const t = translator('nl')
    expect(draftWhen({ dayPart: 'hele dag' }, t)).toBe('Hele dag')
    expect(draftWhen({ dayPart: 'ochtend' }, t)).toBe('Ochtend')
    expect(draftWhen({ dayPart: 'middag' }, t)).toBe('Middag')
    expect(draftWhen({}, t)).toBe('Hele dag')
    expect(draftWhen({ times: { start: '08:30', end: '17:00' } }, t)).toBe('08:30–17:00')
  })
})
