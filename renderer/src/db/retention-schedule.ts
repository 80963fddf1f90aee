// When R17's removal runs (retention.ts): shortly after the app starts (once a new PC's first sync is
// done: before that the history is still arriving), then once a day while the app stays open, as a
// location PC does for weeks. The first run waits a little so that it does not compete with the
// start of the screens; runs never overlap, and a failed run is reported and tried again next time.
import { runRetention, type RetentionOptions, type RetentionReport } from './retention'
import { mark } from './timing-marks'

export const RETENTION_FIRST_RUN_DELAY_MS = 15_000
export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000

export interface RetentionScheduleOptions extends Omit<RetentionOptions, 'today'> {
  /** Today ('yyyy-MM-dd', Amsterdam) on the server-corrected clock, asked at each run. */
  today: () => string
  /** Resolves when the first sync is complete. */
  ready: Promise<void>
  firstRunDelayMs?: number
  intervalMs?: number
  onReport?: (report: RetentionReport) => void
}

export interface RetentionSchedule {
  /** Run now (after any run under way); resolves with its report. */
  run(): Promise<RetentionReport>
  stop(): void
}

export function scheduleRetention(options: RetentionScheduleOptions): RetentionSchedule {
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let queue: Promise<unknown> = Promise.resolve()

  function run(): Promise<RetentionReport> {
    const next = queue.then(() => runRetention({ ...options, today: options.today() }))
    queue = next.catch(() => {})
    return next
  }

  function runScheduled(): void {
    if (stopped) return
    // User Timing marks: DevTools shows the run, and the benchmarks wait for it (bench/).
    mark('retention:start')
    run().then(
      (report) => {
        mark('retention:done')
        options.onReport?.(report)
      },
      (error: unknown) => console.warn('R17: oude kinderen verwijderen mislukt, volgende keer opnieuw', error),
    ).finally(() => {
      if (!stopped) timer = setTimeout(runScheduled, options.intervalMs ?? RETENTION_INTERVAL_MS)
    })
  }

  options.ready.then(() => {
    if (!stopped) timer = setTimeout(runScheduled, options.firstRunDelayMs ?? RETENTION_FIRST_RUN_DELAY_MS)
  }, () => {})

  return {
    run,
    stop() {
      stopped = true
      clearTimeout(timer)
    },
  }
}
