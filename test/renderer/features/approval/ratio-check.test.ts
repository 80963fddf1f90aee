// The BKR check beside the room check (issue 9): the expected children plus the requested child against
// the staff planned; the queue's look-up (over the room look-up's expected sets) agrees with the
// detail's (over the documents), and the words say when it does not fit.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { DayPart, Request } from '../../../../shared/domain'
import { ratioBroken, ratioCheck, ratioForRequest, ratioLookup, groupDayKey } from '../../../../renderer/src/features/approval/ratio-check'
import { ratioMarker, ratioSentence } from '../../../../renderer/src/features/approval/ratio-text'
import { roomLookup } from '../../../../renderer/src/features/approval/room-lookup'
import { translator } from '../../../../renderer/src/i18n/translate'
import { child, day, kdv, request } from './fixtures'

const twoYearOld = '2024-03-01' // on 2026-12-02: band 2–3, 8 children per staff member
const baby = '2026-06-01'
const kids = (n: number, birthDate = twoYearOld) => Array.from({ length: n }, () => birthDate)
const check = (expected: string[][], planned: number, childBirthDate = twoYearOld, careType: 'KDV' | 'VSO' = 'KDV') =>
  ratioCheck({ careType, date: day, parts: expected, childBirthDate, plannedStaff: planned })

describe('ratioCheck', () => {
  it('counts the requested child in: the eighth two-year-old still fits one staff member, the ninth needs two', () => {
    expect(check([kids(7)], 1)).toEqual({ kind: 'counted', required: 1, planned: 1, fits: true, noStaff: false })
    const ninth = check([kids(8)], 1)
    expect(ninth).toEqual({ kind: 'counted', required: 2, planned: 1, fits: false, noStaff: false })
    expect(ratioBroken(ninth)).toBe(true)
    expect(ratioBroken(check([kids(8)], 2))).toBe(false)
  })

  it('takes the busiest day part of a hele dag', () => {
    expect(check([kids(8), kids(2)], 1)).toMatchObject({ required: 2, fits: false })
  })

  it('says when nobody is planned, without flagging it', () => {
    const none = check([kids(3)], 0)
    expect(none).toEqual({ kind: 'counted', required: 1, planned: 0, fits: false, noStaff: true })
    expect(ratioBroken(none)).toBe(false)
    expect(ratioMarker(none)).toBe('noStaff')
  })

  it('refuses a group the tables do not allow at all, and has no ratio for VSO', () => {
    const tooBig = check([kids(16)], 3)
    expect(tooBig).toMatchObject({ kind: 'refused', planned: 3 })
    expect(ratioBroken(tooBig)).toBe(true)
    expect(check([kids(3)], 1, twoYearOld, 'VSO')).toEqual({ kind: 'none' })
  })

  it('words it: the numbers, the warning, the missing roster', () => {
    const t = translator('nl')
    expect(ratioSentence(t, check([kids(7)], 1))).toEqual({ alert: false, text: 'BKR: met dit kind 1 nodig, 1 ingeroosterd' })
    expect(ratioSentence(t, check([kids(8, baby)], 2, baby))).toEqual({ alert: true, text: 'Past niet binnen de BKR: met dit kind 3 nodig, 2 ingeroosterd.' })
    expect(ratioSentence(t, check([kids(3)], 0))).toEqual({ alert: false, text: 'BKR: met dit kind 1 nodig, 0 ingeroosterd. Geen personeel ingeroosterd.' })
    expect(ratioMarker(null)).toBe('unknown')
  })
})

describe('the queue look-up and the detail agree', () => {
  it('for any small world of placements and approvals, and any planned staff', () => {
    const parts: DayPart[] = ['ochtend', 'middag', 'hele dag']
    const births = [twoYearOld, baby, '2023-01-15', '2025-05-05']
    const world = fc.record({
      placed: fc.array(fc.record({ part: fc.constantFrom(...parts), born: fc.constantFrom(...births) }), { maxLength: 10 }),
      approved: fc.array(fc.record({ child: fc.integer({ min: 0, max: 12 }), part: fc.constantFrom(...parts) }), { maxLength: 4 }),
      asked: fc.record({ child: fc.integer({ min: 0, max: 12 }), part: fc.constantFrom(...parts) }),
      planned: fc.integer({ min: 0, max: 3 }),
    })
    fc.assert(fc.property(world, ({ placed, approved, asked, planned }) => {
      const children = Array.from({ length: 13 }, (_, i) => {
        const p = placed[i]
        return p ? { ...child(`c-${i}`, { dayParts: [p.part] }), birthDate: p.born } : { ...child(`c-${i}`, { groupId: 'g-elders' }), birthDate: baby }
      })
      const requests: Request[] = approved.map((a, i) => request(`c-${a.child}`, { id: `ok-${i}`, status: 'goedgekeurd', dayPart: a.part }))
      const asking = request(`c-${asked.child}`, { id: 'asked', dayPart: asked.part })
      const room = roomLookup({ groups: [kdv], children, requests, absences: [], corrections: [], range: { from: day, to: day } })
      const lookup = ratioLookup({
        groups: [kdv], expectedFor: room.expectedFor, birthDates: new Map(children.map((c) => [c.id, c.birthDate])),
        plannedStaff: new Map([[groupDayKey(kdv.id, day), planned]]),
      })
      const detail = ratioForRequest({ group: kdv, request: asking, children, requests, absences: [], corrections: [], plannedStaff: planned })
      expect(lookup(asking)).toEqual(detail)
      expect(lookup(asking)).toBe(lookup(asking))
    }), { numRuns: 150 })
  })

  it('answers nothing for a date the room facts do not cover', () => {
    const room = roomLookup({ groups: [kdv], children: [], requests: [], absences: [], corrections: [], range: { from: day, to: day } })
    const lookup = ratioLookup({ groups: [kdv], expectedFor: room.expectedFor, birthDates: new Map([['k', twoYearOld]]), plannedStaff: new Map() })
    expect(lookup(request('k', { date: '2026-12-09' }))).toBeNull()
    expect(lookup(request('k'))).toMatchObject({ kind: 'counted', required: 1, planned: 0, noStaff: true })
  })
})
