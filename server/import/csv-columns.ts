// The columns of the CSV format (docs/import/import.md): one row per placement, with the child's,
// the parents' and the location's and group's columns repeated on every row of that child.
// Headers are matched without regard to case, spaces or hyphens ('Kind ID' = 'kind_id').

export const requiredColumns = [
  'locatie_id', 'locatie_naam', 'groep_id', 'groep_naam', 'opvangsoort',
  'kind_id', 'kind_voornaam', 'kind_achternaam', 'geboortedatum',
  'plaatsing_id', 'contract', 'weekdagen', 'dagdelen', 'startdatum',
  'ouder1_naam',
] as const

export const optionalColumns = [
  'groep_capaciteit', 'school_id', 'school_naam', 'taxi', 'einddatum',
  'ouder1_telefoon', 'ouder1_telefoon2', 'ouder1_email', 'ouder1_email2',
  'ouder2_naam', 'ouder2_telefoon', 'ouder2_telefoon2', 'ouder2_email', 'ouder2_email2',
  'tegoed_jaar', 'vakantiedagen', 'flexuren',
] as const

export type Column = (typeof requiredColumns)[number] | (typeof optionalColumns)[number]

/** The child's own columns: every row of one child must agree on them. */
export const childColumns: readonly Column[] = [
  'kind_voornaam', 'kind_achternaam', 'geboortedatum', 'school_id', 'school_naam', 'taxi',
  'ouder1_naam', 'ouder1_telefoon', 'ouder1_telefoon2', 'ouder1_email', 'ouder1_email2',
  'ouder2_naam', 'ouder2_telefoon', 'ouder2_telefoon2', 'ouder2_email', 'ouder2_email2',
]

const known: ReadonlySet<string> = new Set<string>([...requiredColumns, ...optionalColumns])

export function normaliseHeader(raw: string): string {
  return raw.trim().toLowerCase().replace(/[\s-]+/g, '_')
}

export function isColumn(name: string): name is Column {
  return known.has(name)
}
