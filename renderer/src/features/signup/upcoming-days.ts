// The table `Komende studiedagen` (F6, F9): one row per date from today on on which a school of the
// location is closed, with what kind of day, which schools, how many lines stand on its sheet and
// the sheet's status. A sheet that already exists for a coming date is listed too, even when its
// study day was taken back: its lines must stay reachable.
import { signupSheetId } from '../../../../shared/domain'
import type { SignupSheetStatus, StudyDayKind } from '../../../../shared/domain'

export interface UpcomingDay {
  date: string
  sheetId: string
  kinds: StudyDayKind[]
  schools: string[]
  /** Lines signed and not withdrawn. */
  lineCount: number
  /** null: nobody opened the sheet yet. */
  sheetStatus: SignupSheetStatus | null
}

export interface UpcomingDaysInput {
  location: { id: string; schools: readonly { id: string; name: string }[] }
  studyDays: readonly { schoolId: string; schoolName: string; date: string; kind: StudyDayKind }[]
  sheets: readonly { locationId: string; date: string; status: SignupSheetStatus }[]
  lines: readonly { id: string; locationId: string; date: string }[]
  /** Ids of withdrawn lines (journal `intrekking`). */
  withdrawn: ReadonlySet<string>
  today: string
}

export function upcomingDays(a: UpcomingDaysInput): UpcomingDay[] {
  const served = new Map(a.location.schools.map((s) => [s.id, s.name]))
  const days = new Map<string, UpcomingDay>()
  const dayOf = (date: string): UpcomingDay => {
    let day = days.get(date)
    if (!day) {
      day = { date, sheetId: signupSheetId(a.location.id, date), kinds: [], schools: [], lineCount: 0, sheetStatus: null }
      days.set(date, day)
    }
    return day
  }
  for (const s of a.studyDays) {
    if (s.date < a.today || !served.has(s.schoolId)) continue
    const day = dayOf(s.date)
    if (!day.kinds.includes(s.kind)) day.kinds.push(s.kind)
    const name = s.schoolName || served.get(s.schoolId) || s.schoolId
    if (!day.schools.includes(name)) day.schools.push(name)
  }
  for (const sheet of a.sheets) {
    if (sheet.locationId === a.location.id && sheet.date >= a.today) dayOf(sheet.date).sheetStatus = sheet.status
  }
  for (const line of a.lines) {
    const day = line.locationId === a.location.id ? days.get(line.date) : undefined
    if (day && !a.withdrawn.has(line.id)) day.lineCount += 1
  }
  return [...days.values()]
    .map((d) => ({ ...d, kinds: [...d.kinds].sort(), schools: [...d.schools].sort((x, y) => x.localeCompare(y, 'nl')) }))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
}
