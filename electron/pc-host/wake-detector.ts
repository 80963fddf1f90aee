// Node has no powerMonitor: notice a resume from sleep by a timer that fires far later than asked
// (the process was frozen meanwhile). The PC host then reconnects, as Electron does on 'resume'.

export interface WakeDetectorOptions {
  onWake: () => void
  intervalMs?: number
  /** How much later than intervalMs a tick may come before it counts as a sleep. */
  toleranceMs?: number
  now?: () => number
}

export function startWakeDetector(options: WakeDetectorOptions): { stop(): void } {
  const intervalMs = options.intervalMs ?? 5_000
  const toleranceMs = options.toleranceMs ?? 10_000
  const now = options.now ?? Date.now
  let last = now()
  const timer = setInterval(() => {
    const current = now()
    if (current - last > intervalMs + toleranceMs) options.onWake()
    last = current
  }, intervalMs)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
