// The pieces of an end-to-end run, each real: the server on an embedded PGlite in a temp folder
// with a small demo organisation, PC hosts (one per simulated PC), and Chromium with an on-disk
// profile per PC, as an Electron profile is. A new PC opens on `PC registreren` (F1): the specs
// register it and sign in through the UI (session-steps.ts).
import { cp, mkdtemp, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../../server/app'
import { openDatabase } from '../../../server/db/open-db'
import type { Db } from '../../../server/db/db'
import { ensureDemoAccounts } from '../../../server/demo/demo-accounts'
import { loadDemoIfEmpty } from '../../../server/demo/load-demo'
import { demoSource } from '../../../server/demo/demo-source'
import { startOutbox } from '../../../server/outbox/outbox-plugin'
import { startPcHost, type PcHost } from '../../../electron/pc-host'
import { chromiumLaunchOptions } from './chromium'
import { amsterdamDate } from '../../../shared/calendar'

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `locatiedesk-${prefix}-`))
}

export interface TestServer {
  url: string
  port: number
  db: Db
  /** Its PGlite folder: a restart (restartServer) opens it again. */
  dataDir: string
  /** Stops the server and closes its database, keeping the folder (a restart follows). */
  stop(): Promise<void>
  close(): Promise<void>
}

export interface StartServerOptions {
  historyDays?: number
  /** The folder of a stopped server (restartServer); by default a fresh copy of the demo. */
  dataDir?: string
  port?: number
  /** The server's clock (buildApp's `now`); the real one by default. A test moves it (test/support/movable-clock.ts). */
  now?: () => Date
  /** Called with the app before it listens: a test's own hooks (e.g. holding one kind of request back). */
  configure?: (app: FastifyInstance) => void
}

/** The server with the demo organisation of `historyDays` days (a short history keeps first syncs quick). */
export async function startServer(options: StartServerOptions = {}): Promise<TestServer> {
  const historyDays = options.historyDays ?? 3
  const reopen = options.dataDir !== undefined
  const dataDir = options.dataDir ?? await tempDir('server')
  const template = reopen ? null : await demoTemplate(historyDays)
  if (template !== null) await cp(template, dataDir, { recursive: true })
  const db = await openDatabase({ databaseUrl: null, dataDir })
  if (template === null && !reopen) await loadDemo(db, historyDays)
  const app = buildApp({ db, keepAliveMs: 2_000, ...(options.now ? { now: options.now } : {}) })
  options.configure?.(app)
  // The outbox delivers as on a real server (main.ts), to .eml files beside the database, every second.
  startOutbox(app, { OUTBOX_DIR: join(dataDir, 'outbox'), OUTBOX_EVERY_SECONDS: '1' })
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' })
  const port = (app.server.address() as AddressInfo).port
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    await app.close()
    await db.close()
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    db,
    dataDir,
    stop,
    async close() {
      await stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** A server restart as on a real machine: stopped, then started on the same port and database folder. */
export async function restartServer(server: TestServer): Promise<TestServer> {
  await server.stop()
  return startServer({ dataDir: server.dataDir, port: server.port })
}

async function loadDemo(db: Db, historyDays: number): Promise<void> {
  await loadDemoIfEmpty(db, () => demoSource(new Date(), historyDays))
  // The demo staff's accounts (shared/demo/staff.ts passwords and PINs), hashed cheaply: tests sign in often.
  await ensureDemoAccounts(db, { N: 1024, r: 8, p: 1 })
}

/**
 * Every spec of a run starts from the same demo database (today's organisation), and building it
 * takes seconds while copying a closed PGlite folder takes a fraction of one. So the first spec of
 * a day builds it once in the run's template folder (E2E_TEMPLATE_ROOT, made by global-setup.ts)
 * and every spec opens its own copy. Outside Playwright's run there is no template: built fresh.
 */
async function demoTemplate(historyDays: number): Promise<string | null> {
  const root = process.env.E2E_TEMPLATE_ROOT
  if (root === undefined || root === '') return null
  const dir = join(root, `demo-${amsterdamDate(new Date())}-${historyDays}`)
  if (await exists(dir)) return dir
  // Built aside and renamed when complete: a spec that fails halfway never leaves half a template.
  const building = await mkdtemp(join(root, 'building-'))
  const db = await openDatabase({ databaseUrl: null, dataDir: building })
  try {
    await loadDemo(db, historyDays)
  } finally {
    await db.close()
  }
  await rename(building, dir)
  return dir
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false)
}

/** A simulated PC: its main-process services (PC host) and its browser profile, both on disk. */
export interface TestPc {
  host: PcHost
  context: BrowserContext
  page: Page
}

const fastTransport = {
  retryBackoff: { baseMs: 100, maxMs: 1_000 },
  streamBackoff: { baseMs: 100, maxMs: 1_000 },
}

export interface OpenPcOptions {
  serverUrl: string
  dataDir: string
  profileDir: string
  port?: number
  /** F1's idle lock; by default long enough never to interfere with a test that is not about it. */
  idleLockMs?: number
  /**
   * The PC's clock, for its PC host (sign-in, verifier expiry, "today", the server-time offset) and,
   * through Playwright's page clock installed before the app loads, its screen: a test moves both with
   * movePcClock. The real clock by default.
   */
  clock?: PcClock
}

/** A clock a test moves (test/support/movable-clock.ts). */
export interface PcClock {
  now(): Date
  nowMs(): number
}

export async function openPc(options: OpenPcOptions): Promise<TestPc> {
  const clock = options.clock
  const host = await startPcHost({
    serverUrl: options.serverUrl, dataDir: options.dataDir, port: options.port ?? 0,
    transport: clock ? { ...fastTransport, now: clock.nowMs } : fastTransport,
    idleLockMs: options.idleLockMs ?? 30 * 60_000,
    ...(clock ? { now: clock.now } : {}),
  })
  const context = await chromium.launchPersistentContext(options.profileDir, { ...chromiumLaunchOptions(), headless: true })
  // Installed before the app loads; its timers keep running on real time until a test moves it.
  if (clock) await context.clock.install({ time: clock.nowMs() })
  const page = context.pages()[0] ?? await context.newPage()
  await page.goto(host.url)
  return { host, context, page }
}

export async function closePc(pc: TestPc): Promise<void> {
  await pc.context.close()
  await pc.host.close()
}
