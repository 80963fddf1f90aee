// Issue 5's list-level proofs, in real Chromium against a real server (demo organisation, 3 days of
// history), on one PC behind a TCP proxy: the list of a demo group for a day is the shared rules' answer
// on the server's documents; R18's lock keeps the list while the planning changes, `Ontgrendelen` follows
// R18 and reaches the server as a journal fact, and `Planning verversen` pulls and tells what changed;
// the Noodlijst shows exactly the children in the building; `Opslaan als pdf` writes a PDF.
import { expect, test, type Page } from '@playwright/test'
import { readFile, rm } from 'node:fs/promises'
import { addDays, amsterdamDate, weekday } from '../../shared/calendar'
import type { AttendanceDay, Child, JournalEntry, Location, Request } from '../../shared/domain'
import { expectedChildren } from '../../shared/rules'
import { insertInBatches } from '../../server/demo/document-batches'
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy'
import { demoUser } from './support/accounts'
import { chooseGroup, goToCareDay, ready, syncStatus } from './support/attendance-steps'
import { registerPc, signIn, signOut } from './support/session-steps'
import { localDocument } from './support/local-store'
import { closePc, openPc, startServer, tempDir, type TestPc, type TestServer } from './support/stack'

let server: TestServer
let proxy: TcpProxy
let pc: TestPc
const dirs: string[] = []
/** What the page sent over the bridge's WebSocket to its PC host. */
const bridgeFrames: string[] = []

const manager = demoUser('marieke.jansen')
const anouk = demoUser('anouk.devries')
const fatima = demoUser('fatima.elamrani')

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  server = await startServer()
  proxy = await startTcpProxy({ host: '127.0.0.1', port: server.port })
  for (const prefix of ['pc', 'profile']) dirs.push(await tempDir(prefix))
  pc = await openPc({ serverUrl: proxy.url, dataDir: dirs[0]!, profileDir: dirs[1]! })
  // The bridge's socket opens with the page: listen first, then load it again.
  pc.page.on('websocket', (ws) => ws.on('framesent', (frame) => { bridgeFrames.push(String(frame.payload)) }))
  await pc.page.reload()
  await registerPc(pc.page, manager, 'Goverwelle 1')
  await signIn(pc.page, anouk)
  await ready(pc.page)
})

test.afterAll(async () => {
  if (pc) await closePc(pc).catch(() => undefined)
  await proxy?.close()
  await server?.close()
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

// ---- the server's documents ----
async function docs<T>(collection: string): Promise<T[]> {
  const rows = await server.db.query<{ data: T }>(`SELECT data FROM documents WHERE collection = $1 AND NOT deleted`, [collection])
  return rows.map((row) => row.data)
}
async function locationOf(groupId: string): Promise<Location> {
  const location = (await docs<Location>('locations')).find((l) => l.groups.some((g) => g.id === groupId))
  if (!location) throw new Error(`no location with group ${groupId}`)
  return location
}
/** Like an import of the planning system: written straight into the server, no event to the PCs. */
async function serverWrites(collection: string, written: readonly { id: string }[]): Promise<void> {
  await insertInBatches(server.db, { [collection]: written }, { author: 'import', device: null, clientTime: null })
}
/** The PC pulls everything again when its connection comes back (sync-engine.ts). */
async function reconnect(page: Page): Promise<void> {
  proxy.cut()
  await expect(syncStatus(page)).toContainText('Offline', { timeout: 20_000 })
  proxy.restore()
  await expect(syncStatus(page)).toContainText('Online', { timeout: 20_000 })
}

/** The shared function's answer on the server's documents: who is expected in the group that day. */
async function expectedOnServer(groupId: string, date: string): Promise<string[]> {
  const location = await locationOf(groupId)
  const group = location.groups.find((g) => g.id === groupId)!
  const children = (await docs<Child>('children')).filter((c) => c.locationIds.includes(location.id))
  const requests = (await docs<Request>('requests')).filter((r) => r.groupId === groupId && r.date === date)
  const absences = (await docs<{ id: string; childId: string; date: string; dayPart: Request['dayPart']; locationId: string }>('absences'))
    .filter((a) => a.date === date && a.locationId === location.id)
  const corrections = (await docs<JournalEntry>('journal')).filter((j) => j.kind === 'correctie').map((j) => j.targetId)
  const ids = new Set<string>()
  for (const { dayPart } of group.dayParts) {
    for (const child of expectedChildren({ groupId, date, dayPart, children, requests, absences, corrections }).expected) ids.add(child.childId)
  }
  return [...ids].sort()
}

// ---- the screen ----
const tools = (page: Page) => page.getByRole('region', { name: 'Lijstacties' })
const plannedIds = (page: Page) => page.locator('table.attendance-list > tbody:not([aria-label]) > tr[data-child-id]')
  .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-child-id') ?? '').sort())
const rowOf = (page: Page, childId: string) => page.locator(`table.attendance-list tr[data-child-id="${childId}"]`)

async function openList(page: Page, groupId: string, date: string): Promise<void> {
  await page.getByLabel('Groep').selectOption(groupId)
  await page.getByLabel('Datum').fill(date)
  // Frozen (R18) once the PC's first sync is done: the lock names the moment.
  await expect(tools(page).getByRole('status').first()).toContainText(/Lijst vergrendeld sinds|Ontgrendeld door/)
}

/** A weekday at least `back` days before `from`. */
function weekdayBefore(from: string, back: number): string {
  let d = addDays(from, -back)
  while (weekday(d) > 5) d = addDays(d, -1)
  return d
}

let groupId = ''
let careDay = ''

test('the list of a demo group for a day is the shared rules\' answer on the server\'s documents', async () => {
  const page = pc.page
  careDay = await goToCareDay(page)
  groupId = await chooseGroup(page, 3)
  for (const date of [careDay, weekdayBefore(careDay, 1)]) {
    await openList(page, groupId, date)
    const expected = await expectedOnServer(groupId, date)
    expect(expected.length).toBeGreaterThan(0)
    await expect.poll(() => plannedIds(page), { timeout: 10_000 }).toEqual(expected)
    const children = new Map((await docs<Child>('children')).map((c) => [c.id, `${c.firstName} ${c.lastName}`]))
    for (const id of expected.slice(0, 5)) await expect(rowOf(page, id).locator('th').first()).toContainText(children.get(id)!)
  }

  // Afdrukken: the list goes into a print-only document beside the app; in print only that shows.
  await tools(page).getByRole('button', { name: 'Afdrukken' }).click()
  const printed = page.locator('body > .print-target')
  await expect(printed).toHaveCount(1)
  await page.emulateMedia({ media: 'print' })
  await expect(printed).toBeVisible()
  await expect(page.locator('#root')).toBeHidden()
  expect((await printed.locator('tr[data-child-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-child-id') ?? ''))).sort())
    .toEqual(await plannedIds(page))
  await page.emulateMedia({ media: 'screen' })
  await expect(printed).toBeHidden()
})

test('a locked list keeps its children while the planning changes; unlocked it follows, Planning verversen pulls and tells', async () => {
  const page = pc.page
  await openList(page, groupId, careDay)
  const location = await locationOf(groupId)
  const group = location.groups.find((g) => g.id === groupId)!
  const onList = await plannedIds(page)
  const children = (await docs<Child>('children')).filter((c) => c.locationIds.includes(location.id))
  const offList = children.filter((c) => !onList.includes(c.id))
  const leaving = children.find((c) => c.id === onList[0])!
  const [newcomer, later] = [offList[0]!, offList[1]!]
  const template = (await docs<Request>('requests'))[0]!
  const approved = (id: string, child: Child): Request => ({
    ...template, id, childId: child.id, groupId, locationId: location.id, careType: group.careType, date: careDay,
    dayPart: group.dayParts[0]!.dayPart, status: 'goedgekeurd', decisions: [],
  })
  // The planning changes on the server: one child's placement ends yesterday, another gets an approved day.
  const ended: Child = { ...leaving, placements: leaving.placements.map((p) => p.groupId === groupId ? { ...p, end: addDays(careDay, -1) } : p) }
  await serverWrites('children', [ended])
  await serverWrites('requests', [approved('e2e-verzoek-1', newcomer)])
  await reconnect(page)
  // Wait until the PC has stored the new planning (not only reconnected), then: a list opened for the
  // first time now is frozen with it.
  const endOnPc = async () => ((await localDocument(page, 'children', leaving.id))?.placements as Child['placements'] | undefined)
    ?.find((p) => p.groupId === groupId)?.end
  await expect.poll(endOnPc, { timeout: 20_000 }).toBe(addDays(careDay, -1))
  await expect.poll(() => localDocument(page, 'requests', 'e2e-verzoek-1'), { timeout: 20_000 }).not.toBeNull()
  await openList(page, groupId, weekdayBefore(addDays(careDay, 7), 0))
  await expect(rowOf(page, leaving.id)).toHaveCount(0, { timeout: 15_000 })
  // Back on the locked list: nothing changed.
  await openList(page, groupId, careDay)
  await expect.poll(() => plannedIds(page)).toEqual(onList)

  await tools(page).getByRole('button', { name: 'Ontgrendelen' }).click()
  await expect(tools(page).getByRole('status').first()).toContainText(`Ontgrendeld door ${anouk.name} om`)
  // Unlocked, the list follows the planning live.
  await expect(rowOf(page, newcomer.id)).toHaveCount(1)
  await expect(rowOf(page, leaving.id)).toHaveCount(0)

  // Another change, with no event to the PC: Planning verversen pulls it now.
  await serverWrites('requests', [approved('e2e-verzoek-2', later)])
  await tools(page).getByRole('button', { name: 'Planning verversen' }).click()
  const summary = page.getByRole('region', { name: 'Planning ververst' })
  const name = (c: Child) => `${c.firstName} ${c.lastName}`
  await expect(summary).toContainText(`Nieuw op de lijst: ${[name(later), name(newcomer)].sort((a, b) => a.localeCompare(b, 'nl')).join(', ')}`)
  await expect(summary).toContainText(`Niet meer op de lijst: ${name(leaving)}`)
  await expect(rowOf(page, later.id)).toHaveCount(1)
  await summary.getByRole('button', { name: 'Sluiten' }).click()
  await expect(summary).toHaveCount(0)
  await tools(page).getByRole('button', { name: 'Lijst vergrendelen' }).click()
  await expect(tools(page).getByRole('button', { name: 'Ontgrendelen' })).toBeVisible()
})

test('unlocking follows R18 and is recorded on the server', async () => {
  const page = pc.page
  const today = amsterdamDate(new Date())
  const old = weekdayBefore(today, 8)
  const unlocks = async () => (await docs<JournalEntry>('journal')).filter((j) => j.kind === 'ontgrendeld')

  // A groepsmedewerker: a list more than 7 days old stays locked, and the list says why.
  await openList(page, groupId, old)
  await expect(tools(page).getByRole('button', { name: 'Ontgrendelen' })).toHaveCount(0)
  await expect(tools(page)).toContainText('Deze lijst is meer dan 7 dagen oud: alleen een senior of manager kan hem ontgrendelen.')
  // The unlock of the previous test reached the server, with who, when and which list.
  await expect.poll(async () => (await unlocks()).filter((j) => j.by === anouk.id && j.date === careDay).length, { timeout: 15_000 }).toBe(1)
  const [mine] = (await unlocks()).filter((j) => j.by === anouk.id)
  expect(mine).toMatchObject({ kind: 'ontgrendeld', targetId: `${careDay}:${groupId}`, groupId, device: expect.any(String) })

  // A senior can.
  await signOut(page)
  await signIn(page, fatima)
  await openList(page, groupId, old)
  await tools(page).getByRole('button', { name: 'Ontgrendelen' }).click()
  await expect(tools(page).getByRole('status').first()).toContainText(`Ontgrendeld door ${fatima.name} om`)
  await expect.poll(async () => (await unlocks()).filter((j) => j.by === fatima.id && j.date === old).length, { timeout: 15_000 }).toBe(1)
  await signOut(page)
  await signIn(page, anouk)
})

test('the Noodlijst shows exactly the children in the building now, and saves as a PDF', async () => {
  const page = pc.page
  const today = amsterdamDate(new Date())
  const location = await locationOf(groupId)
  const [groupA, groupB] = location.groups.filter((g) => g.id !== groupId)
  // Children in two other groups checked in today by another PC (one of them went home already).
  const children = (await docs<Child>('children')).filter((c) => c.locationIds.includes(location.id))
  const entry = (childId: string, extra: object = {}) => ({
    childId, checkIn: new Date(Date.now() - 3_600_000).toISOString(), unplanned: false, wentHome: false, by: 'sem.bakker', device: 'andere-pc', at: new Date(Date.now() - 3_600_000).toISOString(), rev: 1, ...extra,
  })
  const existing = new Map((await docs<AttendanceDay>('attendance')).map((d) => [d.id, d]))
  const dayOf = (gid: string, entries: ReturnType<typeof entry>[]): AttendanceDay => {
    const known = existing.get(`${today}:${gid}`)
    return { id: `${today}:${gid}`, date: today, groupId: gid, locationId: location.id, updatedAt: new Date().toISOString(), entries: [...(known?.entries ?? []).filter((e) => !entries.some((n) => n.childId === e.childId)), ...entries] }
  }
  await serverWrites('attendance', [
    dayOf(groupA!.id, [entry(children[0]!.id), entry(children[1]!.id, { checkOut: new Date(Date.now() - 60_000).toISOString() })]),
    dayOf(groupB!.id, [entry(children[2]!.id), entry(children[3]!.id, { wentHome: true })]),
  ])
  await reconnect(page)

  // And here, today, a child of this list is checked in when the list has one to check in.
  await openList(page, groupId, today)
  const inBuildingOnServer = async () => (await docs<AttendanceDay>('attendance'))
    .filter((d) => d.locationId === location.id && d.date === today)
    .flatMap((d) => d.entries.filter((e) => e.checkIn && !e.checkOut && !e.wentHome).map((e) => e.childId)).sort()
  const checkIn = page.getByRole('button', { name: /^Inchecken / }).first()
  if (await checkIn.count() > 0) {
    const checkedIn = await checkIn.locator('xpath=ancestor::tr[1]').getAttribute('data-child-id')
    await checkIn.click()
    // "Alles opgeslagen" may still show from before the click: wait until the server holds this check-in.
    await expect.poll(inBuildingOnServer, { timeout: 20_000 }).toContain(checkedIn)
  }
  await expect(syncStatus(page)).toContainText('Alles opgeslagen op de server', { timeout: 20_000 })
  const expected = await inBuildingOnServer()
  expect(expected).toContain(children[0]!.id)
  expect(expected).toContain(children[2]!.id)
  expect(expected).not.toContain(children[1]!.id)
  expect(expected).not.toContain(children[3]!.id)

  await tools(page).getByRole('button', { name: 'Noodlijst' }).click()
  const dialog = page.getByRole('dialog', { name: 'Noodlijst' })
  await expect.poll(() => dialog.locator('tr[data-child-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-child-id') ?? '').sort()), { timeout: 15_000 })
    .toEqual(expected)
  const first = children[0]!
  await expect(dialog.locator(`tr[data-child-id="${first.id}"]`)).toContainText(first.parents[0]!.phones[0] ?? first.parents[0]!.name)

  // Opslaan als pdf: the built app sends one self-contained document with its styles; main writes a PDF.
  await dialog.getByRole('button', { name: 'Opslaan als pdf' }).click()
  const saved = dialog.getByRole('status').filter({ hasText: 'Opgeslagen: ' })
  await expect(saved).toBeVisible({ timeout: 30_000 })
  const path = (await saved.textContent())!.replace('Opgeslagen: ', '').trim()
  expect((await readFile(path)).subarray(0, 4).toString()).toBe('%PDF')
  const request = bridgeFrames.map((f) => JSON.parse(f) as { method?: string; args?: { html: string; fileName: string } }).find((f) => f.method === 'print.pdf')
  expect(request?.args?.fileName).toMatch(/^Noodlijst .*\.pdf$/)
  expect(request?.args?.html).toContain('.printable table')
  expect(request?.args?.html).toContain(`${first.firstName} ${first.lastName}`)
  await dialog.getByRole('button', { name: 'Sluiten' }).click()
  await expect(dialog).toHaveCount(0)

  // The day's list itself saves as a PDF too.
  await tools(page).getByRole('button', { name: 'Opslaan als pdf' }).click()
  const savedList = tools(page).getByRole('status').filter({ hasText: 'Opgeslagen: ' })
  await expect(savedList).toBeVisible({ timeout: 30_000 })
  const listPath = (await savedList.textContent())!.replace('Opgeslagen: ', '').trim()
  expect(listPath).toMatch(/Aanwezigheidslijst .*\.pdf$/)
  expect((await readFile(listPath)).subarray(0, 4).toString()).toBe('%PDF')
})

