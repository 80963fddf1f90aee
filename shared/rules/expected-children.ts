// F2: who is expected in a group on a date and day part: placements, plus approved requests, minus
// absences. An absence that a journal `correctie` marked as a mistaken entry (R12) does not count.
import type { CareType, ContractKind, DayPart, RequestStatus } from '../domain/enums'
import { weekday } from '../calendar'
import { coversDayPart, sharedDayPart } from './day-part-cover'

export type ExpectedPlacement = {
  id: string
  groupId: string
  locationId: string
  careType: CareType
  contract: ContractKind
  /** 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[]
  dayParts: readonly DayPart[]
  start: string
  end?: string | null
}
export type ExpectedChildInput = { id: string; placements: readonly ExpectedPlacement[] }
export type ExpectedRequest = { id: string; childId: string; groupId: string; date: string; dayPart: DayPart; status: RequestStatus }
export type ExpectedAbsence = { id: string; childId: string; date: string; dayPart: DayPart }

export type ExpectedChildrenInput = {
  groupId: string
  date: string
  dayPart: DayPart
  children: readonly ExpectedChildInput[]
  requests: readonly ExpectedRequest[]
  absences: readonly ExpectedAbsence[]
  /** Ids of absences corrected by a journal `correctie`. */
  corrections?: readonly string[]
  /** A school holiday: `schoolweken` BSO contracts give no care then. */
  schoolHoliday?: boolean
}

export type ExpectedReason = 'plaatsing' | 'aanvraag'
/** `dayPart` is the part the child is expected for within the asked one (a KDV ochtend child on a hele dag list). */
export type ExpectedChild = { childId: string; reason: ExpectedReason; sourceId: string; dayPart: DayPart }
export type AbsentChild = ExpectedChild & { absenceId: string }

export function expectedChildren(a: ExpectedChildrenInput): { expected: ExpectedChild[]; absent: AbsentChild[] } {
  const day = weekday(a.date)
  const planned = new Map<string, ExpectedChild>()

  for (const child of a.children) {
    for (const p of child.placements) {
      if (planned.has(child.id) || p.groupId !== a.groupId) continue
      if (p.start > a.date || (p.end != null && p.end < a.date) || !p.weekdays.includes(day)) continue
      if (a.schoolHoliday && p.contract === 'schoolweken') continue
      const part = firstShared(p.dayParts, a.dayPart)
      if (part) planned.set(child.id, { childId: child.id, reason: 'plaatsing', sourceId: p.id, dayPart: part })
    }
  }
  for (const r of a.requests) {
    if (planned.has(r.childId) || r.status !== 'goedgekeurd' || r.groupId !== a.groupId || r.date !== a.date) continue
    const part = sharedDayPart(r.dayPart, a.dayPart)
    if (part) planned.set(r.childId, { childId: r.childId, reason: 'aanvraag', sourceId: r.id, dayPart: part })
  }

  const corrected = new Set(a.corrections ?? [])
  const expected: ExpectedChild[] = []
  const absent: AbsentChild[] = []
  for (const entry of planned.values()) {
    const absence = a.absences.find((x) => x.childId === entry.childId && x.date === a.date && !corrected.has(x.id) && coversDayPart(x.dayPart, entry.dayPart))
    if (absence) absent.push({ ...entry, absenceId: absence.id })
    else expected.push(entry)
  }
  return { expected, absent }
}

function firstShared(parts: readonly DayPart[], asked: DayPart): DayPart | undefined {
  const shared = parts.map((part) => sharedDayPart(part, asked)).filter((part): part is DayPart => part !== undefined)
  // A child placed for both ochtend and middag is there the whole day: a morning absence alone
  // must not take it off a whole-day list.
  if (shared.includes('hele dag') || (shared.includes('ochtend') && shared.includes('middag'))) return 'hele dag'
  return shared[0]
}
