// A clock a test moves forward while everything that reads it keeps running: the server's (buildApp's
// `now`) and a PC host's (its services' `now`, its transport's). It starts on the real clock and keeps
// ticking with it; `advance` adds days at once, as a month offline would, without waiting for them.
export interface MovableClock {
  now(): Date
  /** Milliseconds since the epoch, for the transport's clock (`Date.now`-shaped). */
  nowMs(): number
  /** Moves the clock forward by `ms` (never back: nothing in the app expects time to run backwards). */
  advance(ms: number): void
  /** Moves the clock forward to `at`, which must not be before its current time. */
  advanceTo(at: Date): void
  /** How far ahead of the real clock it runs, in ms. */
  readonly offsetMs: number
}

export function movableClock(realNow: () => number = Date.now): MovableClock {
  let offsetMs = 0
  const clock: MovableClock = {
    now: () => new Date(clock.nowMs()),
    nowMs: () => realNow() + offsetMs,
    advance(ms) {
      if (!(ms >= 0)) throw new Error(`a clock moves forward only (asked ${ms} ms)`)
      offsetMs += ms
    },
    advanceTo(at) {
      clock.advance(at.getTime() - clock.nowMs())
    },
    get offsetMs() {
      return offsetMs
    },
  }
  return clock
}
