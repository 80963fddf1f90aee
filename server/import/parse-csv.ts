// The CSV format: a flat export as planning systems give it (docs/import/import.md). `;` or `,`
// (read from the header line), an optional BOM, CRLF or LF, quoted fields (papaparse). Every
// problem is reported with its line number in the file; columns this format does not know are ignored.
import Papa from 'papaparse'
import type { CareType } from '../../shared/domain'
import { childColumns, isColumn, normaliseHeader, requiredColumns, type Column } from './csv-columns'
import {
  amountValue, capacityValue, careTypeValue, contractValue, dateValue, dayPartsValue, emailValue, idValue, phoneValue,
  textValue, weekdaysValue, yearValue, yesNoValue, type Parsed,
} from './field-values'
import type { ImportBalance, ImportChild, ImportIssue, ImportLocation, ImportParent, ParseOutcome } from './import-set'
import { schoolIdOf } from './school-id'

interface Row { cells: string[]; line: number }

export function parseCsv(content: string): ParseOutcome {
  const text = content.replace(/^\uFEFF/, '')
  const rows = readRows(text)
  const issues: ImportIssue[] = [...rows.issues]
  const header = rows.rows[0]
  if (header === undefined) return { ok: false, errors: [{ line: 1, code: 'leeg-bestand', message: 'Het bestand is leeg' }] }
  const columns = header.cells.map(normaliseHeader)
  const missing = requiredColumns.filter((c) => !columns.includes(c))
  if (missing.length > 0) {
    issues.push({ line: header.line, code: 'kolom-ontbreekt', message: `Kolom ontbreekt: ${missing.join(', ')}` })
    return { ok: false, errors: issues }
  }
  const index = new Map<Column, number>()
  columns.forEach((name, i) => {
    if (isColumn(name) && !index.has(name)) index.set(name, i)
  })

  const builder = new CsvBuilder(index, issues)
  for (const row of rows.rows.slice(1)) {
    if (row.cells.length !== columns.length) {
      issues.push({ line: row.line, code: 'aantal-kolommen', message: `Deze regel heeft ${row.cells.length} kolommen, de kopregel ${columns.length}` })
      continue
    }
    builder.add(row)
  }
  return issues.length > 0 ? { ok: false, errors: issues } : { ok: true, set: builder.result() }
}

/** Papa Parse's error codes in customer service's words (its own messages are English). */
const csvProblem: Readonly<Record<string, string>> = {
  MissingQuotes: 'aanhalingsteken niet gesloten',
  InvalidQuotes: 'aanhalingsteken op een verkeerde plaats',
  UndetectableDelimiter: 'geen scheidingsteken gevonden',
  TooFewFields: 'te weinig kolommen',
  TooManyFields: 'te veel kolommen',
}

/** The rows with the line each starts on (a quoted field may span lines); blank lines are skipped. */
function readRows(text: string): { rows: Row[]; issues: ImportIssue[] } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const delimiter = firstLine.includes(';') ? ';' : ','
  const rows: Row[] = []
  const issues: ImportIssue[] = []
  let start = 0
  let line = 1
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result) => {
      const cells = result.data
      for (const error of result.errors) {
        issues.push({ line, code: 'csv-opmaak', message: `Het CSV-bestand is hier niet te lezen (${csvProblem[error.code] ?? 'de opmaak klopt niet'})` })
      }
      if (!(cells.length === 1 && (cells[0] ?? '').trim() === '')) rows.push({ cells, line })
      const end = result.meta.cursor
      line += countNewlines(text, start, end)
      start = end
    },
  })
  return { rows, issues }
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++
  return n
}

class CsvBuilder {
  private readonly locations = new Map<string, ImportLocation & { line: number }>()
  private readonly groupCare = new Map<string, { careType: CareType; locationId: string; line: number }>()
  private readonly children = new Map<string, { child: ImportChild; fingerprint: string; line: number }>()
  private readonly placementLines = new Map<string, number>()

  constructor(private readonly index: ReadonlyMap<Column, number>, private readonly issues: ImportIssue[]) {}

  add(row: Row): void {
    const before = this.issues.length
    const cell = (c: Column): string => {
      const i = this.index.get(c)
      return i === undefined ? '' : (row.cells[i] ?? '').trim()
    }
    const take = <T>(column: Column, parsed: Parsed<T>): T | undefined => {
      if (parsed.ok) return parsed.value
      this.issues.push({ line: row.line, code: 'ongeldige-waarde', message: `Kolom ${column}: ${parsed.message}` })
      return undefined
    }
    const optional = <T>(column: Column, parse: (raw: string) => Parsed<T>): T | undefined =>
      cell(column) === '' ? undefined : take(column, parse(cell(column)))

    const locationId = take('locatie_id', idValue(cell('locatie_id'), 'locatie_id'))
    const locationName = take('locatie_naam', textValue(cell('locatie_naam'), 'locatie_naam'))
    const groupId = take('groep_id', idValue(cell('groep_id'), 'groep_id'))
    const groupName = take('groep_naam', textValue(cell('groep_naam'), 'groep_naam'))
    const careType = take('opvangsoort', careTypeValue(cell('opvangsoort')))
    const capacity = optional('groep_capaciteit', capacityValue)
    const schoolName = optional('school_naam', (raw) => textValue(raw, 'school_naam'))
    const schoolId = optional('school_id', (raw) => idValue(raw, 'school_id')) ?? (schoolName !== undefined ? schoolIdOf(schoolName) : undefined)
    if (cell('school_id') !== '' && schoolName === undefined && cell('school_naam') === '') {
      this.issues.push({ line: row.line, code: 'ongeldige-waarde', message: 'Kolom school_naam: hoort bij school_id en ontbreekt' })
    }
    const childId = take('kind_id', idValue(cell('kind_id'), 'kind_id'))
    const firstName = take('kind_voornaam', textValue(cell('kind_voornaam'), 'kind_voornaam'))
    const lastName = take('kind_achternaam', textValue(cell('kind_achternaam'), 'kind_achternaam'))
    const birthDate = take('geboortedatum', dateValue(cell('geboortedatum'), 'geboortedatum'))
    const taxi = take('taxi', yesNoValue(cell('taxi'), 'taxi'))
    const placementId = take('plaatsing_id', idValue(cell('plaatsing_id'), 'plaatsing_id'))
    const contract = take('contract', contractValue(cell('contract')))
    const weekdays = take('weekdagen', weekdaysValue(cell('weekdagen').split(/[\s,/+|;]+/)))
    const dayParts = careType === undefined ? undefined : take('dagdelen', dayPartsValue(cell('dagdelen').split(/[,/+|;]/), careType))
    const start = take('startdatum', dateValue(cell('startdatum'), 'startdatum'))
    const end = optional('einddatum', (raw) => dateValue(raw, 'einddatum'))
    const parents = this.parents(cell, take)
    const balances = this.balances(row.line, cell, take, optional)
    if (this.issues.length > before || locationId === undefined || locationName === undefined || groupId === undefined
      || groupName === undefined || careType === undefined || childId === undefined || firstName === undefined || lastName === undefined
      || birthDate === undefined || taxi === undefined || placementId === undefined || contract === undefined || weekdays === undefined
      || dayParts === undefined || start === undefined) return

    const location = this.location(row.line, locationId, locationName)
    this.group(row.line, location, { id: groupId, name: groupName, careType, ...(capacity !== undefined ? { capacity } : {}) })
    if (schoolId !== undefined && schoolName !== undefined && !location.schools.some((s) => s.id === schoolId)) location.schools.push({ id: schoolId, name: schoolName })

    const seen = this.placementLines.get(placementId)
    if (seen !== undefined) {
      this.issues.push({ line: row.line, code: 'dubbele-plaatsing', message: `Plaatsing ${placementId} staat al op regel ${seen}` })
      return
    }
    this.placementLines.set(placementId, row.line)
    const fingerprint = JSON.stringify(childColumns.map(cell))
    let entry = this.children.get(childId)
    if (entry === undefined) {
      const child: ImportChild = {
        id: childId, firstName, lastName, birthDate, taxi, parents, placements: [], source: { line: row.line },
        ...(schoolId !== undefined ? { schoolId } : {}),
      }
      entry = { child, fingerprint, line: row.line }
      this.children.set(childId, entry)
    } else if (entry.fingerprint !== fingerprint) {
      const differs = childColumns.filter((c, i) => (JSON.parse(entry!.fingerprint) as string[])[i] !== cell(c))
      this.issues.push({
        line: row.line, code: 'kind-verschilt',
        message: `Kind ${childId} staat op regel ${entry.line} met andere gegevens (${differs.join(', ')})`,
      })
      return
    }
    entry.child.placements.push({
      id: placementId, groupId, contract, weekdays, dayParts, start, balances, source: { line: row.line },
      ...(end !== undefined ? { end } : {}),
    })
  }

  result() {
    return {
      locations: [...this.locations.values()].map(({ line: _line, ...location }) => location),
      children: [...this.children.values()].map((e) => e.child),
    }
  }

  private location(line: number, id: string, name: string): ImportLocation & { line: number } {
    const known = this.locations.get(id)
    if (known === undefined) {
      const location = { id, name, schools: [], groups: [], source: { line }, line }
      this.locations.set(id, location)
      return location
    }
    if (known.name !== name) this.issues.push({ line, code: 'locatie-verschilt', message: `Locatie ${id} heet op regel ${known.line} "${known.name}"` })
    return known
  }

  private group(line: number, location: ImportLocation, group: { id: string; name: string; careType: CareType; capacity?: number }): void {
    const known = this.groupCare.get(group.id)
    if (known === undefined) {
      this.groupCare.set(group.id, { careType: group.careType, locationId: location.id, line })
      location.groups.push({ ...group, source: { line } })
      return
    }
    const stored = location.groups.find((g) => g.id === group.id)
    if (known.locationId !== location.id || stored === undefined) {
      this.issues.push({ line, code: 'groep-verschilt', message: `Groep ${group.id} hoort op regel ${known.line} bij locatie ${known.locationId}` })
    } else if (stored.name !== group.name || stored.careType !== group.careType || stored.capacity !== group.capacity) {
      this.issues.push({ line, code: 'groep-verschilt', message: `Groep ${group.id} staat op regel ${known.line} met een andere naam, opvangsoort of capaciteit` })
    }
  }

  private parents(cell: (c: Column) => string, take: <T>(c: Column, p: Parsed<T>) => T | undefined): ImportParent[] {
    const parents: ImportParent[] = []
    for (const rank of [1, 2] as const) {
      const col = (suffix: string) => `ouder${rank}_${suffix}` as Column
      const given = ['naam', 'telefoon', 'telefoon2', 'email', 'email2'].some((s) => cell(col(s)) !== '')
      if (!given) continue
      const name = take(col('naam'), textValue(cell(col('naam')), col('naam')))
      const phones = ['telefoon', 'telefoon2'].flatMap((s) => cell(col(s)) === '' ? [] : [take(col(s), phoneValue(cell(col(s))))])
      const emails = ['email', 'email2'].flatMap((s) => cell(col(s)) === '' ? [] : [take(col(s), emailValue(cell(col(s))))])
      if (name === undefined) continue
      parents.push({
        rank, name,
        phones: [...new Set(phones.filter((p) => p !== undefined))],
        emails: [...new Set(emails.filter((e) => e !== undefined))],
      })
    }
    return parents
  }

  private balances(line: number, cell: (c: Column) => string, take: <T>(c: Column, p: Parsed<T>) => T | undefined,
    optional: <T>(c: Column, parse: (raw: string) => Parsed<T>) => T | undefined): ImportBalance[] {
    const amounts = (['vakantiedagen', 'flexuren'] as const).flatMap((unit) => {
      const amount = optional(unit, (raw) => amountValue(raw, unit))
      return amount === undefined ? [] : [{ unit, amount }]
    })
    if (amounts.length === 0) return []
    const year = take('tegoed_jaar', cell('tegoed_jaar') === '' ? { ok: false, message: 'hoort bij vakantiedagen of flexuren en ontbreekt' } : yearValue(cell('tegoed_jaar')))
    if (year === undefined) return []
    return amounts.map((a) => ({ ...a, year, source: { line } }))
  }
}
