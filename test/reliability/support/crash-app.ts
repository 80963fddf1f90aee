// A PC whose parts can really crash: Chromium started as a child process of the test (not through
// Playwright's launcher, which hides the browser's pid for an on-disk profile) and driven over CDP,
// and, when asked, the PC host (main) as its own Node process. SIGKILL to either is an honest crash:
// no unload, no close of IndexedDB, no flush; whatever the disk holds is what the app finds on restart.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../../e2e/support/chromium'

const repoRoot = new URL('../../../', import.meta.url).pathname

/** The first line of a child's output that matches `pattern` (its groups), or an error with what it printed. */
async function lineOf(child: ChildProcess, stream: 'stdout' | 'stderr', pattern: RegExp, what: string): Promise<RegExpExecArray> {
  let seen = ''
  let found = false
  return new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no ${pattern} within 60 s:\n${seen.slice(-2_000)}`)), 60_000)
    // Read on after the match too (and drop it): a full pipe would block the child.
    child[stream]?.on('data', (chunk: Buffer) => {
      if (found) return
      seen += chunk.toString()
      const match = pattern.exec(seen)
      if (match) {
        found = true
        seen = ''
        clearTimeout(timer)
        resolve(match)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${what} exited (${code}) before it was ready:\n${seen.slice(-2_000)}`))
    })
  })
}

/** SIGKILL to the child's whole process group (Chromium's renderers and helpers die with it). */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = once(child, 'exit')
  process.kill(-child.pid, 'SIGKILL')
  await exited
}

export interface CrashableBrowser {
  browser: Browser
  context: BrowserContext
  page: Page
  /** Kills Chromium at once (SIGKILL); the on-disk profile stays as the crash left it. */
  kill(): Promise<void>
  /** A normal close, for the end of a spec. */
  close(): Promise<void>
}

export async function launchCrashableBrowser(profileDir: string, url: string): Promise<CrashableBrowser> {
  const options = chromiumLaunchOptions()
  const executable = options.executablePath ?? chromium.executablePath()
  const child = spawn(executable, [
    ...(options.args ?? []), '--headless=new', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', 'about:blank',
  ], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] })
  const [, endpoint] = await lineOf(child, 'stderr', /DevTools listening on (ws:\/\/\S+)/, 'Chromium')
  const browser = await chromium.connectOverCDP(endpoint!)
  const context = browser.contexts()[0] ?? await browser.newContext()
  const page = context.pages()[0] ?? await context.newPage()
  await page.goto(url)
  return {
    browser, context, page,
    kill: () => killGroup(child),
    async close() {
      await browser.close().catch(() => undefined)
      await killGroup(child)
    },
  }
}

export interface CrashableHost {
  url: string
  port: number
  deviceId: string
  /** Kills the PC host process at once (SIGKILL). */
  kill(): Promise<void>
  close(): Promise<void>
}

export interface CrashableHostOptions {
  serverUrl: string
  dataDir: string
  port?: number
  /**
   * The quick retries of the in-process test PCs (stack.ts) instead of the product's backoff: a run
   * with many faults converges in seconds after each, as its in-process PCs would.
   */
  fastRetries?: boolean
}

/** The PC host as its own Node process (electron/pc-host/main.ts), so that it can be SIGKILLed mid-push. */
export async function launchCrashableHost(options: CrashableHostOptions): Promise<CrashableHost> {
  const entry = options.fastRetries ? 'test/reliability/support/fast-pc-host.ts' : 'electron/pc-host/main.ts'
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env, SERVER_URL: options.serverUrl, PC_DATA_DIR: options.dataDir,
      PC_HOST_PORT: String(options.port ?? 0), PC_IDLE_LOCK_MS: String(30 * 60_000),
    },
  })
  child.stderr?.on('data', () => undefined)
  const [, deviceId, url] = await lineOf(child, 'stdout', /PC host \(device ([^)]*)\) at (http:\/\/\S+)/, 'PC host')
  return {
    url: url!, port: Number(new URL(url!).port), deviceId: deviceId!,
    kill: () => killGroup(child),
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      await exited
    },
  }
}
