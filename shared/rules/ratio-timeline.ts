// The day's ratio record of one group (BKR.md, "what the app does with it"): from when each child and
// each staff member was on the group, the stretches of the day between two changes (someone arrives or
// leaves), each with the staff the children then present require (requiredStaff) and the staff present,
// and the time spent below the ratio and below half of it. The three-hour rule judges those totals
// (three-hour-rule.ts). Pure: the caller says until when a child or staff member still checked in counts.
//
// Event-based: the check-in and check-out instants are the only moments the answer can change, so the
// day is cut at those (sorted) and each stretch is judged once, not minute by minute.
import { addDays, amsterdamInstant } from '../calendar'
import { requiredStaff, type RatioCareType, type StaffRatioCode } from './staff-ratio'

/** A child on the group: checked in, and checked out or still there. */
export interface ChildInterval {
  checkIn: Date
  checkOut?: Date | null
  birthDate: string
}

/** A staff member working on the group: checked in, and checked out or still there. */
export interface StaffInterval {
  checkIn: Date
  checkOut?: Date | null
}

export interface RatioTimelineInput {
  careType: RatioCareType
  /** 'yyyy-MM-dd': the day recorded (Amsterdam) and the date ages are taken on. */
  date: string
  children: readonly ChildInterval[]
  staff: readonly StaffInterval[]
  /**
   * Until when someone without a check-out counts as present: now for today, the group's closing time
   * for a day gone by (a forgotten check-out should not run on into the night).
   */
  openUntil: Date
}

export interface RatioSegment {
  from: Date
  to: Date
  children: number
  /** Staff the children present require; null when no number of staff makes the group allowed (see refusal). */
  required: number | null
  present: number
  /** Fewer staff than required (a refused group counts as below). */
  below: boolean
  /** Fewer than half the required staff: the three-hour rule never allows that. */
  belowHalf: boolean
  refusal?: StaffRatioCode
}

export interface RatioTimeline {
  /** The stretches with anyone on the group, in order; neighbours that would read the same are joined. */
  segments: RatioSegment[]
  /** Exact (fractions when check-ins carry seconds); round for display only. */
  minutesBelow: number
  minutesBelowHalf: number
  /** Minutes in which the group was larger than the tables allow at all (e.g. 17 children at a KDV). */
  minutesRefused: number
}

const MINUTE = 60_000

/** The Amsterdam day of `date` as instants: 00:00 up to the next day's 00:00 (23 or 25 hours when the clocks change). */
export function dayBounds(date: string): { start: Date; end: Date } {
  return { start: amsterdamInstant(date, '00:00'), end: amsterdamInstant(addDays(date, 1), '00:00') }
}

interface Span { from: number; to: number }

/** The part of [checkIn, checkOut or openUntil) inside the day, or null when nothing of it is. */
function clip(checkIn: Date, checkOut: Date | null | undefined, openUntil: number, day: Span): Span | null {
  const from = Math.max(checkIn.getTime(), day.from)
  const to = Math.min(checkOut ? checkOut.getTime() : openUntil, day.to)
  return to > from ? { from, to } : null
}

type Change = { at: number; kind: 'child' | 'staff'; index: number; delta: 1 | -1 }

export function ratioTimeline(a: RatioTimelineInput): RatioTimeline {
  const bounds = dayBounds(a.date)
  const day = { from: bounds.start.getTime(), to: bounds.end.getTime() }
  const openUntil = a.openUntil.getTime()
  const changes: Change[] = []
  const add = (kind: Change['kind'], index: number, span: Span | null) => {
    if (!span) return
    changes.push({ at: span.from, kind, index, delta: 1 }, { at: span.to, kind, index, delta: -1 })
  }
  a.children.forEach((c, i) => add('child', i, clip(c.checkIn, c.checkOut, openUntil, day)))
  a.staff.forEach((s, i) => add('staff', i, clip(s.checkIn, s.checkOut, openUntil, day)))
  changes.sort((x, y) => x.at - y.at)

  const present = new Set<number>()
  let staff = 0
  const segments: RatioSegment[] = []
  const totals = { below: 0, belowHalf: 0, refused: 0 }
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!
    if (change.kind === 'child') {
      if (change.delta > 0) present.add(change.index)
      else present.delete(change.index)
    } else staff += change.delta
    const next = changes[i + 1]
    // Several changes at one instant are applied together before the stretch after them is judged.
    if (!next || next.at === change.at) continue
    if (present.size === 0 && staff === 0) continue
    const segment = judge(a, present, staff, change.at, next.at)
    const length = (next.at - change.at) / MINUTE
    if (segment.below) totals.below += length
    if (segment.belowHalf) totals.belowHalf += length
    if (segment.refusal) totals.refused += length
    const last = segments[segments.length - 1]
    if (last && sameReading(last, segment) && last.to.getTime() === segment.from.getTime()) last.to = segment.to
    else segments.push(segment)
  }
  return { segments, minutesBelow: totals.below, minutesBelowHalf: totals.belowHalf, minutesRefused: totals.refused }
}

function judge(a: RatioTimelineInput, present: ReadonlySet<number>, staff: number, from: number, to: number): RatioSegment {
  const birthDates = [...present].map((i) => a.children[i]!.birthDate)
  const result = requiredStaff({ careType: a.careType, date: a.date, birthDates })
  const base = { from: new Date(from), to: new Date(to), children: birthDates.length, present: staff }
  if (!result.ok) return { ...base, required: null, below: true, belowHalf: false, refusal: result.code }
  // "At least half the required staff": 3 required needs 2 present (1.5 rounded up), 2 required needs 1.
  return { ...base, required: result.staff, below: staff < result.staff, belowHalf: staff * 2 < result.staff }
}

function sameReading(x: RatioSegment, y: RatioSegment): boolean {
  return x.children === y.children && x.required === y.required && x.present === y.present && x.refusal === y.refusal
}
