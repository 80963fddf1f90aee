// The scheduled import: reads the file, runs the import, logs counts only; a run due while the
// previous one is busy is skipped; stop() waits for the run in progress and ends the timer.
import { afterEach, expect, it, vi } from 'vitest'
import { createImportSchedule, type ImportSchedule } from '../../../server/import/import-schedule'
import { loadImportConfig } from '../../../server/import/import-config'
import type { ImportRunner } from '../../../server/import/import-route'
import type { ImportOutcome } from '../../../server/import/run-import'
import { emptyReport } from '../../../server/import/import-report'

const log = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() })
let schedule: ImportSchedule | undefined
afterEach(async () => {
  await schedule?.stop()
})

it('imports the file on a tick and logs only the counts', async () => {
  const runner: ImportRunner = { run: vi.fn(async () => ({ ok: true, report: emptyReport(false) }) satisfies ImportOutcome) }
  const logger = log()
  schedule = createImportSchedule({ runner, file: '/data/export.csv', everyMs: 3_600_000, firstDelayMs: 3_600_000, log: logger, read: async () => 'inhoud' })
  expect(await schedule.tick()).toBe('done')
  expect(runner.run).toHaveBeenCalledWith({ format: 'csv', content: 'inhoud' })
  expect(logger.info).toHaveBeenCalledWith({ file: '/data/export.csv', counts: expect.objectContaining({ childrenAdded: 0 }) }, 'scheduled import done')
})

it('skips a run while the previous one is busy, and a refused file is logged without its messages', async () => {
  let release: (o: ImportOutcome) => void = () => undefined
  const runner: ImportRunner = { run: vi.fn(() => new Promise<ImportOutcome>((resolve) => { release = resolve })) }
  const logger = log()
  schedule = createImportSchedule({ runner, file: 'export.json', everyMs: 3_600_000, firstDelayMs: 3_600_000, log: logger, read: async () => '{}' })
  const first = schedule.tick()
  await vi.waitFor(() => expect(runner.run).toHaveBeenCalledTimes(1))
  expect(await schedule.tick()).toBe('skipped')
  release({ ok: false, errors: [{ line: 3, code: 'ongeldige-waarde', message: 'Kolom ouder1_email: "jan@" is geen geldig e-mailadres' }], errorCount: 1 })
  expect(await first).toBe('refused')
  expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('jan@')
  expect(runner.run).toHaveBeenCalledTimes(1)
})

it('a missing file is a failed run, not a crash; the timer runs the schedule by itself', async () => {
  vi.useFakeTimers()
  try {
    const runner: ImportRunner = { run: vi.fn(async () => ({ ok: true, report: emptyReport(false) }) satisfies ImportOutcome) }
    const logger = log()
    let reads = 0
    schedule = createImportSchedule({
      runner, file: 'export.csv', everyMs: 60_000, firstDelayMs: 1_000, log: logger,
      read: async () => {
        reads++
        if (reads === 1) throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' })
        return 'x'
      },
    })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(logger.error).toHaveBeenCalledWith(expect.objectContaining({ err: expect.objectContaining({ code: 'ENOENT' }) }), 'scheduled import failed')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(runner.run).toHaveBeenCalledTimes(1)
    await schedule.stop()
    await vi.advanceTimersByTimeAsync(120_000)
    expect(runner.run).toHaveBeenCalledTimes(1)
  } finally {
    vi.useRealTimers()
  }
})

it('is off by default, on with IMPORT_FILE and IMPORT_EVERY_MINUTES, and refuses a nonsense interval', () => {
  expect(loadImportConfig({}, '/srv')).toMatchObject({ file: null, everyMinutes: null, maxBytes: 20 * 1024 * 1024 })
  expect(loadImportConfig({ IMPORT_EVERY_MINUTES: '60' }, '/srv').everyMinutes).toBeNull()
  expect(loadImportConfig({ IMPORT_FILE: 'in/export.csv', IMPORT_EVERY_MINUTES: '60' }, '/srv')).toMatchObject({ file: '/srv/in/export.csv', everyMinutes: 60 })
  expect(() => loadImportConfig({ IMPORT_FILE: 'x.csv', IMPORT_EVERY_MINUTES: 'elk uur' })).toThrow(/IMPORT_EVERY_MINUTES/)
})
