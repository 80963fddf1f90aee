// Opens the database the configuration names and brings its schema up to date. A real PostgreSQL is
// asked for one connection first, so that a server whose database is down, unreachable or refusing
// its credentials stops at once with one line saying where and why (DatabaseUnreachableError),
// instead of a stack trace from somewhere inside the migrations.
import { StartupError, type ServerConfig } from '../config'
import type { Db } from './db'
import { migrate } from './migrate'
import { openPg } from './pg-db'
import { openPglite } from './pglite-db'

export class DatabaseUnreachableError extends StartupError {
  constructor(readonly where: string, readonly reason: string) {
    super(`Database niet bereikbaar: ${where} (${reason}) — database unreachable, check DATABASE_URL`)
  }
}

type OpenConfig = Pick<ServerConfig, 'databaseUrl' | 'dataDir'> & Partial<Pick<ServerConfig, 'databaseConnectTimeoutMs'>>

export async function openDatabase(config: OpenConfig): Promise<Db> {
  const db = config.databaseUrl !== null
    ? await openReachablePg(config.databaseUrl, config.databaseConnectTimeoutMs ?? 5000)
    : await openPglite({ dataDir: config.dataDir })
  try {
    await migrate(db)
  } catch (error) {
    await db.close()
    throw error
  }
  return db
}

async function openReachablePg(connectionString: string, connectTimeoutMs: number): Promise<Db> {
  const db = await openPg({ connectionString, connectTimeoutMs })
  try {
    await db.query('SELECT 1')
  } catch (error) {
    await db.close().catch(() => undefined)
    throw new DatabaseUnreachableError(hostAndPort(connectionString), reasonOf(error))
  }
  return db
}

/** host:port of the URL, never its user or password. */
export function hostAndPort(connectionString: string): string {
  try {
    const url = new URL(connectionString)
    const host = url.hostname || url.searchParams.get('host') || 'localhost'
    return `${host}:${url.port || '5432'}`
  } catch {
    return 'DATABASE_URL'
  }
}

/** A network failure by its code (ECONNREFUSED, ENOTFOUND, …); PostgreSQL's own refusals by their message. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const code = (error as Error & { code?: unknown }).code
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code
  return error.message || (typeof code === 'string' ? code : error.name)
}
