// The server's settings, read once from the environment. Defaults make `npm start` work on a bare
// machine: an embedded PostgreSQL (PGlite) in a local folder, with the demo organisation loaded.
import path from 'node:path'

export interface ServerConfig {
  port: number
  host: string
  /** A real PostgreSQL when set; otherwise the embedded PGlite in dataDir. */
  databaseUrl: string | null
  dataDir: string
  /** Load the demo organisation into an empty database at start. */
  demo: boolean
}

type Env = Record<string, string | undefined>

export function loadConfig(env: Env = process.env, cwd = process.cwd()): ServerConfig {
  const databaseUrl = nonEmpty(env.DATABASE_URL)
  return {
    port: parsePort(env.PORT ?? '3030'),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(cwd, nonEmpty(env.DATA_DIR) ?? '.data/pglite'),
    // A real database is someone's data: demo records go there only when asked for explicitly.
    demo: parseFlag(env.DEMO, databaseUrl === null),
  }
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim()
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port number: ${value}`)
  return port
}

function parseFlag(value: string | undefined, fallback: boolean): boolean {
  const v = nonEmpty(value)?.toLowerCase()
  if (v === undefined) return fallback
  if (['1', 'true', 'yes', 'on'].includes(v)) return true
  if (['0', 'false', 'no', 'off'].includes(v)) return false
  throw new Error(`DEMO must be on or off, not: ${value}`)
}
