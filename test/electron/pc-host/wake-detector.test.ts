import { afterEach, describe, expect, it, vi } from 'vitest'
import { startWakeDetector } from '../../../electron/pc-host/wake-detector'

afterEach(() => {
  vi.useRealTimers()
})

describe('wake detector (Node stand-in for powerMonitor resume)', () => {
  it('fires when a tick comes far later than asked, not on normal ticks', () => {
    vi.useFakeTimers()
    let clock = 0
    const onWake = vi.fn()
    const detector = startWakeDetector({ onWake, intervalMs: 1_000, toleranceMs: 2_000, now: () => clock })
    for (let i = 0; i < 5; i++) {
      clock += 1_000
      vi.advanceTimersByTime(1_000)
    }
    expect(onWake).not.toHaveBeenCalled()
    clock += 60_000 // the process was frozen for a minute: the next tick sees the jump
    vi.advanceTimersByTime(1_000)
    expect(onWake).toHaveBeenCalledTimes(1)
    clock += 1_000
    vi.advanceTimersByTime(1_000)
    expect(onWake).toHaveBeenCalledTimes(1)
    detector.stop()
  })
})
