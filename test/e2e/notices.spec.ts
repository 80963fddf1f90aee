// F7's notices end to end, in real Chromium against a real server. (1) A change the server refuses:
// while the PC is offline a manager deactivates the staff member signed in on it, who checks a child
// in; when the PC reconnects the server refuses the change ('medewerker-niet-actief') and the notice
// shows what and why, and `Gelezen` replicates. (2) Two PCs check the same child in offline at
// different moments: the first to reach the server wins on both PCs, and the PC that lost shows a
// notice naming the child and whose change won; then a manager revokes one PC, which says so and
// leaves only looking.
import { expect, test, type Page } from '@playwright/test'
import { deactivateStaff, demoUser, revokePc } from './support/accounts'
import { checkInOf, childRows, chooseGroup, goToCareDay, syncStatus } from './support/attendance-steps'
import { signIn, signInHeading } from './support/session-steps'
import { connectedPc, specResources } from './support/spec-resources'
import { startServer, type TestServer } from './support/stack'

let server: TestServer
const resources = specResources()

test.beforeAll(async () => {
  server = await startServer()
})

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

const manager = demoUser('marieke.jansen')
const anouk = demoUser('anouk.devries')
const sem = demoUser('sem.bakker')
const fatima = demoUser('fatima.elamrani')

const pcFor = (user: typeof anouk, pcName: string) => connectedPc(resources, server.port, { manager, user, pcName })

const noticesButton = (page: Page, count: number) => page.getByRole('button', { name: `Meldingen (${count})` })
const noticesDialog = (page: Page) => page.getByRole('dialog', { name: 'Meldingen' })

interface StoredNotice { id: string; kind: string; code: string; deviceId?: string; readAt?: string; winner?: { by: string } }

async function serverNotices(code: string): Promise<StoredNotice[]> {
  const rows = await server.db.query<{ data: StoredNotice }>(`SELECT data FROM documents WHERE collection = 'notices' AND data->>'code' = $1`, [code])
  return rows.map((row) => row.data)
}

test('a change the server refuses shows as a notice, and Gelezen replicates', async () => {
  const { pc, proxy } = await pcFor(sem, 'Goverwelle 1')
  const page = pc.page
  await goToCareDay(page)
  await chooseGroup(page, 1)
  const [child] = await childRows(page, 1)

  proxy.cut()
  await expect(syncStatus(page)).toContainText('Offline', { timeout: 20_000 })
  // Meanwhile, elsewhere: the manager deactivates Sem's account on the server.
  await deactivateStaff(server.url, manager, sem.id)
  // The PC does not know yet: Sem checks a child in, offline.
  await page.getByRole('button', { name: `Inchecken ${child!.name}` }).click()
  await expect(syncStatus(page)).toContainText('1 wijziging wacht')

  proxy.restore()
  // The server refuses the change and writes a notice for this PC. Main may sign Sem out once it learns
  // the account is no longer active: the notices belong to the PC, so Anouk reads them then.
  await expect(noticesButton(page, 1).or(signInHeading(page))).toBeVisible({ timeout: 30_000 })
  if (await signInHeading(page).isVisible()) await signIn(page, anouk)
  await expect(noticesButton(page, 1)).toBeVisible({ timeout: 30_000 })
  const [stored] = await serverNotices('medewerker-niet-actief')
  expect(stored).toMatchObject({ kind: 'geweigerd' })

  await noticesButton(page, 1).click()
  const notice = noticesDialog(page).getByRole('listitem').filter({ hasText: child!.name })
  await expect(notice).toContainText('Geweigerd door de server')
  await expect(notice).toContainText(`Aanwezigheid · ${child!.name} · Inchecken`)
  // The refused check-in is not on the list any more: the PC settled on the server's state.
  await expect(page.getByRole('button', { name: `Inchecken ${child!.name}` })).toBeEnabled({ timeout: 10_000 })

  await notice.getByRole('button', { name: 'Gelezen' }).click()
  await expect(notice).toContainText('Gelezen op')
  await expect(noticesButton(page, 0)).toBeVisible()
  await expect.poll(async () => (await serverNotices('medewerker-niet-actief'))[0]?.readAt, { timeout: 15_000 }).toBeTruthy()
})

test('two PCs check in the same child offline: one winner on both, a notice on the PC that lost', async () => {
  const a = await pcFor(anouk, 'Goverwelle 2')
  const b = await pcFor(fatima, 'Goverwelle 3')
  await goToCareDay(a.pc.page)
  await b.pc.page.getByLabel('Datum').fill(await a.pc.page.getByLabel('Datum').inputValue())
  const groupId = await chooseGroup(a.pc.page, 1)
  await b.pc.page.getByLabel('Groep').selectOption(groupId)
  const [child] = await childRows(a.pc.page, 1)
  const checkIn = (page: Page) => page.getByRole('button', { name: `Inchecken ${child!.name}` })
  await expect(checkIn(b.pc.page)).toBeEnabled()

  a.proxy.cut()
  b.proxy.cut()
  await expect(syncStatus(a.pc.page)).toContainText('Offline', { timeout: 20_000 })
  await expect(syncStatus(b.pc.page)).toContainText('Offline', { timeout: 20_000 })
  await checkIn(a.pc.page).click()
  await expect(checkIn(a.pc.page)).toBeDisabled()
  // A moment later on the other PC: a different check-in time for the same child.
  await b.pc.page.waitForTimeout(1_100)
  await checkIn(b.pc.page).click()
  await expect(checkIn(b.pc.page)).toBeDisabled()
  const timeOnA = await checkInOf(a.pc.page, child!.id)
  const timeOnB = await checkInOf(b.pc.page, child!.id)
  expect(timeOnA).not.toBe(timeOnB)

  // B reaches the server first and wins; then A comes back.
  b.proxy.restore()
  await expect(syncStatus(b.pc.page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })
  a.proxy.restore()
  await expect(syncStatus(a.pc.page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })
  await expect.poll(() => checkInOf(a.pc.page, child!.id), { timeout: 15_000 }).toBe(timeOnB)
  expect(await checkInOf(b.pc.page, child!.id)).toBe(timeOnB)

  // The PC that lost says so, naming the child, its own change and whose change won.
  await expect(noticesButton(a.pc.page, 1)).toBeVisible({ timeout: 15_000 })
  await noticesButton(a.pc.page, 1).click()
  const notice = noticesDialog(a.pc.page).getByRole('listitem').filter({ hasText: child!.name })
  await expect(notice).toContainText('Conflict verloren')
  await expect(notice).toContainText(`Aanwezigheid · ${child!.name} · Inchecken`)
  await expect(notice).toContainText(`${fatima.name} om`)
  await expect(noticesButton(b.pc.page, 0)).toBeVisible()
  // It replicated to the server, once, for PC A only.
  await expect.poll(async () => (await serverNotices('conflict-verloren')).length, { timeout: 15_000 }).toBe(1)
  expect((await serverNotices('conflict-verloren'))[0]).toMatchObject({ kind: 'conflict', winner: { by: fatima.id } })

  // The manager revokes PC B: a blocking message, then only looking (the list, no check-in buttons).
  await revokePc(server.url, manager, 'Goverwelle 3')
  const revoked = b.pc.page.getByRole('alertdialog', { name: 'Deze pc is ingetrokken' })
  await expect(revoked).toBeVisible({ timeout: 20_000 })
  await revoked.getByRole('button', { name: 'Alleen bekijken' }).click()
  await expect(b.pc.page.getByRole('alert').filter({ hasText: 'Deze pc is ingetrokken' })).toBeVisible()
  await expect(b.pc.page.getByRole('heading', { name: 'Aanwezigheidslijst' })).toBeVisible()
  await expect(b.pc.page.locator(`tr[data-child-id="${child!.id}"]`)).toBeVisible()
  await expect(b.pc.page.getByRole('button', { name: /^(In|Uit)checken/ })).toHaveCount(0)
})
