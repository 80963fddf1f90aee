import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startIdleTimer } from '../../../renderer/src/app/idle-timer'

describe('startIdleTimer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('fires once after the idle time without input', () => {
    const onIdle = vi.fn()
    const timer = startIdleTimer({ timeoutMs: 2_000, onIdle })
    vi.advanceTimersByTime(1_999)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(onIdle).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(10_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
    timer.stop()
  })

  it('starts the idle time again on every input', () => {
    const onIdle = vi.fn()
    const timer = startIdleTimer({ timeoutMs: 2_000, onIdle })
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(1_500)
      timer.poke()
    }
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(2_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
    // Input after it fired arms it again.
    timer.poke()
    vi.advanceTimersByTime(2_000)
    expect(onIdle).toHaveBeenCalledTimes(2)
    timer.stop()
  })

  it('does nothing once stopped', () => {
    const onIdle = vi.fn()
    const timer = startIdleTimer({ timeoutMs: 1_000, onIdle })
    timer.stop()
    timer.poke()
    vi.advanceTimersByTime(5_000)
    expect(onIdle).not.toHaveBeenCalled()
  })
})
