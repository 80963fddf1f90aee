// Goedkeuren aanvragen end to end, in real Chromium against a real server (SPEC F4, R11, R20): a request
// made on PC A through Dag aanvragen appears in PC B's queue (and its count in the navigation) without
// reload, and approving it puts the child on that day's Aanwezigheidslijst; the same request approved on
// A and rejected on B while both are offline ends with A's decision on both PCs and a notice on B; a full
// group offers Afkeuren and Wachtlijst first and approves only with a reason; the waiting list keeps its
// order and suggests the first in line once an absence frees a place; 50 requests are approved with one `Acties`. The demo organisation is read on the server to pick children, groups and dates that
// fit; the requests the queue works on are put on the server before the PCs' first sync.
import { expect, test, type Page } from '@playwright/test'
import { addDays, amsterdamDate, weekday } from '../../shared/calendar'
import type { Absence, Child, DayPart, Location, Request } from '../../shared/domain'
import { dayPartHours, invoiceDate, requestRoom } from '../../shared/rules'
import { insertInBatches } from '../../server/demo/document-batches'
import type { TcpProxy } from '../support/tcp-proxy'
import { longDate } from '../../renderer/src/i18n/format-date'
import { demoUser } from './support/accounts'
import { syncStatus } from './support/attendance-steps'
import { connectedPc, specResources } from './support/spec-resources'
import { startServer, type TestPc, type TestServer } from './support/stack'

const manager = demoUser('marieke.jansen')
const fatima = demoUser('fatima.elamrani') // senior, PC A
const anouk = demoUser('anouk.devries') // groepsmedewerker, PC B: location staff decide requests (R11)
const locationId = 'loc-goverwelle'
const today = amsterdamDate(new Date())

let server: TestServer
const resources = specResources()
let a: { pc: TestPc; proxy: TcpProxy }
let b: { pc: TestPc; proxy: TcpProxy }
let location: Location
let children: Child[]
let requests: Request[]
let absences: Absence[]
const used = new Set<string>()

interface Slot { groupId: string; date: string; dayPart: DayPart }
const planned: Request[] = []
let live: Slot & { child: Child }
let full: Request
let contested: Request
/** A full slot where two requests will wait, and one of the approved children to report absent. */
let waitlist: { first: Request; second: Request; absentee: Request }
let bulk: { slot: Slot; from: string; to: string; count: number }

async function serverDocs<T>(collection: string, where = 'true', params: unknown[] = []): Promise<T[]> {
  const rows = await server.db.query<{ data: T }>(`SELECT data FROM documents WHERE collection = $1 AND NOT deleted AND ${where}`, [collection, ...params])
  return rows.map((r) => r.data)
}

const nameOf = (child: Child) => `${child.firstName} ${child.lastName}`
const dutch = (date: string) => date.split('-').reverse().map(Number).join('-')
const weekdaysAhead = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => addDays(today, from + i)).filter((d) => weekday(d) <= 5)
const groupOf = (id: string) => location.groups.find((g) => g.id === id)!

/** Places left in the slot on the server's documents plus those planned here (R11, as the server counts). */
function placesLeft(slot: Slot): number {
  const all = [...requests, ...planned].filter((r) => r.groupId === slot.groupId && r.date === slot.date)
  const { parts } = requestRoom({ group: groupOf(slot.groupId), request: { id: 'probe', childId: 'probe', ...slot }, children, requests: all, absences })
  return Math.min(...parts.map((p) => p.capacity - p.expected))
}

/** A child with a unique name, not placed anywhere that weekday and without any request that day. */
function freeChild(date: string): Child {
  const found = children.find((c) => !used.has(c.id) && children.filter((o) => nameOf(o) === nameOf(c)).length === 1
    && !c.placements.some((p) => p.weekdays.includes(weekday(date)) && p.start <= date && (p.end == null || p.end >= date))
    && ![...requests, ...planned].some((r) => r.childId === c.id && r.date === date))
  if (!found) throw new Error(`no free child on ${date}`)
  used.add(found.id)
  return found
}

function plan(slot: Slot, status: 'ingediend' | 'goedgekeurd'): Request {
  const child = freeChild(slot.date)
  const at = new Date().toISOString()
  const group = groupOf(slot.groupId)
  const hours = dayPartHours(group.dayParts.find((p) => p.dayPart === slot.dayPart)!)
  const r: Request = {
    id: `e2e-queue-${planned.length + 1}`, childId: child.id, locationId, careType: group.careType, contract: 'standaard', ...slot, kind: 'extra dag',
    payment: 'factuur', hours, invoiceHours: hours, invoiceDate: invoiceDate(slot.date), submittedVia: 'ouder', status,
    decisions: status === 'goedgekeurd' ? [{ status, by: fatima.id, device: 'e2e', at }] : [], by: 'ouderportaal', device: 'ouderportaal', at, updatedAt: at,
  }
  planned.push(r)
  return r
}

/** A slot on a weekday 3 to 20 days ahead with at least `need` places and no other open request. */
function slotWithRoom(groupId: string, dayPart: DayPart, need: number, skip: readonly string[] = []): Slot {
  for (const date of weekdaysAhead(3, 20)) {
    const slot = { groupId, date, dayPart }
    const open = [...requests, ...planned].some((r) => r.groupId === groupId && r.date === date && r.status === 'ingediend')
    if (!skip.includes(date) && !open && placesLeft(slot) >= need) return slot
  }
  throw new Error(`no room for ${need} in ${groupId}`)
}

const childName = (id: string) => nameOf(children.find((c) => c.id === id)!)
const navApproval = (page: Page) => page.getByRole('navigation').getByRole('button', { name: /^Goedkeuren aanvragen/ })
const filters = (page: Page) => page.getByRole('search', { name: 'Zoeken in aanvragen' })
const detail = (page: Page, r: Pick<Request, 'childId' | 'date'>) => page.getByRole('dialog', { name: `Aanvraag ${childName(r.childId)} ${dutch(r.date)}` })

async function openQueue(page: Page) {
  await navApproval(page).click()
  await expect(page.getByRole('heading', { name: 'Goedkeuren aanvragen', level: 1 })).toBeVisible()
}

async function search(page: Page, f: { child?: string; groupId?: string; from?: string; to?: string }) {
  await filters(page).getByLabel('Kind', { exact: true }).fill(f.child ?? '')
  await filters(page).getByLabel('Groep', { exact: true }).selectOption(f.groupId ?? '')
  await filters(page).getByLabel('Van', { exact: true }).fill(f.from ?? '')
  await filters(page).getByLabel('Tot', { exact: true }).fill(f.to ?? '')
  await filters(page).getByRole('button', { name: 'Zoeken' }).click()
}

async function openRequest(page: Page, r: Pick<Request, 'childId' | 'date'>) {
  await search(page, { child: childName(r.childId) })
  await page.getByRole('table', { name: 'Aanvragen' }).getByRole('button', { name: `Openen ${childName(r.childId)} ${dutch(r.date)}` }).click()
  await expect(detail(page, r)).toBeVisible()
}

const openCount = async (page: Page) => Number(await navApproval(page).locator('.nav-count').getAttribute('data-count'))
const noticesButton = (page: Page) => page.getByRole('button', { name: /^Meldingen \(\d+\)$/ })

test.describe.serial('Goedkeuren aanvragen', () => {
  test.beforeAll(async () => {
    server = await startServer()
    location = (await serverDocs<Location>('locations', `data->>'id' = $2`, [locationId]))[0]!
    children = (await serverDocs<Child>('children', `data->'locationIds' ? $2`, [locationId])).sort((x, y) => x.id.localeCompare(y.id))
    requests = await serverDocs<Request>('requests', `data->>'locationId' = $2`, [locationId])
    absences = await serverDocs<Absence>('absences', `data->>'locationId' = $2`, [locationId])
    // The live request: made on PC A through the form, for a free child where the group has room.
    const liveSlot = slotWithRoom('grp-goverwelle-1', 'ochtend', 2)
    live = { ...liveSlot, child: freeChild(liveSlot.date) }
    contested = plan(slotWithRoom('grp-goverwelle-2', 'ochtend', 2), 'ingediend')
    // A full group: approved requests fill every place left, then one more asks.
    const fullSlot = slotWithRoom('grp-goverwelle-2', 'middag', 1, [contested.date])
    for (let left = placesLeft(fullSlot); left > 0; left--) plan(fullSlot, 'goedgekeurd')
    full = plan(fullSlot, 'ingediend')
    const waitSlot = slotWithRoom('grp-goverwelle-1', 'middag', 1, [live.date])
    let absentee = plan(waitSlot, 'goedgekeurd')
    for (let left = placesLeft(waitSlot); left > 0; left--) absentee = plan(waitSlot, 'goedgekeurd')
    waitlist = { first: plan(waitSlot, 'ingediend'), second: plan(waitSlot, 'ingediend'), absentee }
    // 50 requests over 10 days of the VSO group (the demo's with the most room), each day with room for its 5.
    const days: Slot[] = []
    for (let i = 0; i < 10; i++) days.push(slotWithRoom('grp-goverwelle-5', 'voorschools', 5, days.map((d) => d.date)))
    for (const slot of days) for (let k = 0; k < 5; k++) plan(slot, 'ingediend')
    const dates = days.map((d) => d.date).sort()
    // Open requests the demo already has in that group and range are in the search too (rarely any).
    const others = requests.filter((r) => r.groupId === days[0]!.groupId && r.date >= dates[0]! && r.date <= dates.at(-1)!
      && ['ingediend', 'wachtlijst'].includes(r.status) && r.contract !== 'qflexibel').length
    bulk = { slot: days[0]!, from: dates[0]!, to: dates.at(-1)!, count: 50 + others }
    await insertInBatches(server.db, { requests: planned }, { author: 'ouderportaal', device: null, clientTime: null })
    a = await connectedPc(resources, server.port, { manager, user: fatima, pcName: 'Goverwelle A' })
    b = await connectedPc(resources, server.port, { manager, user: anouk, pcName: 'Goverwelle B' })
  })

  test.afterAll(async () => {
    await resources.closeAll()
    await server?.close()
  })

  test('a request made on PC A appears in PC B\'s queue without reload; approving it puts the child on the list', async () => {
    const pageB = b.pc.page
    await openQueue(pageB)
    const before = await openCount(pageB)
    await expect(navApproval(pageB)).toHaveAccessibleName(`Goedkeuren aanvragen, ${before} open aanvragen`)
    await search(pageB, { child: nameOf(live.child) })
    await expect(pageB.getByText('Geen aanvragen gevonden.')).toBeVisible()

    const pageA = a.pc.page
    await pageA.getByRole('navigation').getByRole('button', { name: 'Dag aanvragen' }).click()
    const box = pageA.getByRole('combobox', { name: 'Kind', exact: true })
    await box.fill(nameOf(live.child))
    await pageA.getByRole('option', { name: nameOf(live.child), exact: true }).click()
    await pageA.getByLabel('Groep', { exact: true }).selectOption(live.groupId)
    await pageA.getByLabel('Datum', { exact: true }).fill(live.date)
    await pageA.getByLabel('Dagdeel', { exact: true }).selectOption(live.dayPart)
    await pageA.getByLabel('Betaling', { exact: true }).selectOption({ label: 'Berekenen op factuur' })
    await pageA.getByRole('button', { name: 'Aanbieden ter goedkeuring' }).click()
    await expect(pageA.getByText(/aangeboden ter goedkeuring\./)).toBeVisible()

    // PC B: the row and the count arrive by themselves.
    const row = pageB.getByRole('table', { name: 'Aanvragen' }).getByRole('row', { name: new RegExp(nameOf(live.child)) })
    await expect(row).toBeVisible({ timeout: 15_000 })
    await expect(row).toContainText('wacht op goedkeuring')
    await expect(row.locator('[data-room]')).toHaveText('Plaats')
    await expect.poll(() => openCount(pageB)).toBe(before + 1)

    await openRequest(pageB, { childId: live.child.id, date: live.date })
    const dialog = detail(pageB, { childId: live.child.id, date: live.date })
    await expect(dialog.locator('.approval-decide .approval-buttons button')).toHaveText(['Goedkeuren', 'Afkeuren', 'Wachtlijst', 'Verwijderen'])
    await dialog.getByRole('button', { name: 'Goedkeuren', exact: true }).click()
    await expect(dialog.getByText('Opgeslagen: goedgekeurd.')).toBeVisible()
    await expect(dialog.getByRole('region', { name: 'Besluiten' })).toContainText(`goedgekeurd door ${anouk.name}`)
    await dialog.getByRole('button', { name: 'Sluiten' }).click()
    await expect.poll(() => openCount(pageB)).toBe(before)

    await pageB.getByRole('navigation').getByRole('button', { name: 'Aanwezigheidslijst' }).click()
    await pageB.getByLabel('Groep').selectOption(live.groupId)
    await pageB.getByLabel('Datum').fill(live.date)
    const listRow = pageB.locator(`tr[data-child-id="${live.child.id}"]`)
    await expect(listRow).toContainText('ochtend')
    // Billed on invoice: the row says so, with the invoice it appears on (R15: the 10th of the next month).
    await expect(listRow).toContainText(`Aanvraag: Extra dag (Berekenen op factuur) · op de factuur van ${longDate(invoiceDate(live.date))}`)
  })

  test('approved on A and rejected on B while both are offline: A\'s decision on both PCs, a notice on B', async () => {
    for (const { pc } of [a, b]) {
      await openQueue(pc.page)
      await openRequest(pc.page, contested)
    }
    const notices = Number((await noticesButton(b.pc.page).textContent())?.match(/\d+/)?.[0])
    a.proxy.cut()
    b.proxy.cut()
    await expect(syncStatus(a.pc.page)).toContainText('Offline', { timeout: 20_000 })
    await expect(syncStatus(b.pc.page)).toContainText('Offline', { timeout: 20_000 })
    await detail(a.pc.page, contested).getByRole('button', { name: 'Goedkeuren', exact: true }).click()
    await expect(detail(a.pc.page, contested).getByText('Opgeslagen: goedgekeurd.')).toBeVisible()
    await detail(b.pc.page, contested).getByRole('button', { name: 'Afkeuren', exact: true }).click()
    await expect(detail(b.pc.page, contested).getByText('Opgeslagen: afgekeurd.')).toBeVisible()

    a.proxy.restore()
    await expect(syncStatus(a.pc.page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })
    b.proxy.restore()
    await expect(syncStatus(b.pc.page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })
    // One decision on both PCs: the first to reach the server.
    for (const { pc } of [a, b]) {
      const decisions = detail(pc.page, contested).getByRole('region', { name: 'Besluiten' })
      await expect(decisions).toContainText(`goedgekeurd door ${fatima.name}`, { timeout: 15_000 })
      await expect(decisions).not.toContainText('afgekeurd')
    }
    const [stored] = await serverDocs<Request>('requests', `data->>'id' = $2`, [contested.id])
    expect(stored).toMatchObject({ status: 'goedgekeurd', decisions: [{ status: 'goedgekeurd', by: fatima.id }] })
    await expect(detail(b.pc.page, contested).getByRole('alert')).toHaveText(/^Je besluit \(afgekeurd\) is niet overgenomen/)
    // PC B is told, with whose decision won.
    await expect(b.pc.page.getByRole('button', { name: `Meldingen (${notices + 1})` })).toBeVisible({ timeout: 15_000 })
    await detail(b.pc.page, contested).getByRole('button', { name: 'Sluiten' }).click()
    await b.pc.page.getByRole('button', { name: `Meldingen (${notices + 1})` }).click()
    const notice = b.pc.page.getByRole('dialog', { name: 'Meldingen' }).getByRole('listitem').filter({ hasText: childName(contested.childId) })
    await expect(notice).toContainText('Conflict verloren')
    await expect(notice).toContainText(`Aanvraag · ${childName(contested.childId)} · ${contested.date}`)
    await expect(notice).toContainText('Op een andere PC is al een ander besluit over deze aanvraag genomen.')
    await expect(notice).toContainText(`${fatima.name} om`)
    await b.pc.page.getByRole('dialog', { name: 'Meldingen' }).getByRole('button', { name: 'Sluiten' }).click()
    await detail(a.pc.page, contested).getByRole('button', { name: 'Sluiten' }).click()
  })

  test('a full group offers Afkeuren and Wachtlijst first and approves only with a reason (R11)', async () => {
    const page = b.pc.page
    await openQueue(page)
    await openRequest(page, full)
    const dialog = detail(page, full)
    await expect(dialog.getByText(/^Geen plek op de groep \(middag\)/)).toBeVisible()
    await expect(dialog.locator('.approval-decide .approval-buttons button')).toHaveText(['Afkeuren', 'Wachtlijst', 'Goedkeuren', 'Verwijderen'])
    await dialog.getByRole('button', { name: 'Goedkeuren', exact: true }).click()
    const confirm = dialog.getByRole('button', { name: 'Toch goedkeuren' })
    await expect(confirm).toBeDisabled()
    await dialog.getByLabel('Reden om toch goed te keuren').fill('Extra pedagogisch medewerker ingeroosterd.')
    await confirm.click()
    await expect(dialog.getByText('Opgeslagen: goedgekeurd.')).toBeVisible()
    await expect(dialog.getByRole('region', { name: 'Besluiten' })).toContainText('goedgekeurd zonder plek op de groep')
    await expect(syncStatus(page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })
    const [stored] = await serverDocs<Request>('requests', `data->>'id' = $2`, [full.id])
    expect(stored?.decisions).toEqual([expect.objectContaining({ status: 'goedgekeurd', withoutRoom: true, reason: 'Extra pedagogisch medewerker ingeroosterd.', by: anouk.id })])
    await dialog.getByRole('button', { name: 'Sluiten' }).click()
  })

  test('the waiting list keeps its order and suggests the first in line when a place frees up', async () => {
    const page = b.pc.page
    await openQueue(page)
    // Put on the waiting list in this order: `first`, then `second`.
    for (const r of [waitlist.first, waitlist.second]) {
      await openRequest(page, r)
      await detail(page, r).getByRole('button', { name: 'Wachtlijst', exact: true }).click()
      await expect(detail(page, r).getByText('Opgeslagen: op de wachtlijst.')).toBeVisible()
      await detail(page, r).getByRole('button', { name: 'Sluiten' }).click()
    }
    await search(page, { groupId: waitlist.first.groupId, from: waitlist.first.date, to: waitlist.first.date })
    const table = page.getByRole('table', { name: 'Aanvragen' })
    await expect(table.getByRole('row', { name: new RegExp(childName(waitlist.first.childId)) })).toContainText('op de wachtlijst (nr. 1)')
    await expect(table.getByRole('row', { name: new RegExp(childName(waitlist.second.childId)) })).toContainText('op de wachtlijst (nr. 2)')
    const suggestions = page.getByRole('region', { name: 'Er is weer plek' })
    await expect(suggestions).toHaveCount(0)

    // A child of that afternoon is reported absent on the list: a place is free, the first in line is suggested.
    const absent = childName(waitlist.absentee.childId)
    await page.getByRole('navigation').getByRole('button', { name: 'Aanwezigheidslijst' }).click()
    await page.getByLabel('Groep').selectOption(waitlist.absentee.groupId)
    await page.getByLabel('Datum').fill(waitlist.absentee.date)
    await page.getByRole('button', { name: `Afwezig melden ${absent}`, exact: true }).click()
    await page.getByRole('dialog', { name: `Afwezig melden: ${absent}` }).getByRole('button', { name: 'Opslaan' }).click()
    await openQueue(page)
    await expect(suggestions).toContainText(`Eerste op de wachtlijst: ${childName(waitlist.first.childId)}`)
    await expect(suggestions).not.toContainText(childName(waitlist.second.childId))
  })

  test('50 requests approved at once through Acties', async () => {
    const page = b.pc.page
    await openQueue(page)
    await search(page, { groupId: bulk.slot.groupId, from: bulk.from, to: bulk.to })
    await expect(page.getByText(`${bulk.count} aanvragen gevonden`)).toBeVisible()
    await page.getByRole('checkbox', { name: 'Alles selecteren' }).check()
    await expect(page.getByText(`${bulk.count} geselecteerd`)).toBeVisible()
    await page.getByRole('combobox', { name: 'Acties' }).selectOption({ label: 'Goedkeuren' })
    await page.getByRole('button', { name: 'Toepassen' }).click()
    await expect(page.getByText(`${bulk.count} aanvragen goedgekeurd.`)).toBeVisible({ timeout: 15_000 })
    await expect(page.getByText(`${bulk.count} van ${bulk.count} verwerkt`)).toBeVisible()
    await expect(page.getByText('Geen aanvragen gevonden.')).toBeVisible()
    await expect(syncStatus(page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })
    const stored = await serverDocs<Request>('requests', `data->>'id' LIKE 'e2e-queue-%' AND data->>'groupId' = $2`, [bulk.slot.groupId])
    expect(stored.filter((r) => r.status === 'goedgekeurd' && r.decisions[0]?.by === anouk.id)).toHaveLength(50)
  })
})
