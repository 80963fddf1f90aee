// Starts the central server from the environment (config.ts): opens and migrates the database,
// loads the demo organisation into an empty embedded one, listens, and shuts down cleanly on
// SIGINT/SIGTERM (open event streams ended, then the database closed).
import { buildApp } from './app'
import { loadConfig } from './config'
import { loadDemoIfEmpty } from './demo/load-demo'
import { openDatabase } from './db/open-db'

async function main(): Promise<void> {
  const config = loadConfig()
  const db = await openDatabase(config)
  const app = buildApp({ db, logger: { level: process.env.LOG_LEVEL ?? 'info' } })
  const where = config.databaseUrl !== null ? 'PostgreSQL' : `PGlite in ${config.dataDir}`

  if (config.demo) {
    // Imported only when needed: a server on real data never loads the generator.
    const { demoSource } = await import('./demo/demo-source')
    const demo = await loadDemoIfEmpty(db, () => demoSource())
    app.log.info(demo, demo.loaded ? 'demo organisation loaded' : 'demo organisation not loaded')
  }

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    app.log.info({ signal }, 'shutting down')
    try {
      await app.close()
    } finally {
      await db.close()
    }
    process.exit(0)
  }
  process.once('SIGINT', (s) => void stop(s))
  process.once('SIGTERM', (s) => void stop(s))

  const url = await app.listen({ port: config.port, host: config.host })
  app.log.info({ url, database: where }, 'locatiedesk server listening')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
