// One measurement of a new PC's first sync: a fresh PC host and a fresh on-disk Chromium profile,
// the app opened, and the page's own clock read at "today usable", "window stored" and "everything
// stored" (the first-sync bar gone and the local attendance equal to the server's).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { startPcHost } from '../../electron/pc-host'
import { invokeOnHost } from './bridge-client'
import { benchManager, benchStaff } from './bench-server'
import { chromiumLaunchOptions } from '../../test/e2e/support/chromium'
import { nl } from '../../renderer/src/i18n/nl'
import { MARK_PREFIX } from '../../renderer/src/db/timing-marks'
import { countLocalAttendance, readStoreShape, type LocalCount, type StoreShape } from './local-count'
import { chromiumCpu, nodeCpuMs } from './process-cpu'
import { installProbe, keepNamesShim, type ProbeMarks } from './page-probe'

/** RxDB's Dexie database of the app's attendance collection (database 'locatiedesk', schema version 0). */
export const ATTENDANCE_IDB = 'rxdb-dexie-locatiedesk--0--attendance'

export interface AppRun {
  /** ms from navigation start until rows of today's list are on screen. */
  usableMs: number
  /** ms until today's list has all its rows (its last change of row count; the list is for one group). */
  listCompleteMs: number
  /** ms until master data and the window around today are stored (the bar says "history"). */
  windowMs: number | null
  /** ms until the first-sync bar is gone and the local attendance count equals the server's. */
  everythingMs: number
  barGoneMs: number
  rows: number
  group: string
  date: string
  local: LocalCount
  chromium: string
  /**
   * CPU ms spent meanwhile, by process: Chromium's (browser = IndexedDB's backend, renderer = the
   * app) and this Node process's (the server and the PC host run in it).
   */
  cpuMs: Record<string, number>
  /** The app's own User Timing marks ('locatiedesk:…'), ms since navigation start. */
  timeline: Record<string, number>
  /** The store RxDB created (read once, for the floor). */
  store: StoreShape
}

const TIMEOUT_MS = 300_000

/** The browser's full version (the user agent only says 156.0.0.0). */
async function browserVersion(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { product } = await cdp.send('Browser.getVersion')
    return product
  } finally {
    await cdp.detach()
  }
}

async function marks(page: Page): Promise<ProbeMarks> {
  return page.evaluate(() => ({ ...(window.__benchMarks ?? {}) }))
}

/** Who registers the PC and who signs in on it (F1). */
export interface PcAccounts {
  register: { id: string; password: string }
  signIn: { id: string; password: string }
}

export async function measureApp(
  serverUrl: string, expected: LocalCount, accounts: PcAccounts = { register: benchManager, signIn: benchStaff },
): Promise<AppRun> {
  const dataDir = await mkdtemp(join(tmpdir(), 'locatiedesk-bench-pc-'))
  const profileDir = await mkdtemp(join(tmpdir(), 'locatiedesk-bench-profile-'))
  const host = await startPcHost({ serverUrl, dataDir })
  try {
    // A manager registers the PC and a staff member signs in (F1) before the clock starts (by default).
    await invokeOnHost(host, 'device.register', { staffId: accounts.register.id, password: accounts.register.password, name: 'Benchmark-pc' })
    await invokeOnHost(host, 'session.signIn', { staffId: accounts.signIn.id, password: accounts.signIn.password })
    const context = await chromium.launchPersistentContext(profileDir, { ...chromiumLaunchOptions(), headless: true })
    try {
      await context.addInitScript(keepNamesShim)
      await context.addInitScript(installProbe, nl['firstSync.history'])
      const page = context.pages()[0] ?? await context.newPage()
      const cpuBefore = chromiumCpu(profileDir)
      const nodeBefore = process.cpuUsage()
      await page.goto(host.url)
      await page.waitForFunction(() => window.__benchMarks?.rowsAt !== undefined, undefined, { timeout: TIMEOUT_MS, polling: 100 })
      await page.waitForFunction(() => window.__benchMarks?.barGoneAt !== undefined, undefined, { timeout: TIMEOUT_MS, polling: 100 })
      // The bar is gone; is every document there? If not yet, the moment they are is the figure.
      let local = await page.evaluate(countLocalAttendance, ATTENDANCE_IDB)
      let settledAt: number | null = null
      const deadline = Date.now() + TIMEOUT_MS
      while (local.documents !== expected.documents || local.entries !== expected.entries) {
        if (Date.now() > deadline) throw new Error(`local attendance ${JSON.stringify(local)} never reached ${JSON.stringify(expected)}`)
        await page.waitForTimeout(100)
        local = await page.evaluate(countLocalAttendance, ATTENDANCE_IDB)
        settledAt = await page.evaluate(() => performance.now())
      }
      const nodeMs = nodeCpuMs(nodeBefore)
      const cpuAfter = chromiumCpu(profileDir)
      const cpuMs: Record<string, number> = { node: Math.round(nodeMs) }
      for (const [type, ms] of Object.entries(cpuAfter)) cpuMs[type] = Math.round(ms - (cpuBefore[type] ?? 0))
      const m = await marks(page)
      const barGoneMs = m.barGoneAt ?? Number.NaN
      return {
        usableMs: m.rowsAt ?? Number.NaN,
        listCompleteMs: m.rowCounts?.at(-1)?.[0] ?? Number.NaN,
        windowMs: m.historyAt ?? null,
        barGoneMs,
        everythingMs: settledAt ?? barGoneMs,
        rows: m.rowCounts?.at(-1)?.[1] ?? 0,
        group: m.group ?? '',
        date: m.date ?? '',
        local,
        cpuMs,
        chromium: await browserVersion(page),
        timeline: await page.evaluate((prefix) => Object.fromEntries(performance.getEntriesByType('mark')
          .filter((e) => e.name.startsWith(prefix)).map((e) => [e.name.slice(prefix.length), Math.round(e.startTime)])), MARK_PREFIX),
        store: await page.evaluate(readStoreShape, ATTENDANCE_IDB),
      }
    } finally {
      await context.close()
    }
  } finally {
    await host.close()
    await rm(dataDir, { recursive: true, force: true })
    await rm(profileDir, { recursive: true, force: true })
  }
}
