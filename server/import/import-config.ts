// The import's settings, from the environment, with safe defaults: no scheduled import unless both
// IMPORT_FILE and IMPORT_EVERY_MINUTES are set; files up to IMPORT_MAX_MB (default 20 MB).
import path from 'node:path'
import { ConfigError } from '../config'

export const MAX_IMPORT_ERRORS = 200

export interface ImportConfig {
  /** The file the schedule imports (format by its extension: .json or .csv), or null. */
  file: string | null
  /** Minutes between scheduled imports, or null: no schedule (the default). */
  everyMinutes: number | null
  maxBytes: number
}

type Env = Record<string, string | undefined>

export function loadImportConfig(env: Env = process.env, cwd = process.cwd()): ImportConfig {
  const file = env.IMPORT_FILE?.trim() ? path.resolve(cwd, env.IMPORT_FILE.trim()) : null
  const every = env.IMPORT_EVERY_MINUTES?.trim() ? Number(env.IMPORT_EVERY_MINUTES.trim()) : null
  if (every !== null && !(Number.isFinite(every) && every >= 1 && every <= 7 * 24 * 60)) {
    throw new ConfigError(`IMPORT_EVERY_MINUTES must be a number of minutes from 1 to 10080, not: ${env.IMPORT_EVERY_MINUTES}`)
  }
  const mb = env.IMPORT_MAX_MB?.trim() ? Number(env.IMPORT_MAX_MB.trim()) : 20
  if (!(Number.isFinite(mb) && mb > 0 && mb <= 500)) throw new ConfigError(`IMPORT_MAX_MB must be a number of megabytes up to 500, not: ${env.IMPORT_MAX_MB}`)
  return { file, everyMinutes: file !== null ? every : null, maxBytes: Math.round(mb * 1024 * 1024) }
}

/** The format of a file by its extension; null when it is neither. */
export function formatOfFile(file: string): 'json' | 'csv' | null {
  const ext = path.extname(file).toLowerCase()
  return ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : null
}
