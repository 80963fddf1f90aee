// The server's settings, read once from the environment. Defaults make `npm start` work on a bare
// machine: an embedded PostgreSQL (PGlite) in a local folder, with the demo organisation loaded.
// A value that cannot be understood stops the start with a line naming the variable: guessing
// (a typo'd port, a DEMO=maybe) would run a server other than the one that was asked for.
import path from 'node:path'

export interface ServerConfig {
  port: number
  host: string
  /** A real PostgreSQL when set; otherwise the embedded PGlite in dataDir. */
  databaseUrl: string | null
  dataDir: string
  /** Load the demo organisation into an empty database at start. */
  demo: boolean
  logLevel: LogLevel
  /** How long to wait for a real PostgreSQL to accept a connection before giving up. */
  databaseConnectTimeoutMs: number
}

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof logLevels)[number]

/** Every environment variable the server itself reads, with its default: the README's table. */
export const configVariables: readonly { name: string; default: string; description: string }[] = [
  { name: 'PORT', default: '3030', description: 'TCP port the server listens on (0 = any free port).' },
  { name: 'HOST', default: '127.0.0.1', description: 'Address to listen on; 0.0.0.0 to accept connections from other machines.' },
  { name: 'DATABASE_URL', default: '(unset)', description: 'postgres://user:pass@host:5432/db of a real PostgreSQL; unset = embedded PGlite in DATA_DIR.' },
  { name: 'DATA_DIR', default: '.data/pglite', description: 'Folder of the embedded PGlite database (relative to the working directory); unused with DATABASE_URL.' },
  { name: 'DEMO', default: 'on with PGlite, off with DATABASE_URL', description: 'on/off: load the demo organisation and demo accounts into an empty database.' },
  { name: 'LOG_LEVEL', default: 'info', description: 'fatal, error, warn, info, debug, trace or silent (JSON logs on standard output).' },
  { name: 'DATABASE_CONNECT_TIMEOUT_MS', default: '5000', description: 'How long the server waits for PostgreSQL at start before it exits with "Database niet bereikbaar".' },
]

/** A start that fails on something the operator fixes (a setting, the database): said in one line, no stack. */
export class StartupError extends Error {}

export class ConfigError extends StartupError {}

type Env = Record<string, string | undefined>

export function loadConfig(env: Env = process.env, cwd = process.cwd()): ServerConfig {
  const databaseUrl = parseDatabaseUrl(nonEmpty(env.DATABASE_URL))
  return {
    port: parsePort(nonEmpty(env.PORT) ?? '3030'),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(cwd, nonEmpty(env.DATA_DIR) ?? '.data/pglite'),
    // A real database is someone's data: demo records go there only when asked for explicitly.
    demo: parseFlag('DEMO', env.DEMO, databaseUrl === null),
    logLevel: parseLogLevel(nonEmpty(env.LOG_LEVEL) ?? 'info'),
    databaseConnectTimeoutMs: parseTimeout(nonEmpty(env.DATABASE_CONNECT_TIMEOUT_MS) ?? '5000'),
  }
}

/**
 * Fastify's logger (pino): JSON lines at the configured level. Request logs carry method, URL and
 * status, never bodies (Fastify does not log them); tokens and cookies are censored wherever a
 * header object is logged.
 */
export function loggerOptions(level: LogLevel) {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie',
        'res.headers["set-cookie"]', 'headers["set-cookie"]',
      ],
      censor: '[verborgen]',
    },
  }
}

/** A variable's value, or null when it is unset or blank (every config reader of the server uses this). */
export function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value.trim()
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65535) throw new ConfigError(`PORT is not a port number (0–65535): ${value}`)
  return port
}

function parseDatabaseUrl(value: string | null): string | null {
  if (value === null) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    // The value may hold a password: say what is wrong, not what it was.
    throw new ConfigError('DATABASE_URL is not a URL (expected postgres://user:password@host:5432/database)')
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, not ${url.protocol}//`)
  }
  return value
}

function parseFlag(name: string, value: string | undefined, fallback: boolean): boolean {
  const v = nonEmpty(value)?.toLowerCase()
  if (v === undefined) return fallback
  if (['1', 'true', 'yes', 'on'].includes(v)) return true
  if (['0', 'false', 'no', 'off'].includes(v)) return false
  throw new ConfigError(`${name} must be on or off, not: ${value}`)
}

function parseLogLevel(value: string): LogLevel {
  const level = logLevels.find((l) => l === value.toLowerCase())
  if (level === undefined) throw new ConfigError(`LOG_LEVEL must be one of ${logLevels.join(', ')}, not: ${value}`)
  return level
}

function parseTimeout(value: string): number {
  const ms = Number(value)
  if (!/^\d+$/.test(value) || ms < 100 || ms > 600_000) {
    throw new ConfigError(`DATABASE_CONNECT_TIMEOUT_MS must be a number of milliseconds from 100 to 600000, not: ${value}`)
  }
  return ms
}
