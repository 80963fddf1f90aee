// The app's log, the same for the Electron main process and the PC host: electron-log's Node build
// (electron-log/main would require 'electron' on load and hook the renderer's IPC, which we do not use),
// writing to <dir>/main.log with numbered rotation, every message scrubbed of personal data first.
import log from 'electron-log/node'
import { join } from 'node:path'
import { rotateNumbered } from './numbered-rotation'
import { scrubValue } from './scrub-personal-data'

export type LogLevel = 'error' | 'warn' | 'info' | 'verbose' | 'debug' | 'silly'
const levels: readonly LogLevel[] = ['error', 'warn', 'info', 'verbose', 'debug', 'silly']

export interface AppLog {
  error(...params: unknown[]): void
  warn(...params: unknown[]): void
  info(...params: unknown[]): void
  debug(...params: unknown[]): void
  /** The file written to now. */
  readonly file: string
}

export interface AppLogOptions {
  /** The folder of the log files (Electron: userData/logs; the PC host: <dataDir>/logs). */
  dir: string
  /** LOCATIEDESK_LOG_LEVEL; anything unknown falls back to info (and says so in the log). */
  level?: string | undefined
  /** Rotate when the file grows past this many bytes. */
  maxSizeBytes?: number
  /** Archives kept besides the current file. */
  keep?: number
  /** Also to standard error from this level on; false: file only. */
  console?: LogLevel | false
  /** Distinguishes loggers in one process (several PC hosts in a test run). */
  id?: string
}

export function parseLogLevel(value: string | undefined): LogLevel | null {
  const wanted = value?.trim().toLowerCase()
  return levels.find((level) => level === wanted) ?? null
}

export function createAppLog(options: AppLogOptions): AppLog {
  const logger = log.create({ logId: options.id ?? `locatiedesk-${options.dir}` })
  const level = parseLogLevel(options.level)
  const file = join(options.dir, 'main.log')
  const keep = options.keep ?? 5
  logger.transports.file.level = level ?? 'info'
  logger.transports.file.maxSize = options.maxSizeBytes ?? 5 * 1024 * 1024
  logger.transports.file.resolvePathFn = () => file
  logger.transports.file.archiveLogFn = (old) => rotateNumbered(old.path, keep)
  logger.transports.console.level = options.console ?? false
  // Hooks run before every transport: nothing personal reaches a file or the console.
  logger.hooks.push((message) => ({ ...message, data: message.data.map((item) => scrubValue(item)) }))
  if (options.level !== undefined && options.level.trim() !== '' && level === null) {
    logger.warn(`LOCATIEDESK_LOG_LEVEL is not one of ${levels.join(', ')}: using info`)
  }
  return {
    error: (...params) => logger.error(...params),
    warn: (...params) => logger.warn(...params),
    info: (...params) => logger.info(...params),
    debug: (...params) => logger.debug(...params),
    file,
  }
}
