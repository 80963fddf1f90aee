// `npm run import -- FILE [--dry-run] [--json] [--format json|csv]`: imports a planning-system
// export into the database the server uses (config.ts: DATABASE_URL, or the embedded PGlite in
// DATA_DIR), prints the report, and exits 0 (imported), 1 (the file was refused: nothing written)
// or 2 (wrong use, or no database). On PostgreSQL the writes are announced through LISTEN/NOTIFY,
// so running servers pass them on to their PCs at once. PGlite is one process's database: the
// server must not be running while this command opens its folder.
import { readFile } from 'node:fs/promises'
import { loadConfig } from '../config'
import { openDatabase } from '../db/open-db'
import { openChangeBus } from '../sync/open-change-bus'
import { createOrderedPublisher } from '../sync/ordered-publisher'
import { formatOfFile } from './import-config'
import { errorsText, reportText } from './report-text'
import { runImport, type ImportFormat } from './run-import'

interface CliArgs { file: string; format: ImportFormat; dryRun: boolean; json: boolean }

const usage = 'Gebruik: npm run import -- BESTAND.json|BESTAND.csv [--dry-run] [--json] [--format json|csv]'

export function parseArgs(argv: readonly string[]): CliArgs | string {
  let file: string | undefined
  let format: string | undefined
  let dryRun = false
  let json = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--dry-run') dryRun = true
    else if (arg === '--json') json = true
    else if (arg === '--format') format = argv[++i]
    else if (arg.startsWith('--')) return `Onbekende optie ${arg}\n${usage}`
    else if (file === undefined) file = arg
    else return `Eén bestand tegelijk\n${usage}`
  }
  if (file === undefined) return usage
  const chosen = format ?? formatOfFile(file)
  if (chosen !== 'json' && chosen !== 'csv') return `Geef het formaat aan met --format json of --format csv\n${usage}`
  return { file, format: chosen, dryRun, json }
}

export async function importCli(argv: readonly string[], out: (text: string) => void = console.log, err: (text: string) => void = console.error): Promise<number> {
  const args = parseArgs(argv)
  if (typeof args === 'string') {
    err(args)
    return 2
  }
  let content: string
  try {
    content = await readFile(args.file, 'utf8')
  } catch (error) {
    err(`Kan ${args.file} niet lezen: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  const config = loadConfig()
  if (config.databaseUrl === null) {
    err(`Database: PGlite in ${config.dataDir}. Let op: de server mag NIET draaien terwijl deze import loopt (PGlite kan maar door één proces tegelijk geopend worden).`)
  }
  const db = await openDatabase(config)
  try {
    const changes = await openChangeBus(db, { databaseUrl: config.databaseUrl, onError: (error) => err(`Wijzigingen doorgeven mislukt: ${String(error)}`) })
    try {
      const outcome = await runImport({ db, publisher: createOrderedPublisher(changes.bus) }, { format: args.format, content, dryRun: args.dryRun })
      if (args.json) out(JSON.stringify(outcome, null, 2))
      else out(outcome.ok ? reportText(outcome.report) : errorsText(outcome.errors, outcome.errorCount))
      return outcome.ok ? 0 : 1
    } finally {
      await changes.close()
    }
  } finally {
    await db.close()
  }
}
