// Where the renderer's time goes during a measured series: Chrome's sampling profiler (CDP), summed
// as self time per function. The app's bundle is not minified, so RxDB's, Dexie's, React's and the
// app's function names are readable. Profiling slows the page a little: it runs on a separate series.
import type { Page } from '@playwright/test'

export interface HotFunction {
  fn: string
  selfMs: number
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

interface Profile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
}

export async function profiled<T>(page: Page, work: () => Promise<T>, top = 15): Promise<{ result: T; totalMs: number; hot: HotFunction[] }> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
    const result = await work()
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
    const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
    const self = new Map<string, number>()
    const samples = profile.samples ?? []
    const deltas = profile.timeDeltas ?? []
    let totalUs = 0
    for (let i = 0; i < samples.length; i++) {
      const node = byNode.get(samples[i]!)
      const us = deltas[i + 1] ?? 0
      if (!node) continue
      const name = node.callFrame.functionName || '(anonymous)'
      const file = node.callFrame.url.split('/').pop() ?? ''
      const key = file ? `${name} (${file}:${node.callFrame.lineNumber + 1})` : name
      self.set(key, (self.get(key) ?? 0) + us)
      if (name !== '(idle)') totalUs += us
    }
    const hot = [...self].filter(([fn]) => !fn.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, top)
      .map(([fn, us]) => ({ fn, selfMs: Math.round(us / 100) / 10 }))
    return { result, totalMs: Math.round(totalUs / 1000), hot }
  } finally {
    await cdp.detach()
  }
}
