// `npm run billing -- 2026-11 [--out FILE]`: the billing export of one month of care (SPEC §5, R15),
// the same CSV as GET /billing/:month.csv, written to FILE or to standard output. It opens the
// database the server's configuration names (DATABASE_URL, or the embedded PGlite in DATA_DIR);
// PGlite allows one process at a time on its folder, so stop the server first when it uses PGlite.
import { writeFile } from 'node:fs/promises'
import { billingCsv } from '../server/billing/billing-csv'
import { isBillingMonth } from '../server/billing/billing-month'
import { readBillableItems } from '../server/billing/billing-store'
import { loadConfig, StartupError } from '../server/config'
import { openDatabase } from '../server/db/open-db'

const usage = 'Gebruik / usage: npm run billing -- JJJJ-MM [--out BESTAND]'

function parseArgs(args: readonly string[]): { month: string; out: string | null } {
  const rest = [...args]
  let out: string | null = null
  const at = rest.indexOf('--out')
  if (at >= 0) {
    out = rest[at + 1] ?? null
    if (out === null) throw new UsageError('--out zonder bestandsnaam / --out needs a file name')
    rest.splice(at, 2)
  }
  const [month, ...extra] = rest
  if (month === undefined || extra.length > 0) throw new UsageError(usage)
  if (!isBillingMonth(month)) throw new UsageError(`Geen maand / not a month: ${month}. ${usage}`)
  return { month, out }
}

/** Said in one line, without a stack: the person at the terminal fixes the command. */
class UsageError extends StartupError {}

async function main(): Promise<void> {
  const { month, out } = parseArgs(process.argv.slice(2))
  const db = await openDatabase(loadConfig())
  try {
    const items = await readBillableItems(db, month)
    const csv = billingCsv(items)
    if (out === null) process.stdout.write(csv)
    else {
      await writeFile(out, csv, 'utf8')
      console.error(`${items.length} facturatieregels voor ${month} geschreven naar ${out}`)
    }
  } finally {
    await db.close()
  }
}

main().catch((error: unknown) => {
  // A wrong setting or an unreachable database is one clear line; anything else is a bug and keeps its stack.
  console.error(error instanceof StartupError ? error.message : error)
  process.exit(1)
})
