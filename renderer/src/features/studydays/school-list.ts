// A school's list of study days (F9), as a CSV file or pasted from an e-mail: read with a real CSV
// parser (quotes, `;` from Dutch Excel and `,` from elsewhere, Windows line endings, a BOM), then
// judged row by row so staff see in the preview what will be imported and why a row is skipped.
// Pure: the screen reads the file, this only reads text.
import Papa from 'papaparse'
import type { StudyDayKind } from '../../../../shared/domain'
import { parseListDate, parseListKind } from './list-date'
import { studyDayProblem, type StudyDayProblem } from './study-day-checks'

/** No school has this many study days: a longer file is the wrong file (and would stall the preview). */
export const MAX_LIST_ROWS = 1000
/** Far more than 1,000 rows of a date and a word: a bigger text is refused before it is parsed. */
export const MAX_LIST_CHARS = 256 * 1024

export type ListRefusal = 'leeg' | 'te-veel-regels' | 'geen-tekst'

export interface ListRow {
  /** The line in the file (1 = the first), for the preview. */
  line: number
  dateText: string
  kindText: string
  date: string | null
  kind: StudyDayKind | null
}

export type ParsedList = { ok: true; rows: ListRow[]; hasHeader: boolean } | { ok: false; refusal: ListRefusal }

export type SkipReason = 'ongeldige-datum' | 'onbekende-soort' | Exclude<StudyDayProblem, 'ongeldige-datum'> | 'dubbel-in-de-lijst'

export interface JudgedRow extends ListRow {
  verdict: 'ok' | SkipReason
}

const delimiters = [';', ',', '\t']

/**
 * Papa Parse's own guess, made with empty lines left out (a trailing newline would spoil it). A list
 * whose rows differ in columns (dates alone, one with a kind) defeats the guess: then the first
 * delimiter that occurs at all, `;` first, as Dutch spreadsheets write.
 */
function delimiterOf(text: string): string {
  const guess = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: delimiters, preview: 20 })
  if (!guess.errors.some((e) => e.code === 'UndetectableDelimiter')) return guess.meta.delimiter
  return delimiters.find((d) => text.includes(d)) ?? ','
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '')

/** A header row names its columns; a data row has a date, so digits. */
function isHeader(cells: readonly string[]): boolean {
  return cells.every((c) => !/\d/.test(c)) && cells.some((c) => c.trim() !== '')
}

/**
 * Which column holds the date and which the kind: by the header's names, else by the first row's
 * content. `width` is the widest row's: a list of bare dates may give a kind on one row only.
 */
function columnsOf(first: readonly string[], header: boolean, width: number): { date: number; kind: number | null } {
  const find = (pattern: RegExp, from: readonly string[]) => from.findIndex((c) => pattern.test(c.trim()))
  const date = header ? find(/datum|date/i, first) : first.findIndex((c) => parseListDate(c) !== null)
  const dateColumn = date >= 0 ? date : 0
  const named = header ? find(/soort|type|kind|sluit|studie|omschrijving/i, first) : -1
  if (named >= 0 && named !== dateColumn) return { date: dateColumn, kind: named }
  if (width < 2) return { date: dateColumn, kind: null }
  return { date: dateColumn, kind: dateColumn === 0 ? 1 : 0 }
}

export function parseSchoolList(input: string): ParsedList {
  if (input.length > MAX_LIST_CHARS) return { ok: false, refusal: 'te-veel-regels' }
  // A NUL never occurs in a text file: a spreadsheet (.xlsx) or a PDF chosen by mistake.
  if (input.includes('\u0000')) return { ok: false, refusal: 'geen-tekst' }
  const text = input.replace(/^\uFEFF/, '')
  // Empty lines are kept (and skipped below) so that every row keeps its own line number.
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: delimiterOf(text) })
  const lines = parsed.data.map((cells, index) => ({ cells: cells.map(String), line: index + 1 })).filter((l) => !isBlank(l.cells))
  const first = lines[0]
  if (first === undefined) return { ok: false, refusal: 'leeg' }
  const hasHeader = isHeader(first.cells)
  const data = hasHeader ? lines.slice(1) : lines
  if (data.length === 0) return { ok: false, refusal: 'leeg' }
  if (data.length > MAX_LIST_ROWS) return { ok: false, refusal: 'te-veel-regels' }
  const width = data.reduce((widest, l) => Math.max(widest, l.cells.length), 0)
  const columns = columnsOf(hasHeader ? first.cells : data[0]!.cells, hasHeader, width)
  const rows = data.map(({ cells, line }): ListRow => {
    const dateText = (cells[columns.date] ?? '').trim()
    const kindText = columns.kind === null ? '' : (cells[columns.kind] ?? '').trim()
    return { line, dateText, kindText, date: parseListDate(dateText), kind: parseListKind(kindText) }
  })
  return { ok: true, rows, hasHeader }
}

/**
 * Each row's verdict for this school today. A date twice in the list is imported once: the first
 * row that would be imported wins, a later one is `dubbel-in-de-lijst`.
 */
export function judgeSchoolList(rows: readonly ListRow[], a: { schoolId: string; today: string; enteredIds: ReadonlySet<string> }): JudgedRow[] {
  const taken = new Set<string>()
  return rows.map((row) => {
    const verdict = verdictOf(row, a, taken)
    if (verdict === 'ok' && row.date !== null) taken.add(row.date)
    return { ...row, verdict }
  })
}

function verdictOf(row: ListRow, a: { schoolId: string; today: string; enteredIds: ReadonlySet<string> }, taken: ReadonlySet<string>): JudgedRow['verdict'] {
  if (row.date === null) return 'ongeldige-datum'
  if (row.kind === null) return 'onbekende-soort'
  const problem = studyDayProblem({ schoolId: a.schoolId, date: row.date, today: a.today, enteredIds: a.enteredIds })
  if (problem !== null) return problem
  return taken.has(row.date) ? 'dubbel-in-de-lijst' : 'ok'
}

/** The days the import writes: the rows judged ok. */
export function importableDays(rows: readonly JudgedRow[]): { date: string; kind: StudyDayKind }[] {
  return rows.flatMap((r) => (r.verdict === 'ok' && r.date !== null && r.kind !== null ? [{ date: r.date, kind: r.kind }] : []))
}
