// The month that passes in long-offline.spec.ts: the server's clock and each PC's (its PC host's and,
// through Playwright's page clock, its screen's) move forward together. The screens' clocks are
// fast-forwarded, not set: the timers that were due by then fire once, as they would have over
// those days, so the idle lock (F1) locks a PC left alone overnight.
import type { Page } from '@playwright/test'
import { amsterdamInstant } from '../../../shared/calendar'
import type { MovableClock } from '../../support/movable-clock'

const EVENING_MS = 60 * 60 * 1000

export interface MovingClocks {
  /** Every clock that moves: the server's and the PC hosts' (a PC may share the server's). */
  clocks: readonly MovableClock[]
  /** The screens whose page clocks move with them. */
  pages: readonly Page[]
}

/**
 * Moves every clock to `time` (Amsterdam) on `date`, as measured by the first clock (the server's).
 * `settled(page)` waits, after the first hour, for what that hour started on the page (the idle lock's
 * request to its PC host) to finish in real time: the rest of the jump would otherwise fire that
 * request's own time-out first, and the lock would be given up as failed.
 */
export async function passTimeUntil(moving: MovingClocks, date: string, time: string, settled?: (page: Page) => Promise<void>): Promise<void> {
  const [reference] = moving.clocks
  if (!reference) throw new Error('no clock to move')
  const ms = amsterdamInstant(date, time).getTime() - reference.nowMs()
  if (ms <= 0) throw new Error(`${date} ${time} is not ahead of ${reference.now().toISOString()}`)
  for (const clock of new Set(moving.clocks)) clock.advance(ms)
  // The first hour on its own, then the rest: the idle lock's check falls due in that hour and runs
  // alone, as it would in the evening, not among the timers of a month that fire at once at its end.
  const hour = Math.min(ms, EVENING_MS)
  for (const page of moving.pages) {
    await page.clock.fastForward(hour)
    await settled?.(page)
    if (ms > hour) await page.clock.fastForward(ms - hour)
  }
}
