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
/** `at`: when it was submitted; a request made after an absence brings the child back (R12). */
export type ExpectedRequest = { id: string; childId: string; groupId: string; date: string; dayPart: DayPart; status: RequestStatus; at?: string }
/** `at`: when the absence was entered. */
export type ExpectedAbsence = { id: string; childId: string; date: string; dayPart: DayPart; at?: string }

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
    const comesAfterAll = absence ? requestAfter(a, absence, entry.dayPart) : undefined
    if (comesAfterAll) expected.push({ childId: entry.childId, reason: 'aanvraag', sourceId: comesAfterAll.id, dayPart: entry.dayPart })
    else if (absence) absent.push({ ...entry, absenceId: absence.id })
    else expected.push(entry)
  }
  return { expected, absent }
}

/**
 * R12: an absence is final, but the child may come after all through a new request. An approved
 * request of this group for the absent part, submitted after the absence was entered, wins over it.
 * Without both moments nothing says which came first, and the absence stands.
 */
function requestAfter(a: ExpectedChildrenInput, absence: ExpectedAbsence, part: DayPart): ExpectedRequest | undefined {
  if (absence.at === undefined) return undefined
  const absentAt = Date.parse(absence.at)
  return a.requests.find((r) => r.childId === absence.childId && r.status === 'goedgekeurd' && r.groupId === a.groupId && r.date === a.date
    && r.at !== undefined && Date.parse(r.at) > absentAt && coversDayPart(r.dayPart, part))
}

function firstShared(parts: readonly DayPart[], asked: DayPart): DayPart | undefined {
  const shared = parts.map((part) => sharedDayPart(part, asked)).filter((part): part is DayPart => part !== undefined)
  // A child placed for both ochtend and middag is there the whole day: a morning absence alone
  // must not take it off a whole-day list.
  if (shared.includes('hele dag') || (shared.includes('ochtend') && shared.includes('middag'))) return 'hele dag'
  return shared[0]
}
