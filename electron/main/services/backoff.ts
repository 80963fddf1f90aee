// Exponential backoff with jitter, shared by the HTTP retries and the event stream's reconnects.
// Jitter keeps the PCs of a location from hitting a server that just came back all in the same instant.

export interface BackoffPolicy {
  /** Delay before the first retry, in ms; it doubles per attempt. */
  baseMs: number
  /** Upper bound of one delay, in ms. */
  maxMs: number
}

/**
 * Delay before retry number `attempt` (0-based): half of the exponential step is fixed, half is
 * random ("equal jitter"), so delays still grow visibly while no two clients stay in lockstep.
 */
export function backoffDelay(policy: BackoffPolicy, attempt: number, random: () => number = Math.random): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt))
  return step / 2 + random() * (step / 2)
}

/** A sleep that can be cut short (a reconnect after resume from sleep should not wait out a long delay). */
export function interruptibleSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done(): void {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}
