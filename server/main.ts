// Starts the central server from the environment (config.ts): opens and migrates the database,
// loads the demo organisation into an empty embedded one, picks the change bus by database
// (LISTEN/NOTIFY on a real PostgreSQL, in-process on PGlite), listens, and shuts down cleanly on
// SIGINT/SIGTERM (open event streams ended, then the bus and the database closed).
// A start that fails on a setting or an unreachable database exits 1 with one line (StartupError),
// so an operator or a service manager reads the cause at once; anything else keeps its stack.
import { buildApp } from './app'
import { loadConfig, loggerOptions, StartupError } from './config'
import { loadDemoIfEmpty, type DemoLoadResult } from './demo/load-demo'
import type { Db } from './db/db'
import { openDatabase } from './db/open-db'
import { startImportSchedule } from './import/import-schedule'
import { startOutbox } from './outbox/outbox-plugin'
import { openChangeBus } from './sync/open-change-bus'
import { serverVersion } from './version'

async function main(): Promise<void> {
  const config = loadConfig()
  const db = await openDatabase(config)
  // Before the change bus opens: the demo is written in bulk, not announced as changes (no PC is
  // connected yet), and a LISTEN/NOTIFY bus starts from the seq it finds.
  const demo = config.demo ? await loadDemo(db) : null
  // The bus opens before the app (which needs it), so its errors go to the console until the app's logger exists.
  let reportBusError = (error: unknown) => console.error('change fan-out:', error)
  const changes = await openChangeBus(db, { databaseUrl: config.databaseUrl, onError: (error) => reportBusError(error) })
  const app = buildApp({ db, bus: changes.bus, logger: loggerOptions(config.logLevel) })
  reportBusError = (error) => app.log.error({ err: error }, 'change fan-out failed (it reconnects and catches up)')
  // Messages to parents (wachtwoord, decisions) leave through the outbox (server/outbox, env OUTBOX_*).
  startOutbox(app)
  startImportSchedule(app) // IMPORT_FILE + IMPORT_EVERY_MINUTES (off by default); stopped when the app closes
  const where = config.databaseUrl !== null ? 'PostgreSQL' : `PGlite in ${config.dataDir}`

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    app.log.info({ signal }, 'shutting down')
    try {
      await app.close()
      await changes.close()
    } finally {
      await db.close()
    }
    process.exit(0)
  }
  process.once('SIGINT', (s) => void stop(s))
  process.once('SIGTERM', (s) => void stop(s))

  const url = await app.listen({ port: config.port, host: config.host })
  // The one startup line: what runs, where, on which data.
  app.log.info({ url, version: serverVersion, database: where, changes: changes.kind, ...(demo !== null ? { demo } : {}) }, 'locatiedesk server listening')
}

async function loadDemo(db: Db): Promise<DemoLoadResult> {
  // Imported only when needed: a server on real data never loads the generator.
  const { demoSource } = await import('./demo/demo-source')
  const result = await loadDemoIfEmpty(db, () => demoSource())
  // The demo's staff can sign in (issue 4); never on a database that holds real data.
  if (result.loaded || result.reason === 'already-loaded') await (await import('./demo/demo-accounts')).ensureDemoAccounts(db)
  return result
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? error.message : error)
  process.exit(1)
})
