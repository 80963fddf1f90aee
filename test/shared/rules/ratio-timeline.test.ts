import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, amsterdamInstant } from '../../../shared/calendar'
import { dayBounds, ratioTimeline, requiredStaff, type ChildInterval, type StaffInterval } from '../../../shared/rules'

const date = '2026-06-15'
const at = (time: string, day = date) => amsterdamInstant(day, time)
const baby = '2026-01-10' // under 1 on the date: 3 per staff member (BKR.md tabel 1, 0–1)
const toddler = '2023-01-10' // 3 years old: 8 per staff member (3–4)
const child = (from: string, to: string | null, birthDate = baby): ChildInterval => ({ checkIn: at(from), checkOut: to ? at(to) : null, birthDate })
const staff = (from: string, to: string | null): StaffInterval => ({ checkIn: at(from), checkOut: to ? at(to) : null })
const times = <T,>(n: number, make: () => T): T[] => Array.from({ length: n }, make)
const endOfDay = at('23:59')

describe('ratioTimeline', () => {
  it('has nothing to say about a day nobody was there', () => {
    expect(ratioTimeline({ careType: 'KDV', date, children: [], staff: [], openUntil: endOfDay }))
      .toEqual({ segments: [], minutesBelow: 0, minutesBelowHalf: 0, minutesRefused: 0 })
  })

  it('three babies with one staff member all morning: one stretch, within the ratio', () => {
    const t = ratioTimeline({ careType: 'KDV', date, children: times(3, () => child('08:00', '12:00')), staff: [staff('08:00', '12:00')], openUntil: endOfDay })
    expect(t.segments).toEqual([{ from: at('08:00'), to: at('12:00'), children: 3, required: 1, present: 1, below: false, belowHalf: false }])
    expect(t.minutesBelow).toBe(0)
  })

  it('counts the hour a second staff member was still missing for four babies', () => {
    const t = ratioTimeline({
      careType: 'KDV', date, children: times(4, () => child('08:00', '12:00')),
      staff: [staff('08:00', '12:00'), staff('09:00', '12:00')], openUntil: endOfDay,
    })
    expect(t.segments.map((s) => [s.from, s.to, s.required, s.present, s.below])).toEqual([
      [at('08:00'), at('09:00'), 2, 1, true],
      [at('09:00'), at('12:00'), 2, 2, false],
    ])
    expect(t.minutesBelow).toBe(60)
    expect(t.minutesBelowHalf).toBe(0)
  })

  it('counts minutes below half the required staff: seven babies need 3, one present is less than 1.5', () => {
    const t = ratioTimeline({
      careType: 'KDV', date, children: times(7, () => child('08:00', '10:00')),
      staff: [staff('08:00', '10:00'), staff('08:30', '10:00'), staff('09:00', '10:00')], openUntil: endOfDay,
    })
    expect(t.minutesBelow).toBe(60)
    expect(t.minutesBelowHalf).toBe(30) // 08:00–08:30 with 1; 08:30–09:00 with 2 is at least half of 3
  })

  it('follows children arriving and leaving one by one', () => {
    const t = ratioTimeline({
      careType: 'KDV', date,
      children: [child('08:00', '12:00'), child('08:00', '12:00'), child('08:00', '12:00'), child('10:00', '11:00')],
      staff: [staff('07:30', '12:30')], openUntil: endOfDay,
    })
    expect(t.segments.map((s) => [s.from, s.to, s.children, s.required])).toEqual([
      [at('07:30'), at('08:00'), 0, 0],
      [at('08:00'), at('10:00'), 3, 1],
      [at('10:00'), at('11:00'), 4, 2],
      [at('11:00'), at('12:00'), 3, 1],
      [at('12:00'), at('12:30'), 0, 0],
    ])
    expect(t.minutesBelow).toBe(60)
  })

  it('joins stretches that read the same: one child leaving as another of the same age arrives', () => {
    const t = ratioTimeline({
      careType: 'KDV', date, children: [child('08:00', '10:00', toddler), child('10:00', '12:00', toddler)],
      staff: [staff('08:00', '12:00')], openUntil: endOfDay,
    })
    expect(t.segments).toHaveLength(1)
    expect(t.segments[0]).toMatchObject({ from: at('08:00'), to: at('12:00'), children: 1 })
  })

  it('runs someone still checked in until openUntil, and leaves out a check-in after it', () => {
    const t = ratioTimeline({
      careType: 'KDV', date, children: [...times(4, () => child('08:00', null)), child('11:00', null)],
      staff: [staff('08:00', null)], openUntil: at('10:15'),
    })
    expect(t.segments).toEqual([{ from: at('08:00'), to: at('10:15'), children: 4, required: 2, present: 1, below: true, belowHalf: false }])
    expect(t.minutesBelow).toBe(135)
  })

  it('keeps to the day: a check-in of the evening before counts from midnight', () => {
    const t = ratioTimeline({
      careType: 'KDV', date, children: times(4, () => ({ checkIn: at('23:00', addDays(date, -1)), checkOut: at('00:30'), birthDate: baby })),
      staff: [], openUntil: endOfDay,
    })
    expect(t.segments[0]?.from).toEqual(at('00:00'))
    expect(t.minutesBelow).toBe(30)
    expect(t.minutesBelowHalf).toBe(30)
  })

  it('counts a group larger than the tables allow as refused and below', () => {
    const t = ratioTimeline({ careType: 'KDV', date, children: times(17, () => child('09:00', '09:20', toddler)), staff: times(4, () => staff('09:00', '09:20')), openUntil: endOfDay })
    expect(t.segments[0]).toMatchObject({ required: null, refusal: 'groep-te-groot', below: true })
    expect(t.minutesRefused).toBe(20)
    expect(t.minutesBelow).toBe(20)
  })

  it('judges BSO by its own table: 11 children aged 8 need 1, 13 need 2', () => {
    const eight = '2018-01-10'
    const t = ratioTimeline({
      careType: 'BSO', date, children: [...times(12, () => child('15:00', '18:00', eight)), child('16:00', '17:00', eight)],
      staff: [staff('15:00', '18:00')], openUntil: endOfDay,
    })
    expect(t.minutesBelow).toBe(60)
  })

  it('knows the day the clocks go back has 25 hours', () => {
    const { start, end } = dayBounds('2026-10-25')
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(25)
  })
})

// Properties over random whole-minute intervals between 07:00 and 09:00.
const minuteOf = (m: number) => new Date(at('07:00').getTime() + m * 60_000)
const interval = fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 120 }), fc.option(fc.constant(true), { nil: undefined }))
const birthDate = fc.constantFrom(baby, '2025-03-01', '2024-05-01', toddler)
const kids = fc.array(fc.tuple(interval, birthDate).map(([[from, len, open], b]): ChildInterval => ({
  checkIn: minuteOf(from), checkOut: open ? null : minuteOf(from + len), birthDate: b,
})), { maxLength: 8 })
const staffs = fc.array(interval.map(([from, len, open]): StaffInterval => ({ checkIn: minuteOf(from), checkOut: open ? null : minuteOf(from + len) })), { maxLength: 3 })
const openUntil = minuteOf(150)

describe('ratioTimeline properties', () => {
  it('more staff never adds minutes below the ratio, nor below half of it', () => {
    fc.assert(fc.property(kids, staffs, staffs, (children, some, more) => {
      const before = ratioTimeline({ careType: 'KDV', date, children, staff: some, openUntil })
      const after = ratioTimeline({ careType: 'KDV', date, children, staff: [...some, ...more], openUntil })
      expect(after.minutesBelow).toBeLessThanOrEqual(before.minutesBelow)
      expect(after.minutesBelowHalf).toBeLessThanOrEqual(before.minutesBelowHalf)
    }), { numRuns: 150 })
  })

  it('agrees with judging minute by minute', () => {
    const inAt = (i: { checkIn: Date; checkOut?: Date | null }, t: Date) =>
      i.checkIn <= t && (i.checkOut ? i.checkOut > t : openUntil > t)
    fc.assert(fc.property(kids, staffs, (children, staff) => {
      let below = 0
      let belowHalf = 0
      for (let m = 0; m < 240; m++) {
        const t = minuteOf(m)
        const here = children.filter((c) => inAt(c, t)).map((c) => c.birthDate)
        const present = staff.filter((s) => inAt(s, t)).length
        const need = requiredStaff({ careType: 'KDV', date, birthDates: here })
        if (!need.ok || present < need.staff) below++
        if (need.ok && present * 2 < need.staff) belowHalf++
      }
      const t = ratioTimeline({ careType: 'KDV', date, children, staff, openUntil })
      expect(t.minutesBelow).toBe(below)
      expect(t.minutesBelowHalf).toBe(belowHalf)
    }), { numRuns: 60 })
  })
})
