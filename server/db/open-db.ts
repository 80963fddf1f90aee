// Opens the database the configuration names and brings its schema up to date.
import type { ServerConfig } from '../config'
import type { Db } from './db'
import { migrate } from './migrate'
import { openPg } from './pg-db'
import { openPglite } from './pglite-db'

export async function openDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): Promise<Db> {
  const db = config.databaseUrl !== null
    ? await openPg({ connectionString: config.databaseUrl })
    : await openPglite({ dataDir: config.dataDir })
  try {
    await migrate(db)
  } catch (error) {
    await db.close()
    throw error
  }
  return db
}
