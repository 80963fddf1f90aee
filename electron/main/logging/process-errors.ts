// In the installed app nobody reads standard error: console output and uncaught errors go to the log
// file (scrubbed like everything else), so IT can read what happened on a location PC.
import type { AppLog } from './app-logger'

export function routeConsoleToLog(log: AppLog, target: Console = console): void {
  target.error = (...params: unknown[]) => log.error(...params)
  target.warn = (...params: unknown[]) => log.warn(...params)
  target.info = (...params: unknown[]) => log.info(...params)
  target.log = (...params: unknown[]) => log.info(...params)
}

/** Logged, not fatal: one failed handler must not take the desk down while staff work. */
export function logUncaughtErrors(log: AppLog, target: NodeJS.EventEmitter = process): void {
  target.on('uncaughtException', (error: unknown) => log.error('onverwachte fout (uncaughtException)', error))
  target.on('unhandledRejection', (reason: unknown) => log.error('onverwachte fout (unhandledRejection)', reason))
}
