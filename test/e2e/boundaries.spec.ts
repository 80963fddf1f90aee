// The boundaries of issue 8 end to end (SPEC §5, F10, AVG), one real server and one Goverwelle PC in
// real Chromium, the steps in order on the same data:
// 1. customer service imports the planning system's export with a NEW child placed on the group and
//    date the PC's Aanwezigheidslijst shows (unlocked, R18): the child appears there without reload;
//    the same file again changes nothing;
// 2. the parent portal asks care for that child: 3 days ahead is refused (R1), 4 days ahead lands in
//    the PC's Goedkeuren aanvragen without reload; approved on the PC, the portal reads goedgekeurd;
// 3. customer service deletes the child (with a check-in, an absence, a swap-hour credit and the
//    request on the PC): within seconds no IndexedDB store of the PC holds its id or name any more.
import { randomUUID } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { addDays, amsterdamDate, weekday } from '../../shared/calendar'
import { absenceId, type Location, type Request } from '../../shared/domain'
import { demoUser, serverToken } from './support/accounts'
import { careDay, syncStatus } from './support/attendance-steps'
import { callJson, exportFile, searchIndexedDb, type ExportedChild } from './support/boundary-steps'
import { localDocument } from './support/local-store'
import { connectedPc, specResources } from './support/spec-resources'
import { startServer, type TestPc, type TestServer } from './support/stack'

const manager = demoUser('marieke.jansen')
const anouk = demoUser('anouk.devries') // groepsmedewerker: location staff decide requests (R11)
const linda = demoUser('linda.klantenservice') // klantenservice: import forceren, privacy.beheren
const PORTAL_TOKEN = 'e2e-portal-token-0123456789abcdef'
const goverwelle = 'loc-goverwelle'
const today = amsterdamDate(new Date())
const listDate = careDay(today)

let server: TestServer
const resources = specResources()
let pc: TestPc
let lindaToken: string
let groupId: string
let child: ExportedChild
let file: string
let requestId: string
const previousPortalToken = process.env.PORTAL_TOKEN

const fullName = () => `${child.firstName} ${child.lastName}`
const listRow = (page: Page) => page.locator(`tr[data-child-id="${child.id}"]`)
const portal = (path: string, body?: unknown) => callJson<Record<string, unknown>>(`${server.url}${path}`, { token: PORTAL_TOKEN, body })
const navTo = (page: Page, screen: RegExp | string) =>
  page.getByRole('navigation', { name: 'Schermen' }).getByRole('button', { name: screen }).click()

async function showList(page: Page): Promise<void> {
  await navTo(page, 'Aanwezigheidslijst')
  await page.getByLabel('Groep').selectOption(groupId)
  await page.getByLabel('Datum').fill(listDate)
  await expect(page.locator('tbody tr[data-child-id]').first().or(page.getByText('Geen kinderen verwacht op deze dag.'))).toBeVisible()
}

test.describe.configure({ mode: 'serial' })

test.describe('boundaries: import, parent portal, privacy', () => {
  test.beforeAll(async () => {
    // buildApp reads PORTAL_TOKEN when it registers the parent channel (server/portal/portal-config.ts).
    process.env.PORTAL_TOKEN = PORTAL_TOKEN
    server = await startServer()
    const [location] = (await server.db.query<{ data: Location }>(`SELECT data FROM documents WHERE collection = 'locations' AND id = $1`, [goverwelle]))
      .map((r) => r.data)
    groupId = location!.groups.find((g) => g.careType === 'KDV')!.id
    child = {
      id: 'kind-e2e-grens-001', firstName: 'Isa', lastName: 'Zwanenburg', birthDate: addDays(today, -2 * 365),
      parent: { name: 'Maartje Zwanenburg', phone: '06-19283746', email: 'maartje.zwanenburg@example.nl' },
      // Placed on the list's weekday only: 4 days ahead is then never a contract day (extra dag, R1).
      placement: { id: 'plaatsing-e2e-grens-001', groupId, weekday: weekday(listDate), dayPart: 'hele dag', start: addDays(listDate, -14) },
    }
    file = exportFile(child, new Date().toISOString())
    lindaToken = await serverToken(server.url, linda)
    ;({ pc } = await connectedPc(resources, server.port, { manager, user: anouk, pcName: 'Goverwelle grenzen' }))
  })

  test.afterAll(async () => {
    await resources.closeAll()
    await server?.close()
    if (previousPortalToken === undefined) delete process.env.PORTAL_TOKEN
    else process.env.PORTAL_TOKEN = previousPortalToken
  })

  test('an imported child appears on the open Aanwezigheidslijst without reload; the same file again changes nothing', async () => {
    const page = pc.page
    await showList(page)
    await expect(listRow(page)).toHaveCount(0)
    // A list is locked against planning changes (R18): staff unlock it, and it follows the planning live.
    const tools = page.getByRole('region', { name: 'Lijstacties' })
    await tools.getByRole('button', { name: 'Ontgrendelen' }).click()
    await expect(tools.getByRole('status').first()).toContainText(`Ontgrendeld door ${anouk.name} om`)
    // A reload would lose this mark.
    await page.evaluate(() => { (window as unknown as { e2eMark: boolean }).e2eMark = true })

    const first = await callJson<Record<string, unknown>>(`${server.url}/import`, { token: lindaToken, body: { format: 'json', content: file } })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({
      dryRun: false, children: { added: [{ id: child.id, name: fullName() }] },
      placements: { added: [{ id: child.placement.id, childId: child.id, groupId }] },
    })
    await expect(listRow(page)).toBeVisible({ timeout: 15_000 })
    await expect(listRow(page).locator('th')).toContainText(fullName())
    expect(await page.evaluate(() => (window as unknown as { e2eMark?: boolean }).e2eMark)).toBe(true)
    await expect(page.getByLabel('Datum')).toHaveValue(listDate)

    const again = await callJson<Record<string, unknown>>(`${server.url}/import`, { token: lindaToken, body: { format: 'json', content: file } })
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({
      written: 0,
      locations: { added: [], changed: [] }, groups: { added: [], changed: [] },
      children: { added: [], changed: [], ended: [] }, placements: { added: [], changed: [], ended: [] },
      balances: { added: [], corrected: [] },
    })

    // Attendance data for step 3: the child is checked in on the PC.
    const checkIn = listRow(page).getByRole('button', { name: `Inchecken ${fullName()}`, exact: true })
    await checkIn.click()
    await expect(checkIn).toBeDisabled()
    await expect(syncStatus(page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })
  })

  test('a parent\'s request: 3 days ahead refused, 4 days ahead in the PC\'s queue without reload, approved there, goedgekeurd for the portal', async () => {
    const page = pc.page
    const ask = (days: number) => ({ id: randomUUID(), childId: child.id, groupId, date: addDays(today, days), dayPart: 'ochtend', kind: 'extra dag' })
    const early = await portal('/portal/requests', ask(3))
    expect(early.status).toBe(422)
    expect(early.body).toMatchObject({ code: 'te-kort-van-tevoren', message: expect.stringMatching(/medewerker/) })

    await navTo(page, /^Goedkeuren aanvragen/)
    await expect(page.getByRole('heading', { name: 'Goedkeuren aanvragen', level: 1 })).toBeVisible()
    const filters = page.getByRole('search', { name: 'Zoeken in aanvragen' })
    await filters.getByLabel('Kind', { exact: true }).fill(fullName())
    await filters.getByRole('button', { name: 'Zoeken' }).click()
    await expect(page.getByText('Geen aanvragen gevonden.')).toBeVisible()

    const body = ask(4)
    requestId = body.id
    const accepted = await portal('/portal/requests', body)
    expect(accepted.status).toBe(201)
    expect(accepted.body).toMatchObject({ request: { id: body.id, childId: child.id, status: 'ingediend', submittedVia: 'ouder', by: 'ouderportaal' } })

    const dutch = body.date.split('-').reverse().map(Number).join('-')
    const open = page.getByRole('table', { name: 'Aanvragen' }).getByRole('button', { name: `Openen ${fullName()} ${dutch}` })
    await expect(open).toBeVisible({ timeout: 15_000 })
    await open.click()
    const dialog = page.getByRole('dialog', { name: `Aanvraag ${fullName()} ${dutch}` })
    await dialog.getByRole('button', { name: 'Goedkeuren', exact: true }).click()
    // A full group asks for a reason first (R11); the demo's occupancy that day decides.
    const saved = dialog.getByText('Opgeslagen: goedgekeurd.')
    const anyway = dialog.getByRole('button', { name: 'Toch goedkeuren' })
    await expect(saved.or(anyway)).toBeVisible()
    if (await anyway.isVisible()) {
      await dialog.getByLabel('Reden om toch goed te keuren').fill('Extra pedagogisch medewerker ingeroosterd.')
      await anyway.click()
    }
    await expect(saved).toBeVisible()
    await dialog.getByRole('button', { name: 'Sluiten' }).click()

    await expect.poll(async () => {
      const overview = await portal(`/portal/children/${child.id}`)
      return (overview.body.requests as Pick<Request, 'id' | 'status'>[] | undefined)?.find((r) => r.id === requestId)?.status
    }, { timeout: 20_000 }).toBe('goedgekeurd')
  })

  test('a child deleted by customer service is gone from every IndexedDB store of the PC within seconds', async () => {
    const page = pc.page
    // More of the child's data on the PC: an absence reported by the parent (on time: it earns swap hours).
    const absenceDate = addDays(listDate, 7)
    const absence = await portal('/portal/absences', { id: randomUUID(), childId: child.id, date: absenceDate, dayPart: 'hele dag', reason: 'ziek' })
    expect(absence.status).toBe(201)
    expect(absence.body.earnedHours).toBeGreaterThan(0)
    const absenceKey = absenceId(absenceDate, child.id, 'hele dag')
    await expect.poll(() => localDocument(page, 'absences', absenceKey), { timeout: 15_000 }).not.toBeNull()
    await expect.poll(() => localDocument(page, 'ledger', `opgebouwd:${absenceKey}`), { timeout: 15_000 }).not.toBeNull()
    await expect.poll(async () => (await localDocument(page, 'requests', requestId))?.status, { timeout: 15_000 }).toBe('goedgekeurd')

    // The id, the surname (no demo family has it: it names the child and its parent), the name as a
    // screen or notice would write it, and the parent's address.
    const stored = [child.id, child.lastName, child.parent.email]
    const needles = [...stored, fullName()]
    const before = await searchIndexedDb(page, needles)
    // The search sees what it looks for: the child, its facts and the replication's copies of them.
    expect(new Set(before.flatMap((s) => s.found))).toEqual(new Set(stored))
    expect(before.filter((s) => s.found.includes(child.id)).map((s) => s.database).join(' ')).toMatch(/replication|meta/i)

    const deleted = await callJson<{ counts: Record<string, number> }>(`${server.url}/privacy/children/${child.id}/delete`, {
      token: lindaToken, body: { confirm: child.id },
    })
    expect(deleted.status).toBe(200)
    expect(deleted.body.counts).toMatchObject({ children: 1, attendanceEntries: 1, absences: 1, requests: 1 })
    const started = Date.now()

    await expect.poll(async () => (await searchIndexedDb(page, needles)).filter((s) => s.found.length > 0), {
      timeout: 15_000, intervals: [500],
    }).toEqual([])
    const after = await searchIndexedDb(page, needles)
    console.log(`privacy deletion gone from the PC after ${Date.now() - started} ms; ${after.length} stores, ${after.reduce((n, s) => n + s.rows, 0)} rows searched`)

    await showList(page)
    await expect(listRow(page)).toHaveCount(0)
    await expect(page.getByText(fullName())).toHaveCount(0)
    // Nothing live on the server names the child either.
    const live = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM documents WHERE NOT deleted AND (data::text LIKE $1 OR data::text LIKE $2)', [`%${child.id}%`, `%${fullName()}%`])
    expect(live[0]?.n).toBe(0)
  })
})
