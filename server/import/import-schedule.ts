// The scheduled import (F10, SPEC §5: "on a schedule, e.g. hourly"): with IMPORT_FILE and
// IMPORT_EVERY_MINUTES set, the server imports that file shortly after it starts and then on that
// interval. A run that is still busy when the next is due makes that one skip (an import is one
// transaction; two would only queue on the seq lock). Logs carry counts only, never personal data.
import { readFile } from 'node:fs/promises'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import { formatOfFile, loadImportConfig, type ImportConfig } from './import-config'
import type { ImportRunner } from './import-route'

export type TickResult = 'done' | 'refused' | 'failed' | 'skipped'

export interface ImportSchedule {
  /** One run now (the timer calls this); 'skipped' while the previous one is busy. */
  tick(): Promise<TickResult>
  /** No further runs; resolves when a run in progress has finished. */
  stop(): Promise<void>
}

export interface ScheduleOptions {
  runner: ImportRunner
  file: string
  everyMs: number
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>
  /** Delay of the first run after the start (default 5 s, so the server is listening first). */
  firstDelayMs?: number
  read?: (file: string) => Promise<string>
}

export function createImportSchedule(o: ScheduleOptions): ImportSchedule {
  const read = o.read ?? ((file: string) => readFile(file, 'utf8'))
  let running: Promise<TickResult> | null = null
  let stopped = false

  const once = async (): Promise<TickResult> => {
    const format = formatOfFile(o.file)
    if (format === null) {
      o.log.error({ file: o.file }, 'scheduled import: the file must end in .json or .csv')
      return 'failed'
    }
    try {
      const outcome = await o.runner.run({ format, content: await read(o.file) })
      if (outcome.ok) {
        o.log.info({ file: o.file, counts: outcome.report.counts }, 'scheduled import done')
        return 'done'
      }
      // The first problem's place helps whoever fixes the export; its message may quote a value from the file, so it stays out.
      const first = outcome.errors[0]
      o.log.warn({ file: o.file, errorCount: outcome.errorCount, first: first ? { line: first.line, path: first.path, code: first.code } : null },
        'scheduled import refused the file: nothing written')
      return 'refused'
    } catch (error) {
      o.log.error({ file: o.file, err: error instanceof Error ? { message: error.message, code: (error as NodeJS.ErrnoException).code } : String(error) },
        'scheduled import failed')
      return 'failed'
    }
  }

  const tick = async (): Promise<TickResult> => {
    if (stopped) return 'skipped'
    if (running !== null) {
      o.log.info({ file: o.file }, 'scheduled import skipped: the previous run is still busy')
      return 'skipped'
    }
    running = once()
    try {
      return await running
    } finally {
      running = null
    }
  }

  const first = setTimeout(() => void tick(), o.firstDelayMs ?? 5_000)
  const timer = setInterval(() => void tick(), o.everyMs)
  return {
    tick,
    async stop() {
      stopped = true
      clearTimeout(first)
      clearInterval(timer)
      await running
    },
  }
}

/** From main.ts, before listen: starts the schedule when configured, and stops it when the app closes. */
export function startImportSchedule(app: FastifyInstance, config: ImportConfig = loadImportConfig()): ImportSchedule | null {
  if (config.file === null || config.everyMinutes === null) return null
  const schedule = createImportSchedule({ runner: app.imports, file: config.file, everyMs: config.everyMinutes * 60_000, log: app.log })
  app.addHook('onClose', () => schedule.stop())
  app.log.info({ file: config.file, everyMinutes: config.everyMinutes }, 'scheduled import on')
  return schedule
}
