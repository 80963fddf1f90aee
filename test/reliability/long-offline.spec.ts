// Issue 11, long offline: a PC cut off from the server (TCP proxy) decides a location's open requests
// week by week through Goedkeuren aanvragen — 500 changes here, 5,000 under `npm run soak` — for the
// 30 days ahead. (The wall clock is not moved: an approval's time is the PC's server-corrected now,
// which the server checks; what spans 30 days is the work, not the test.) When the connection returns every change reaches the server, once; the PC's
// `n wijzigingen wachten` counts down through values in between while it pushes (sampled on every
// change of the indicator, not polled); and a second PC of the same location, online all along, checks
// a child in meanwhile: it is on B's screen and on the server before PC A has finished.
import { expect, test, type Page } from '@playwright/test'
import { differenceInCalendarDays, parseISO } from 'date-fns'
import { amsterdamDate } from '../../shared/calendar'
import { demoUser } from '../e2e/support/accounts'
import { chooseGroup, childRows, goToCareDay, syncStatus } from '../e2e/support/attendance-steps'
import { connectedPc, specResources } from '../e2e/support/spec-resources'
import { startServer, type TestPc, type TestServer } from '../e2e/support/stack'
import type { TcpProxy } from '../support/tcp-proxy'
import { seedOpenRequests, serverRequests, type SeededRequests } from './support/offline-requests'
import { bulkApprove, openQueue, searchRequests } from './support/offline-queue-steps'
import { pendingSamples, watchPending, type PendingSample } from './support/offline-pending'

const manager = demoUser('marieke.jansen')
const fatima = demoUser('fatima.elamrani') // PC A: decides requests (R11)
const sem = demoUser('sem.bakker') // PC B: group staff, checks children in
const locationId = 'loc-goverwelle'
const today = amsterdamDate(new Date())
const CHANGES = process.env.FUZZ_RUNS ? 5_000 : 500
/** Weekdays decided per bulk approval: a week's requests at a time, as the offline weeks pass. */
const DAYS_PER_BATCH = 5
/** The changes spread over 22 weekdays: the requests of 30 days (more when a day cannot hold its share). */
const WEEKDAYS = 22

let server: TestServer
const resources = specResources()
let a: { pc: TestPc; proxy: TcpProxy }
let b: { pc: TestPc; proxy: TcpProxy }
let seeded: SeededRequests

test.describe.configure({ timeout: process.env.FUZZ_RUNS ? 1_200_000 : 180_000 })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  server = await startServer()
  seeded = await seedOpenRequests(server, { locationId, today, count: CHANGES, prefix: 'offline', perDay: Math.ceil(CHANGES / WEEKDAYS) })
  a = await connectedPc(resources, server.port, { manager, user: fatima, pcName: 'Goverwelle kantoor' })
  b = await connectedPc(resources, server.port, { manager, user: sem, pcName: 'Goverwelle groep' })
})

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

async function decideOffline(page: Page): Promise<void> {
  await openQueue(page)
  for (let i = 0; i < seeded.days.length; i += DAYS_PER_BATCH) {
    const from = seeded.days[i]!, to = seeded.days[Math.min(i + DAYS_PER_BATCH, seeded.days.length) - 1]!
    const count = seeded.requests.filter((r) => r.date >= from && r.date <= to).length
    if (count === 0) continue
    await searchRequests(page, { from, to }, count)
    await bulkApprove(page, count)
  }
}

/** The PC's `Uitchecken` for the child shows once the check-in is stored; the server has it when its entry is there. */
async function serverHasCheckIn(groupId: string, date: string, childId: string): Promise<boolean> {
  const rows = await server.db.query<{ data: { entries: { childId: string; checkIn?: string }[] } }>(
    `SELECT data FROM documents WHERE collection = 'attendance' AND NOT deleted AND data->>'groupId' = $1 AND data->>'date' = $2`,
    [groupId, date],
  )
  return rows.some((r) => r.data.entries.some((e) => e.childId === childId && e.checkIn !== undefined))
}

test(`a PC offline with ${CHANGES} changes syncs them all on reconnect, with progress, while another PC stays responsive`, async () => {
  const pageA = a.pc.page, pageB = b.pc.page
  // The requests of at least 30 days, decided week by week.
  expect(differenceInCalendarDays(parseISO(seeded.days.at(-1)!), parseISO(seeded.days[0]!))).toBeGreaterThanOrEqual(29)
  a.proxy.cut()
  await expect(syncStatus(pageA)).toContainText('Offline', { timeout: 20_000 })
  await decideOffline(pageA)
  await expect(syncStatus(pageA)).toContainText(`${CHANGES} wijzigingen wachten`)

  // PC B: a child to check in on today's (or Friday's) list.
  const day = await goToCareDay(pageB)
  const groupId = await chooseGroup(pageB, 1)
  const [child] = await childRows(pageB, 1)
  expect(await serverHasCheckIn(groupId, day, child!.id)).toBe(false)

  await watchPending(pageA)
  const restoredAt = Date.now()
  a.proxy.restore()
  // B checks the child in while A pushes: on B's screen, then on the server.
  await pageB.getByRole('button', { name: `Inchecken ${child!.name}` }).click()
  await expect(pageB.getByRole('button', { name: `Uitchecken ${child!.name}` })).toBeEnabled()
  await expect.poll(() => serverHasCheckIn(groupId, day, child!.id), { timeout: 30_000, intervals: [50] }).toBe(true)
  const checkInOnServerAt = Date.now()

  await expect(syncStatus(pageA)).toContainText('Alles opgeslagen op de server', { timeout: process.env.FUZZ_RUNS ? 900_000 : 120_000 })
  const samples: PendingSample[] = await pendingSamples(pageA)
  const counts = samples.map((s) => s.count)
  const doneAt = samples.at(-1)!.at
  test.info().annotations.push(
    { type: 'pending while pushing', description: counts.join(' → ') },
    { type: 'push', description: `${CHANGES} changes on the server ${doneAt - restoredAt} ms after the restore; B's check-in ${checkInOnServerAt - restoredAt} ms after it` },
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
  test.info().annotations.push({
    type: 'on the server',
    description: `${onServer.filter(approvedOnce).length} approved once, ${refused.size} refused (geen-plaats) with a notice${refusedRequests.length ? `: ${refusedRequests.join('; ')}` : ''}`,
  })
})
