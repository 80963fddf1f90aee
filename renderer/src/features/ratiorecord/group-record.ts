// One group's day for the Dagverslag BKR: its attendance day document turned into the intervals the
// shared ratio timeline reads, judged by the three-hour rule. Pure, so the screen and the printout show
// the same numbers and tests need no database.
import type { AttendanceDay, Group } from '../../../../shared/domain'
import { amsterdamInstant, weekday } from '../../../../shared/calendar'
import {
  ratioCareType, ratioTimeline, threeHourRule,
  type ChildInterval, type RatioCareType, type RatioTimeline, type StaffInterval, type ThreeHourVerdict,
} from '../../../../shared/rules'

export interface RecordChild {
  birthDate: string
  schoolId?: string
}

export interface GroupRecordInput {
  group: Pick<Group, 'id' | 'careType' | 'dayParts'>
  /** 'yyyy-MM-dd', the day recorded; `today` and `now` decide how far it runs. */
  date: string
  today: string
  now: Date
  day: Pick<AttendanceDay, 'entries' | 'staff'> | null
  children: ReadonlyMap<string, RecordChild>
  /** Schools with a study or closing day on `date` (F9). */
  studyDaySchools: ReadonlySet<string>
  /** BSO: what staff set for the day (a school holiday the app cannot know); undefined keeps the default. */
  schoolDay?: boolean
}

export interface GroupRecord {
  careType: RatioCareType
  timeline: RatioTimeline
  verdict: ThreeHourVerdict
  schoolDay: boolean
}

/** The group's closing time that day: the latest end of its day parts. */
function closingTime(group: GroupRecordInput['group'], date: string): Date {
  const end = group.dayParts.map((p) => p.end).sort().at(-1) ?? '23:59'
  return amsterdamInstant(date, end)
}

/**
 * Until when someone still checked in counts: today until now; a day gone by until the group closed
 * (a forgotten check-out should not add a night below the ratio); a day still to come not at all.
 */
export function openUntil(a: Pick<GroupRecordInput, 'group' | 'date' | 'today' | 'now'>): Date {
  if (a.date === a.today) return a.now
  return a.date < a.today ? closingTime(a.group, a.date) : amsterdamInstant(a.date, '00:00')
}

/**
 * (default) A weekday is a school day unless a school of a child on the group that day has a study or
 * closing day. The app holds no school-holiday calendar (shared/demo's holidays are demo data only), so
 * in a holiday staff mark the day as free on the screen.
 */
export function defaultSchoolDay(date: string, schoolIds: Iterable<string>, studyDaySchools: ReadonlySet<string>): boolean {
  if (weekday(date) > 5) return false
  for (const id of schoolIds) if (studyDaySchools.has(id)) return false
  return true
}

/** A child whose document this PC lacks counts as under 1: the strictest band, so a gap never hides a shortage. */
const unknownAge = (date: string) => date

export function groupRecord(a: GroupRecordInput): GroupRecord | null {
  const careType = ratioCareType(a.group.careType)
  if (careType === null) return null
  const entries = (a.day?.entries ?? []).filter((e) => e.checkIn !== undefined)
  const children = entries.map((e): ChildInterval => ({
    checkIn: new Date(e.checkIn!), checkOut: e.checkOut ? new Date(e.checkOut) : null,
    birthDate: a.children.get(e.childId)?.birthDate ?? unknownAge(a.date),
  }))
  const staff = (a.day?.staff ?? []).filter((s) => s.checkIn !== undefined)
    .map((s): StaffInterval => ({ checkIn: new Date(s.checkIn!), checkOut: s.checkOut ? new Date(s.checkOut) : null }))
  const timeline = ratioTimeline({ careType, date: a.date, children, staff, openUntil: openUntil(a) })
  const schools = entries.flatMap((e) => a.children.get(e.childId)?.schoolId ?? [])
  const schoolDay = a.schoolDay ?? defaultSchoolDay(a.date, schools, a.studyDaySchools)
  const verdict = threeHourRule({
    careType, schoolDay, minutesBelow: timeline.minutesBelow, minutesBelowHalf: timeline.minutesBelowHalf, minutesRefused: timeline.minutesRefused,
  })
  return { careType, timeline, verdict, schoolDay }
}
