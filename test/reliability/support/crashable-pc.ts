// A simulated PC whose two parts can really crash (crash-app.ts): its PC host (main) and its Chromium
// each a process of their own, on the PC's data folder and on-disk profile. `kill` SIGKILLs both at
// once, as when the whole app dies; `open` again on the same folders and port is the same origin, the
// same IndexedDB and the same device. Every PC opened is tracked, so a spec closes what is left at its end.
import type { Page } from '@playwright/test'
import { launchCrashableBrowser, launchCrashableHost, type CrashableBrowser, type CrashableHost } from './crash-app'

export interface CrashablePc {
  host: CrashableHost
  browser: CrashableBrowser
  page: Page
}

export interface CrashablePcOptions {
  serverUrl: string
  dataDir: string
  profileDir: string
  /** The port of the PC's earlier life: the renderer's origin, and so its IndexedDB, stays the same. */
  port?: number
}

export interface CrashablePcs {
  open(options: CrashablePcOptions): Promise<CrashablePc>
  /** SIGKILL to Chromium and the PC host together; returns the host's port for the reopen. */
  kill(pc: CrashablePc): Promise<number>
  closeAll(): Promise<void>
}

export function crashablePcs(): CrashablePcs {
  const open = new Set<CrashablePc>()
  return {
    async open(options) {
      const host = await launchCrashableHost({
        serverUrl: options.serverUrl, dataDir: options.dataDir, fastRetries: true, ...(options.port !== undefined ? { port: options.port } : {}),
      })
      try {
        const browser = await launchCrashableBrowser(options.profileDir, host.url)
        // A click that cannot happen (something covers the button) fails after 30 s, not at the test's timeout.
        browser.context.setDefaultTimeout(30_000)
        const pc = { host, browser, page: browser.page }
        open.add(pc)
        return pc
      } catch (error) {
        await host.kill()
        throw error
      }
    },
    async kill(pc) {
      open.delete(pc)
      await Promise.all([pc.browser.kill(), pc.host.kill()])
      return pc.host.port
    },
    async closeAll() {
      for (const pc of [...open]) {
        open.delete(pc)
        await pc.browser.close().catch(() => undefined)
        await pc.host.close().catch(() => undefined)
      }
    },
  }
}
