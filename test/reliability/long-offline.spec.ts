// Issue 11, long offline: a PC cut off from the server (TCP proxy) for 30 days on every clock, with
// 500 changes (5,000 under `npm run soak`) made offline. The server's clock and PC A's (its PC host's
// and its screen's, test/support/movable-clock.ts and Playwright's page clock) move forward together
// day by day (offline-clock.ts); PC B, online all along, lives on the server's clock. What a month
// does to the app shows: each night the idle lock locks both PCs (F1); each morning the quick switch
// offers nobody (a new day) and Fatima signs in again with her password, offline, on A. She decides
// the location's open requests through Goedkeuren aanvragen, a week's at a time, on days 1 to 13:
// from day 14 on the PC refuses her (SPEC F1: the verifier of the last online sign-in lasts 14 days),
// which is asserted on day 20. On day 30 the connection returns: she signs in online, and the server,
// whose clock is on day 30 too, judges every decision as of when it was made (SPEC §4: an action
// allowed when taken offline is never refused later for being late; most care dates are past by
// then), each recorded on its own day. The PC's `n wijzigingen wachten` counts down from all to none
// on her screen (sampled on every change of the indicator). The count lives in the shell, which nobody
// can open on a PC offline for more than 14 days, so the server holds A's first push until she is in
// (the only orchestration): the whole countdown is on her screen. Meanwhile Sem, signed in again on B
// (online) on day 30, checks a child in on day 30's list: on the server before A has finished.
import { expect, test, type Page } from '@playwright/test'
import { differenceInCalendarDays, parseISO } from 'date-fns'
import { addDays, amsterdamDate } from '../../shared/calendar'
import { demoUser, type DemoUser } from '../e2e/support/accounts'
import { chooseGroup, childRows, goToCareDay, syncStatus } from '../e2e/support/attendance-steps'
import { lockHeading, submitPassword, userLabel } from '../e2e/support/session-steps'
import { connectedPc, specResources } from '../e2e/support/spec-resources'
import { startServer, type TestPc, type TestServer } from '../e2e/support/stack'
import { movableClock } from '../support/movable-clock'
import type { TcpProxy } from '../support/tcp-proxy'
import { passTimeUntil, type MovingClocks } from './support/offline-clock'
import { seedOpenRequests, serverRequests, type SeededRequests } from './support/offline-requests'
import { bulkApprove, openQueue, searchRequests } from './support/offline-queue-steps'
import { pendingSamples, watchPending, type PendingSample } from './support/offline-pending'

const manager = demoUser('marieke.jansen')
const fatima = demoUser('fatima.elamrani') // PC A: decides requests (R11)
const sem = demoUser('sem.bakker') // PC B: group staff, checks children in
const locationId = 'loc-goverwelle'
const today = amsterdamDate(new Date())
const CHANGES = process.env.FUZZ_RUNS ? 5_000 : 500
/** Weekdays decided per bulk approval: a week's requests at a time. */
const DAYS_PER_BATCH = 5
/** The changes spread over 22 weekdays: the requests of 30 days (more when a day cannot hold its share). */
const WEEKDAYS = 22
/** The offline month, in days after the cut (day 0): decisions up to the last day the verifier holds, a refusal, the reconnect. */
const LAST_DECISION_DAY = 13
const REFUSED_DAY = 20
const RECONNECT_DAY = 30
const MORNING = '08:30'

let server: TestServer
const resources = specResources()
const serverClock = movableClock() // the server's, and PC B's: B is online all along, on the server's time
const aClock = movableClock() // PC A's
let a: { pc: TestPc; proxy: TcpProxy }
let b: { pc: TestPc; proxy: TcpProxy }
let seeded: SeededRequests
let moving: MovingClocks
/** While set, the server holds every push of requests (A's) until it resolves. */
let holdPushes: Promise<void> | null = null

test.describe.configure({ timeout: process.env.FUZZ_RUNS ? 1_200_000 : 240_000 })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  server = await startServer({
    now: serverClock.now,
    configure: (app) => app.addHook('onRequest', async (request) => {
      if (holdPushes !== null && request.url === '/sync/requests/push') await holdPushes
    }),
  })
  seeded = await seedOpenRequests(server, { locationId, today, count: CHANGES, prefix: 'offline', perDay: Math.ceil(CHANGES / WEEKDAYS) })
  a = await connectedPc(resources, server.port, { manager, user: fatima, pcName: 'Goverwelle kantoor' }, { clock: aClock })
  b = await connectedPc(resources, server.port, { manager, user: sem, pcName: 'Goverwelle groep' }, { clock: serverClock })
  moving = { clocks: [serverClock, aClock], pages: [a.pc.page, b.pc.page] }
})

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

/** The weeks of requests, each decided in one bulk approval. */
function batches(): { from: string; to: string; ids: string[] }[] {
  const found: { from: string; to: string; ids: string[] }[] = []
  for (let i = 0; i < seeded.days.length; i += DAYS_PER_BATCH) {
    const from = seeded.days[i]!, to = seeded.days[Math.min(i + DAYS_PER_BATCH, seeded.days.length) - 1]!
    const ids = seeded.requests.filter((r) => r.date >= from && r.date <= to).map((r) => r.id)
    if (ids.length > 0) found.push({ from, to, ids })
  }
  return found
}

/** The morning after a night: the idle lock has locked the PC, and a new day's quick switch offers nobody. */
async function lockedOvernight(page: Page, user: DemoUser): Promise<void> {
  await expect(lockHeading(page)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Snel wisselen' }).getByRole('button', { name: user.name, exact: true })).toHaveCount(0)
}

/** After a jump's first hour: the PC has locked (each page is signed in and idle, or locked already). */
const locked = (page: Page) => expect(lockHeading(page)).toBeVisible()

async function signInAgain(page: Page, user: DemoUser): Promise<void> {
  await submitPassword(page, user)
  await expect(userLabel(page, user)).toBeVisible({ timeout: 30_000 })
}

/** Each week's requests decided on its own day (days 1 to 13, spread evenly): returns each request's decision day. */
async function decideOffline(page: Page): Promise<Map<string, string>> {
  const decidedOn = new Map<string, string>()
  const weeks = batches()
  let day = 0
  for (const [i, week] of weeks.entries()) {
    const next = 1 + Math.floor((i * (LAST_DECISION_DAY - 1)) / Math.max(1, weeks.length - 1))
    if (next > day) {
      day = next
      await passTimeUntil(moving, addDays(today, day), MORNING, locked)
      await lockedOvernight(page, fatima)
      await signInAgain(page, fatima) // offline: this PC's verifier of her sign-in on day 0
      await openQueue(page)
    }
    await searchRequests(page, { from: week.from, to: week.to }, week.ids.length)
    await bulkApprove(page, week.ids.length)
    for (const id of week.ids) decidedOn.set(id, addDays(today, day))
  }
  return decidedOn
}

/** The PC's `Uitchecken` for the child shows once the check-in is stored; the server has it when its entry is there. */
async function serverHasCheckIn(groupId: string, date: string, childId: string): Promise<boolean> {
  const rows = await server.db.query<{ data: { entries: { childId: string; checkIn?: string }[] } }>(
    `SELECT data FROM documents WHERE collection = 'attendance' AND NOT deleted AND data->>'groupId' = $1 AND data->>'date' = $2`,
    [groupId, date],
  )
  return rows.some((r) => r.data.entries.some((e) => e.childId === childId && e.checkIn !== undefined))
}

test(`a PC offline for 30 days with ${CHANGES} changes syncs them all on reconnect, with progress, while another PC stays responsive`, async () => {
  const pageA = a.pc.page, pageB = b.pc.page
  // The requests of at least 30 days, decided week by week.
  expect(differenceInCalendarDays(parseISO(seeded.days.at(-1)!), parseISO(seeded.days[0]!))).toBeGreaterThanOrEqual(29)
  a.proxy.cut()
  await expect(syncStatus(pageA)).toContainText('Offline', { timeout: 20_000 })
  const decidedOn = await decideOffline(pageA)
  await expect(syncStatus(pageA)).toContainText(`${CHANGES} wijzigingen wachten`)

  // Day 20: locked again overnight, and more than 14 days since her last online sign-in: refused offline (F1).
  await passTimeUntil(moving, addDays(today, REFUSED_DAY), MORNING, locked)
  await lockedOvernight(pageA, fatima)
  await submitPassword(pageA, fatima)
  await expect(pageA.getByRole('alert')).toContainText('Je laatste online aanmelding op deze pc is te lang geleden')
  await expect(lockHeading(pageA)).toBeVisible()

  // Day 30, on every clock. Sem signs in again on B (online), on day 30's list.
  await passTimeUntil(moving, addDays(today, RECONNECT_DAY), MORNING, locked)
  await lockedOvernight(pageB, sem)
  await signInAgain(pageB, sem)
  const day = await goToCareDay(pageB)
  expect(day >= addDays(today, RECONNECT_DAY), `B's list is on day 30 (${day})`).toBe(true)
  const groupId = await chooseGroup(pageB, 1)
  const [child] = await childRows(pageB, 1)
  expect(await serverHasCheckIn(groupId, day, child!.id)).toBe(false)

  // A: the connection returns; Fatima signs in online (the server holds A's push until she is in).
  let release = () => {}
  holdPushes = new Promise((resolve) => { release = resolve })
  a.proxy.restore()
  await lockedOvernight(pageA, fatima)
  await signInAgain(pageA, fatima)
  await expect(syncStatus(pageA)).toContainText(`${CHANGES} wijzigingen wachten`)
  await watchPending(pageA)
  // Times on the PCs' clock (the page's Date.now() runs 30 days ahead, as aClock does).
  const restoredAt = aClock.nowMs()
  holdPushes = null
  release()
  // B checks the child in while A pushes: on B's screen, then on the server.
  await pageB.getByRole('button', { name: `Inchecken ${child!.name}` }).click()
  await expect(pageB.getByRole('button', { name: `Uitchecken ${child!.name}` })).toBeEnabled()
  await expect.poll(() => serverHasCheckIn(groupId, day, child!.id), { timeout: 30_000, intervals: [50] }).toBe(true)
  const checkInOnServerAt = aClock.nowMs()

  await expect(syncStatus(pageA)).toContainText('Alles opgeslagen op de server', { timeout: process.env.FUZZ_RUNS ? 900_000 : 120_000 })
  const samples: PendingSample[] = await pendingSamples(pageA)
  const counts = samples.map((s) => s.count)
  const doneAt = samples.at(-1)!.at
  test.info().annotations.push(
    { type: 'pending while pushing', description: counts.join(' → ') },
    { type: 'push', description: `${CHANGES} changes on the server ${doneAt - restoredAt} ms after the release; B's check-in ${checkInOnServerAt - restoredAt} ms after it` },
  )
  // Counted down from all of them to none, never up, and through values in between.
  expect(counts[0]).toBe(CHANGES)
  expect(counts.at(-1)).toBe(0)
  for (let i = 1; i < counts.length; i++) expect(counts[i]!, `sample ${i}`).toBeLessThan(counts[i - 1]!)
  expect(counts.filter((n) => n > 0 && n < CHANGES).length, 'values between all and none').toBeGreaterThan(0)
  // B was served while A was still pushing.
  expect(checkInOnServerAt).toBeLessThan(doneAt)

  // Every change reached the server: approved there exactly once, or refused with a notice for this PC
  // (SPEC §6). The only refusal expected is R11's room check, where the server counts more children
  // than the PC did (room-at-approval.ts: it knows no school holidays, so BSO children count then too).
  const onServer = await serverRequests(server, 'offline')
  expect(onServer).toHaveLength(CHANGES)
  const refusals = await server.db.query<{ data: { docId: string; code: string; deviceId?: string } }>(
    `SELECT data FROM documents WHERE collection = 'notices' AND NOT deleted AND data->>'collectionName' = 'requests' AND data->>'docId' LIKE 'offline-%'`,
  )
  const refused = new Map(refusals.map((r) => [r.data.docId, r.data.code]))
  const approvedOnce = (r: (typeof onServer)[number]) => r.status === 'goedgekeurd' && r.decisions.length === 1 && r.decisions[0]!.by === fatima.id
  const untouched = (r: (typeof onServer)[number]) => r.status === 'ingediend' && r.decisions.length === 0
  const lost = onServer.filter((r) => !approvedOnce(r) && !(untouched(r) && refused.get(r.id) === 'geen-plaats'))
  expect(lost.map((r) => [r.id, r.status, r.decisions.length, refused.get(r.id) ?? 'no notice']), 'neither approved once nor refused with a notice').toEqual([])
  expect(onServer.filter(approvedOnce).filter((r) => refused.has(r.id)).map((r) => r.id), 'approved and refused').toEqual([])
  const refusedRequests = onServer.filter((r) => refused.has(r.id)).map((r) => `${r.id} ${r.groupId} ${r.date} ${r.dayPart}`)

  // Judged as of when each was made (SPEC §4): every approval carries the day Fatima made it (the PC's
  // clock, corrected by its offset to the server's), 17 to 29 days before the server's day 30; and the
  // server accepted approvals of care dates that had passed by the time they reached it.
  const approved = onServer.filter(approvedOnce)
  const wrongDay = approved.filter((r) => amsterdamDate(new Date(r.decisions[0]!.at)) !== decidedOn.get(r.id))
  expect(wrongDay.map((r) => [r.id, r.decisions[0]!.at, decidedOn.get(r.id)]), 'approval recorded on another day than it was made').toEqual([])
  const serverDay = amsterdamDate(serverClock.now())
  expect(serverDay).toBe(addDays(today, RECONNECT_DAY))
  const pastWhenSynced = approved.filter((r) => r.date < serverDay)
  expect(pastWhenSynced.length, 'approvals of care dates already past on day 30').toBeGreaterThan(0)
  test.info().annotations.push({
    type: 'on the server',
    description: `${approved.length} approved once (${pastWhenSynced.length} for care dates already past on day 30), ${refused.size} refused (geen-plaats) with a notice${refusedRequests.length ? `: ${refusedRequests.join('; ')}` : ''}`,
  })
})
