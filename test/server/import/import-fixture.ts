// The documented example files (docs/import) and helpers to change them, for the import's tests:
// the examples must import cleanly, and every test starts from them.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Child, LedgerEntry, Location } from '../../../shared/domain'
import type { Db } from '../../../server/db/db'
import { createLocalChangeBus } from '../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../server/sync/ordered-publisher'
import { runImport, type ImportInput, type ImportOutcome } from '../../../server/import/run-import'
import type { ImportReport } from '../../../server/import/import-report'

const docs = path.join(import.meta.dirname, '../../../docs/import')
export const exampleJson = readFileSync(path.join(docs, 'voorbeeld.json'), 'utf8')
export const exampleCsv = readFileSync(path.join(docs, 'voorbeeld.csv'), 'utf8')

export const NOW = new Date('2026-03-02T08:00:00.000Z')

/** The example JSON as an object to change and serialise again. */
export interface ExampleFile {
  locations: Record<string, unknown>[]
  children: (Record<string, unknown> & { id: string; parents: Record<string, unknown>[]; placements: Record<string, unknown>[] })[]
}
export const exampleObject = (): ExampleFile => JSON.parse(exampleJson) as ExampleFile

export function importer(db: Db, now: () => Date = () => NOW) {
  const publisher = createOrderedPublisher(createLocalChangeBus())
  return (input: ImportInput): Promise<ImportOutcome> => runImport({ db, publisher }, input, now)
}

export function reportOf(outcome: ImportOutcome): ImportReport {
  if (!outcome.ok) throw new Error(`import refused: ${JSON.stringify(outcome.errors)}`)
  return outcome.report
}

export async function seqOf(db: Db): Promise<number> {
  return (await db.query<{ value: number }>('SELECT value FROM seq_counter WHERE singleton'))[0]!.value
}

export async function stored<T = Child>(db: Db, collection: string, id: string): Promise<T | undefined> {
  const rows = await db.query<{ data: T }>('SELECT data FROM documents WHERE collection = $1 AND id = $2', [collection, id])
  return rows[0]?.data
}

export async function ledgerOf(db: Db, childId: string): Promise<LedgerEntry[]> {
  const rows = await db.query<{ data: LedgerEntry }>(
    "SELECT data FROM documents WHERE collection = 'ledger' AND data->>'childId' = $1 ORDER BY id", [childId])
  return rows.map((r) => r.data)
}

export type { Child, Location }
