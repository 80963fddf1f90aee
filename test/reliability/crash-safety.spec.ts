// Issue 11, crash safety: the app killed (SIGKILL, no unload, no close) comes back with a consistent
// database and resumes syncing. One server and one PC whose Chromium and PC host (main) are processes
// of their own (support/crash-app.ts). (a) Chromium and main killed in the middle of a bulk approval
// made offline: on restart every stored request and ledger entry is a valid document, each request is
// either fully approved (status and its one decision) or still open, the approvals stored before the
// kill reach the server exactly once, the rest can be approved again. (b) main killed while it pushes
// the PC's pending approvals to the server: after the restart they are all on the server, each once.
import { isDeepStrictEqual } from 'node:util'
import { expect, test, type Page } from '@playwright/test'
import type { Request } from '../../shared/domain'
import { validateDocument, type CollectionName } from '../../shared/domain'
import { amsterdamDate } from '../../shared/calendar'
import { demoUser } from '../e2e/support/accounts'
import { ready, syncStatus } from '../e2e/support/attendance-steps'
import { registerPc, signIn, signInIfAsked } from '../e2e/support/session-steps'
import { specResources } from '../e2e/support/spec-resources'
import { startServer, type TestServer } from '../e2e/support/stack'
import type { TcpProxy } from '../support/tcp-proxy'
import { launchCrashableBrowser, launchCrashableHost, type CrashableBrowser, type CrashableHost } from './support/crash-app'
import { localDocuments } from './support/crash-local-docs'
import { seedOpenRequests, serverRequests, type SeededRequests } from './support/offline-requests'
import { openQueue, searchRequests, startBulkApproval, bulkApprove } from './support/offline-queue-steps'

const manager = demoUser('marieke.jansen')
const fatima = demoUser('fatima.elamrani') // senior of Goverwelle: decides requests (R11)
const locationId = 'loc-goverwelle'
const today = amsterdamDate(new Date())
/** Short form: three chunks of the bulk write (BULK_CHUNK 250); `npm run soak` (FUZZ_RUNS) takes more. */
const BULK = process.env.FUZZ_RUNS ? 2_000 : 750
const PUSHED = process.env.FUZZ_RUNS ? 1_500 : 500

let server: TestServer
let proxy: TcpProxy
const resources = specResources()
let dataDir: string
let profileDir: string
let host: CrashableHost | null = null
let browser: CrashableBrowser | null = null
let bulk: SeededRequests
let pushed: SeededRequests

const page = (): Page => browser!.page
const inRange = (r: Request, s: SeededRequests) => r.date >= s.days[0]! && r.date <= s.days.at(-1)!
const approved = (r: Request) => r.status === 'goedgekeurd'

/** The app started (again) on the same data folder, profile and port: the same origin, the same IndexedDB. */
async function startApp(port?: number): Promise<void> {
  host = await launchCrashableHost({ serverUrl: proxy.url, dataDir, ...(port !== undefined ? { port } : {}) })
  browser = await launchCrashableBrowser(profileDir, host.url)
}

/** The honest crash: Chromium and main SIGKILLed together (as when the whole app is killed). */
async function crashApp(): Promise<number> {
  const port = host!.port
  await Promise.all([browser!.kill(), host!.kill()])
  host = null
  browser = null
  return port
}

/** Every local document of the collections a bulk approval writes is valid against its schema. */
async function expectValidLocalDocuments(): Promise<Map<string, Request>> {
  for (const collection of ['requests', 'ledger'] as const satisfies readonly CollectionName[]) {
    const docs = await localDocuments(page(), collection)
    // Collected, then asserted once: an expect per document costs Playwright a stack trace each.
    const invalid = docs.flatMap((doc) => {
      const validation = validateDocument(collection, doc)
      return validation.ok ? [] : [{ id: doc['id'], errors: validation.errors }]
    })
    expect(invalid, `invalid ${collection} documents`).toEqual([])
  }
  const requests = (await localDocuments(page(), 'requests')) as unknown as Request[]
  return new Map(requests.map((r) => [r.id, r]))
}

/** Each request of `seeded` either fully approved by Fatima (status and its one decision) or untouched. */
function expectWholeOrAbsent(local: ReadonlyMap<string, Request>, seeded: SeededRequests): Request[] {
  const mine = seeded.requests.map((request) => local.get(request.id))
  expect(mine.filter((r) => r === undefined), 'seeded requests missing on the PC').toHaveLength(0)
  const stored = mine.filter((r): r is Request => r !== undefined)
  const done = stored.filter(approved)
  const whole = (r: Request) => isDeepStrictEqual(r.decisions.map((d) => [d.status, d.by]), [['goedgekeurd', fatima.id]])
  const untouched = (r: Request) => r.status === 'ingediend' && r.decisions.length === 0
  expect(stored.filter((r) => (approved(r) ? !whole(r) : !untouched(r))).map((r) => [r.id, r.status, r.decisions]), 'half-written requests').toEqual([])
  return done
}

/** Pending at 0, and the server holds exactly what the PC holds for these requests, each decision once. */
async function expectServerEqualsLocal(seeded: SeededRequests, prefix: string): Promise<Request[]> {
  await expect(syncStatus(page())).toContainText('Alles opgeslagen op de server', { timeout: 60_000 })
  const local = await expectValidLocalDocuments()
  const onServer = await serverRequests(server, prefix)
  expect(onServer).toHaveLength(seeded.requests.length)
  const differ = onServer.filter((theirs) => {
    const mine = local.get(theirs.id)
    return mine === undefined || !isDeepStrictEqual([mine.status, mine.decisions], [theirs.status, theirs.decisions])
  })
  expect(differ.map((r) => r.id), 'requests where the server differs from the PC').toEqual([])
  expect(onServer.filter((r) => r.decisions.length > 1).map((r) => r.id), 'decided more than once').toEqual([])
  return onServer
}

test.describe.serial('crash safety', () => {
  test.beforeAll(async () => {
    server = await startServer()
    bulk = await seedOpenRequests(server, { locationId, today, count: BULK, prefix: 'crash-bulk' })
    // After the bulk's days (the seeder starts after the location's last request): a search over either range finds only its own.
    pushed = await seedOpenRequests(server, { locationId, today, count: PUSHED, prefix: 'crash-push' })
    proxy = await resources.proxy(server.port)
    dataDir = await resources.dir('crash-pc')
    profileDir = await resources.dir('crash-profile')
    await startApp()
    await registerPc(page(), manager, 'Goverwelle crash')
    await signIn(page(), fatima)
    await ready(page())
  })

  test.afterAll(async () => {
    await browser?.close()
    await host?.close()
    await resources.closeAll()
    await server?.close()
  })

  test('killed in the middle of a bulk approval: consistent on restart, committed part synced once, the rest redone', async () => {
    const total = bulk.requests.length
    await openQueue(page())
    await searchRequests(page(), { from: bulk.days[0]!, to: bulk.days.at(-1)! }, total)
    // Offline, so that what the bulk stores before the kill is only on this PC.
    proxy.cut()
    await expect(syncStatus(page())).toContainText('Offline', { timeout: 20_000 })
    await startBulkApproval(page(), total)
    // Kill as soon as the first chunk is stored (its progress shows), while the next ones are being written.
    await page().waitForFunction((n) => {
      const match = /(\d+) van (\d+) verwerkt/.exec(document.querySelector('.approval-progress')?.textContent ?? '')
      return match !== null && Number(match[1]) > 0 && Number(match[2]) === n
    }, total, { polling: 'raf', timeout: 60_000 })
    const port = await crashApp()

    await startApp(port)
    await signInIfAsked(page(), fatima)
    const local = await expectValidLocalDocuments()
    const committed = expectWholeOrAbsent(local, bulk)
    test.info().annotations.push({ type: 'killed mid-bulk', description: `${committed.length} of ${total} approvals stored before the kill` })
    expect(committed.length, 'the first chunk was stored before the kill').toBeGreaterThan(0)
    expect(committed.length, 'the kill came before the bulk finished').toBeLessThan(total)

    // Online again: what was stored reaches the server, once each; nothing else was approved.
    proxy.restore()
    const onServer = await expectServerEqualsLocal(bulk, 'crash-bulk')
    expect(onServer.filter(approved).map((r) => r.id).sort()).toEqual(committed.map((r) => r.id).sort())

    // What the kill cut off is still open and can be approved again.
    const left = total - committed.length
    await openQueue(page())
    await searchRequests(page(), { from: bulk.days[0]!, to: bulk.days.at(-1)! }, left)
    await bulkApprove(page(), left)
    const after = await expectServerEqualsLocal(bulk, 'crash-bulk')
    expect(after.filter(approved)).toHaveLength(total)
  })

  test('main killed while pushing pending approvals: after the restart each reaches the server once', async () => {
    const total = pushed.requests.length
    proxy.cut()
    await expect(syncStatus(page())).toContainText('Offline', { timeout: 20_000 })
    await openQueue(page())
    await searchRequests(page(), { from: pushed.days[0]!, to: pushed.days.at(-1)! }, total)
    await bulkApprove(page(), total)
    await expect(syncStatus(page())).toContainText(`${total} wijzigingen wachten`)

    // The connection returns and the push starts; main is killed once the server has part of it.
    proxy.restore()
    const deadline = Date.now() + 60_000
    let atKill = 0
    for (;;) {
      atKill = (await serverRequests(server, 'crash-push')).filter((r) => inRange(r, pushed) && approved(r)).length
      if (atKill > 0 || Date.now() > deadline) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const port = await crashApp()
    test.info().annotations.push({ type: 'killed mid-push', description: `${atKill} of ${total} approvals on the server at the kill` })
    expect(atKill, 'the push had started').toBeGreaterThan(0)

    await startApp(port)
    await signInIfAsked(page(), fatima)
    const onServer = await expectServerEqualsLocal(pushed, 'crash-push').catch(async (error: unknown) => {
      // Tells a stuck count (everything on the server, the PC still counting some as waiting) from lost changes.
      const local = [...(await expectValidLocalDocuments()).values()].filter((r) => r.id.startsWith('crash-push-') && approved(r))
      const theirs = (await serverRequests(server, 'crash-push')).filter(approved)
      test.info().annotations.push({ type: 'after the restart', description: `${theirs.length} approved on the server, ${local.length} on the PC; ${await syncStatus(page()).textContent()}` })
      throw error
    })
    expect(onServer.filter(approved)).toHaveLength(total)
    expect(onServer.filter((r) => r.decisions.length !== 1 || r.decisions[0]!.by !== fatima.id).map((r) => r.id)).toEqual([])
  })
})
