// One group's Dagverslag BKR: the attendance day document read as intervals (planned-only staff do not
// count), how far the day runs (today to now, a past day to closing time), BSO's school day, and the
// words of the verdict.
import { describe, expect, it } from 'vitest'
import type { AttendanceDay } from '../../../../shared/domain'
import { amsterdamInstant } from '../../../../shared/calendar'
import { defaultSchoolDay, groupRecord, openUntil, type GroupRecordInput } from '../../../../renderer/src/features/ratiorecord/group-record'
import { minutesText, verdictText } from '../../../../renderer/src/features/ratiorecord/record-text'
import { translator } from '../../../../renderer/src/i18n/translate'
import { bso, kdv } from '../attendance/fixtures'

const date = '2026-12-02' // a Wednesday
const at = (time: string, d = date) => amsterdamInstant(d, time).toISOString()
const fact = { by: 'mw-1', device: 'pc-a', at: at('07:00'), rev: 1 }
const entry = (childId: string, checkIn: string, checkOut?: string): AttendanceDay['entries'][number] =>
  ({ childId, unplanned: false, wentHome: false, checkIn: at(checkIn), ...(checkOut ? { checkOut: at(checkOut) } : {}), ...fact })
const staff = (staffId: string, checkIn?: string, checkOut?: string) =>
  ({ staffId, planned: true, ...(checkIn ? { checkIn: at(checkIn) } : {}), ...(checkOut ? { checkOut: at(checkOut) } : {}), ...fact })
const babies = new Map(['a', 'b', 'c', 'd'].map((id) => [id, { birthDate: '2026-06-01' }]))
const t = translator('nl')

const input = (over: Partial<GroupRecordInput>): GroupRecordInput => ({
  group: kdv, date, today: '2026-12-05', now: new Date(at('12:00', '2026-12-05')), day: null, children: babies, studyDaySchools: new Set(), ...over,
})

describe('groupRecord', () => {
  it('counts the hour four babies had one staff member; planned-only staff do not count', () => {
    const day = {
      entries: ['a', 'b', 'c', 'd'].map((id) => entry(id, '08:00', '12:00')),
      staff: [staff('mw-1', '08:00', '12:00'), staff('mw-2', '09:00', '12:00'), staff('mw-3')],
    }
    const record = groupRecord(input({ day }))!
    expect(record.timeline.minutesBelow).toBe(60)
    expect(record.verdict.ok).toBe(true)
    expect(minutesText(t, record)).toBe('60 minuten onder de ratio')
    expect(verdictText(t, record)).toBe('Binnen de drie-uursregeling')
  })

  it('runs today until now and a past day until closing time, for whoever did not check out', () => {
    const day = { entries: ['a', 'b', 'c', 'd'].map((id) => entry(id, '17:00')), staff: [staff('mw-1', '17:00')] }
    expect(groupRecord(input({ day }))!.timeline.minutesBelow).toBe(90) // closes 18:30
    expect(groupRecord(input({ day, today: date, now: new Date(at('17:20')) }))!.timeline.minutesBelow).toBe(20)
    expect(openUntil({ group: kdv, date: '2026-12-09', today: date, now: new Date(at('17:20')) })).toEqual(new Date(at('00:00', '2026-12-09')))
  })

  it('words the verdict outside the rule with every reason', () => {
    const day = { entries: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => entry(id, '08:00', '12:00')), staff: [staff('mw-1', '08:00', '12:00')] }
    const record = groupRecord(input({ day, children: new Map() }))! // unknown children count as babies: 7 need 3
    expect(minutesText(t, record)).toBe('240 minuten onder de ratio, waarvan 240 minuten met minder dan de helft van het vereiste personeel')
    expect(verdictText(t, record)).toBe('Buiten de drie-uursregeling: 240 minuten onder de ratio, meer dan de 180 minuten die per dag mogen. '
      + '240 minuten met minder dan de helft van het vereiste personeel.')
  })

  it('gives BSO half an hour on a school day and three hours on a free one', () => {
    const eights = new Map(Array.from({ length: 13 }, (_, i) => [`k${i}`, { birthDate: '2018-05-01', schoolId: i === 0 ? 'school-1' : 'school-2' }]))
    const day = { entries: [...eights.keys()].map((id) => entry(id, '15:00', '15:40')), staff: [staff('mw-1', '15:00', '18:00')] }
    const school = groupRecord(input({ group: bso, day, children: eights }))!
    expect(school).toMatchObject({ schoolDay: true, verdict: { ok: false, code: 'te-lang-onder-ratio', allowedMinutes: 30 } })
    expect(groupRecord(input({ group: bso, day, children: eights, studyDaySchools: new Set(['school-1']) }))).toMatchObject({ schoolDay: false, verdict: { ok: true } })
    expect(groupRecord(input({ group: bso, day, children: eights, schoolDay: false }))!.verdict.ok).toBe(true)
  })

  it('knows no ratio for VSO', () => {
    expect(groupRecord(input({ group: { ...kdv, careType: 'VSO' } }))).toBeNull()
  })
})

describe('defaultSchoolDay', () => {
  it('is a weekday without a study day at a school of the children there', () => {
    expect(defaultSchoolDay(date, ['s1'], new Set())).toBe(true)
    expect(defaultSchoolDay('2026-12-05', [], new Set())).toBe(false) // Saturday
    expect(defaultSchoolDay(date, ['s1', 's2'], new Set(['s2']))).toBe(false)
  })
})
