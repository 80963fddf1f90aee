// F1's idle lock: after `timeoutMs` without input the shared PC locks. Input only records a time
// (mouse moves come by the hundred per second); one timer checks it when it could have run out.
export interface IdleTimer {
  /** Input happened: the idle time starts again (and a lock that fired may fire again later). */
  poke(): void
  stop(): void
}

export interface IdleClock {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const realClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export function startIdleTimer(options: { timeoutMs: number; onIdle: () => void; clock?: IdleClock }): IdleTimer {
  const clock = options.clock ?? realClock
  let last = clock.now()
  let handle: unknown = null
  let stopped = false

  function arm(ms: number): void {
    handle = clock.setTimeout(check, Math.max(0, ms))
  }

  function check(): void {
    handle = null
    if (stopped) return
    const left = last + options.timeoutMs - clock.now()
    if (left > 0) arm(left)
    else options.onIdle()
  }

  arm(options.timeoutMs)
  return {
    poke() {
      if (stopped) return
      last = clock.now()
      // After it fired there is no timer left: input starts a new period.
      if (handle === null) arm(options.timeoutMs)
    },
    stop() {
      stopped = true
      if (handle !== null) clock.clearTimeout(handle)
      handle = null
    },
  }
}
