// The PC's pending count (F7's `n wijzigingen wachten`, the indicator's data-count) recorded in the page
// on every change of it, by a MutationObserver: each value the screen showed, with the time it showed
// (Date.now(), the same clock as the test's), none missed between two polls.
import type { Page } from '@playwright/test'

export interface PendingSample {
  count: number
  at: number
}

declare global {
  interface Window {
    __pendingSamples?: PendingSample[]
  }
}

export async function watchPending(page: Page): Promise<void> {
  await page.evaluate(() => {
    const element = document.querySelector('.sync-pending')
    if (!element) throw new Error('no pending count on screen')
    const samples: PendingSample[] = []
    const record = () => {
      const count = Number(element.getAttribute('data-count'))
      if (samples.at(-1)?.count !== count) samples.push({ count, at: Date.now() })
    }
    record()
    new MutationObserver(record).observe(element, { attributes: true, attributeFilter: ['data-count'] })
    window.__pendingSamples = samples
  })
}

export async function pendingSamples(page: Page): Promise<PendingSample[]> {
  return page.evaluate(() => window.__pendingSamples ?? [])
}
