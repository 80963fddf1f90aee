// The overview of closed sheets (F6, customer service): per sheet its location, date, number of
// lines and how many still wait for a decision. Sheets with nothing left are "afgehandeld" and
// hidden unless asked for, so the list is the clerk's work queue, newest study day first.
import type { JournalEntry, SignupLine, SignupSheet } from '../../../../shared/domain'
import { signupLineStatus } from '../../../../shared/rules'

export interface SheetSummary {
  sheet: SignupSheet
  locationName: string
  lines: number
  /** Lines neither withdrawn nor decided. */
  open: number
}

export interface SheetSummariesInput {
  sheets: readonly SignupSheet[]
  lines: readonly SignupLine[]
  journal: readonly Pick<JournalEntry, 'targetId' | 'kind'>[]
  locationNames: ReadonlyMap<string, string>
}

export function sheetSummaries(input: SheetSummariesInput): SheetSummary[] {
  const factsOf = new Map<string, Pick<JournalEntry, 'kind'>[]>()
  for (const fact of input.journal) {
    const list = factsOf.get(fact.targetId) ?? []
    list.push(fact)
    factsOf.set(fact.targetId, list)
  }
  const counts = new Map<string, { lines: number; open: number }>()
  for (const line of input.lines) {
    const count = counts.get(line.sheetId) ?? { lines: 0, open: 0 }
    count.lines++
    if (signupLineStatus(factsOf.get(line.id) ?? []) === 'getekend') count.open++
    counts.set(line.sheetId, count)
  }
  return input.sheets
    .filter((sheet) => sheet.status === 'gesloten')
    .map((sheet) => ({
      sheet,
      locationName: input.locationNames.get(sheet.locationId) ?? sheet.locationId,
      ...(counts.get(sheet.id) ?? { lines: 0, open: 0 }),
    }))
    .sort((a, b) => b.sheet.date.localeCompare(a.sheet.date) || a.locationName.localeCompare(b.locationName, 'nl'))
}

/** The sheets shown: of one location or all (null), and only those with work left unless showDone. */
export function visibleSheets(summaries: readonly SheetSummary[], filter: { locationId: string | null; showDone: boolean }): SheetSummary[] {
  return summaries.filter((s) => (filter.locationId === null || s.sheet.locationId === filter.locationId) && (filter.showDone || s.open > 0))
}
