// A PC whose first sync is behind it: a fresh PC host and on-disk Chromium profile, the PC registered
// and a staff member signed in through the bridge, the app opened and left until the first sync is
// complete (the local attendance equals the server's) and the start-up housekeeping (R17's first
// retention run) is done. What a location PC looks like on an ordinary morning.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { startPcHost, type PcHost } from '../../electron/pc-host'
import { MARK_PREFIX } from '../../renderer/src/db/timing-marks'
import { chromiumLaunchOptions } from '../../test/e2e/support/chromium'
import { ATTENDANCE_IDB } from './app-run'

/** RxDB's Dexie database of the children collection (see ATTENDANCE_IDB). */
const CHILDREN_IDB = 'rxdb-dexie-locatiedesk--0--children'
import { benchManager, benchStaff } from './bench-server'
import { invokeOnHost } from './bridge-client'
import { countLocalAttendance, type LocalCount } from './local-count'
import { keepNamesShim } from './page-probe'

const TIMEOUT_MS = 300_000

export interface SyncedPc {
  page: Page
  /** The browser's full version. */
  chromium: string
  /** ms from navigation start: first sync done (app mark), everything stored, first retention run done. */
  marks: { firstSyncDone: number; everythingStored: number; retentionStart: number | null; retentionDone: number | null }
  /** Children in the PC's IndexedDB after R17's first run. */
  childrenStored: number
  close(): Promise<void>
}

type InitScript = Parameters<BrowserContext['addInitScript']>[0]

async function markAt(page: Page, name: string): Promise<number | null> {
  return page.evaluate((full) => performance.getEntriesByName(full, 'mark')[0]?.startTime ?? null, MARK_PREFIX + name)
}

export async function openSyncedPc(serverUrl: string, expected: LocalCount, initScripts: InitScript[] = []): Promise<SyncedPc> {
  const dataDir = await mkdtemp(join(tmpdir(), 'locatiedesk-bench-pc-'))
  const profileDir = await mkdtemp(join(tmpdir(), 'locatiedesk-bench-profile-'))
  let host: PcHost | null = null
  let context: BrowserContext | null = null
  const close = async () => {
    await context?.close()
    await host?.close()
    await rm(dataDir, { recursive: true, force: true })
    await rm(profileDir, { recursive: true, force: true })
  }
  try {
    host = await startPcHost({ serverUrl, dataDir })
    await invokeOnHost(host, 'device.register', { staffId: benchManager.id, password: benchManager.password, name: 'Benchmark-pc' })
    await invokeOnHost(host, 'session.signIn', { staffId: benchStaff.id, password: benchStaff.password })
    context = await chromium.launchPersistentContext(profileDir, { ...chromiumLaunchOptions(), headless: true, viewport: { width: 1280, height: 900 } })
    await context.addInitScript(keepNamesShim)
    for (const script of initScripts) await context.addInitScript(script)
    const page = context.pages()[0] ?? await context.newPage()
    await page.goto(host.url)
    const mark = MARK_PREFIX + 'first-sync:done'
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, { timeout: TIMEOUT_MS, polling: 250 })
    const deadline = Date.now() + TIMEOUT_MS
    let local = await page.evaluate(countLocalAttendance, ATTENDANCE_IDB)
    while (local.documents !== expected.documents || local.entries !== expected.entries) {
      if (Date.now() > deadline) throw new Error(`local attendance ${JSON.stringify(local)} never reached ${JSON.stringify(expected)}`)
      await page.waitForTimeout(250)
      local = await page.evaluate(countLocalAttendance, ATTENDANCE_IDB)
    }
    const everythingStored = await page.evaluate(() => performance.now())
    // R17's first run comes shortly after the first sync (renderer/src/db/retention-schedule.ts).
    const retentionDone = MARK_PREFIX + 'retention:done'
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, retentionDone, { timeout: 120_000, polling: 250 })
      .catch(() => console.log('[bench] no retention run seen within 2 minutes; measuring anyway'))
    const cdp = await context.newCDPSession(page)
    const { product } = await cdp.send('Browser.getVersion')
    await cdp.detach()
    return {
      page,
      chromium: product.replace(/^[^/]*\//, ''),
      marks: {
        firstSyncDone: (await markAt(page, 'first-sync:done')) ?? Number.NaN,
        everythingStored,
        retentionStart: await markAt(page, 'retention:start'),
        retentionDone: await markAt(page, 'retention:done'),
      },
      childrenStored: (await page.evaluate(countLocalAttendance, CHILDREN_IDB)).documents,
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}
