// What an import file says, once read: the same shape whichever format it came in (CSV or JSON),
// before it meets the stored documents. Every part remembers where in the file it was written
// (`source`), so that a problem found later still points at a line or a JSON path.
import type { CareType, ContractKind, DayPart } from '../../shared/domain'
import type { Collector, GroupDayPart, Medical } from '../../shared/domain'

/** A place in the file: a CSV line (1 = the header) or a JSON path ('$.children[3].parents[0]'). */
export type Source = { line: number } | { path: string }

export interface ImportGroup {
  id: string
  name: string
  careType: CareType
  /** Opening times and capacity per day part; absent = the stored ones, or SPEC §7's defaults for a new group. */
  dayParts?: GroupDayPart[]
  /** One capacity for every day part (CSV `groep_capaciteit`, JSON `capacity`). */
  capacity?: number
  ageFromMonths?: number
  ageToMonths?: number
  source: Source
}

export interface ImportLocation {
  id: string
  name: string
  schools: { id: string; name: string }[]
  groups: ImportGroup[]
  source: Source
}

export interface ImportParent {
  rank: 1 | 2
  name: string
  phones: string[]
  emails: string[]
}

/** A contract balance: BSO holiday days or Qflexibel hours of one placement in one calendar year. */
export interface ImportBalance {
  year: number
  unit: 'vakantiedagen' | 'flexuren'
  amount: number
  source: Source
}

export interface ImportPlacement {
  id: string
  groupId: string
  contract: ContractKind
  weekdays: number[]
  dayParts: DayPart[]
  start: string
  end?: string
  balances: ImportBalance[]
  source: Source
}

export interface ImportChild {
  id: string
  firstName: string
  lastName: string
  birthDate: string
  schoolId?: string
  taxi: boolean
  /** Absent = the file does not carry it (a CSV export never does): the stored value stays. */
  medical?: Medical
  collectors?: Collector[]
  parents: ImportParent[]
  placements: ImportPlacement[]
  source: Source
}

export interface ImportSet {
  locations: ImportLocation[]
  children: ImportChild[]
}

/** One problem in the file, with where it is and a Dutch reason. */
export interface ImportIssue {
  line?: number
  path?: string
  /** Stable code for the kind of problem. */
  code: string
  message: string
}

export function issueAt(source: Source, code: string, message: string): ImportIssue {
  return 'line' in source ? { line: source.line, code, message } : { path: source.path, code, message }
}

/** How a source reads in a Dutch message: 'regel 12' or '$.children[3]'. */
export function describeSource(issue: Pick<ImportIssue, 'line' | 'path'>): string {
  if (issue.line !== undefined) return `regel ${issue.line}`
  return issue.path ?? 'bestand'
}

export type ParseOutcome = { ok: true; set: ImportSet } | { ok: false; errors: ImportIssue[] }
