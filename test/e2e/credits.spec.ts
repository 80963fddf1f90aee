// F5 Tegoeden end to end, in real Chromium against a real server, two PCs at Goverwelle. A
// groepsmedewerker (Anouk) sees a child's swap-hour balance and ledger but never `Tegoed toevoegen`
// (R16); a manager on the other PC adds credit, the balance rises there and, without reload, on
// Anouk's PC too; the server holds the `handmatig` entry; at the cap the manager is refused with
// "maximum bereikt" (R6, R16), once past the room left and once after filling it exactly.
import { expect, test, type Page } from '@playwright/test'
import type { Child, LedgerEntry } from '../../shared/domain'
import { amsterdamDate } from '../../shared/calendar'
import { demoUser } from './support/accounts'
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
const goverwelle = 'loc-goverwelle'

/** A Goverwelle child on a KDV standaard contract today, whose name no other child there shares. */
async function kdvChild(): Promise<{ id: string; name: string }> {
  const today = amsterdamDate(new Date())
  const rows = await server.db.query<{ data: Child }>(`SELECT data FROM documents WHERE collection = 'children'`)
  const children = rows.map((r) => r.data).filter((c) => c.locationIds.includes(goverwelle))
  const name = (c: Child) => `${c.firstName} ${c.lastName}`
  const count = new Map<string, number>()
  for (const c of children) count.set(name(c), (count.get(name(c)) ?? 0) + 1)
  const found = children.find((c) => count.get(name(c)) === 1 && c.placements.some((p) =>
    p.locationId === goverwelle && p.careType === 'KDV' && p.contract === 'standaard' && p.start <= today && (p.end === undefined || p.end >= today)))
  if (!found) throw new Error('no KDV child at Goverwelle')
  return { id: found.id, name: name(found) }
}

async function openCredits(page: Page, childName: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Schermen' }).getByRole('button', { name: 'Tegoeden' }).click()
  await expect(page.getByRole('heading', { name: 'Tegoeden', level: 1 })).toBeVisible()
  const picker = page.getByRole('combobox', { name: 'Kind' })
  await picker.fill(childName)
  const escaped = childName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  await page.getByRole('option', { name: new RegExp(`^${escaped} ·`) }).click()
  await expect(page.getByRole('table', { name: 'Ruiluren KDV' }).or(page.getByText('Nog geen boekingen.').first())).toBeVisible()
}

/** A figure of the KDV balance ("Geldig nu", "Nog toe te voegen") in hours, read from the screen. */
async function figure(page: Page, label: string): Promise<number> {
  const text = await page.getByRole('region', { name: 'Ruiluren KDV' }).locator('.credits-figure', { hasText: label }).locator('dd').innerText()
  return Number(text.replace(' uur', '').replace(',', '.'))
}

const hoursText = (n: number) => `${String(Math.round(n * 100) / 100).replace('.', ',')} uur`
const figureOf = (page: Page, label: string) => page.getByRole('region', { name: 'Ruiluren KDV' }).locator('.credits-figure', { hasText: label }).locator('dd')

async function addCredit(page: Page, hours: string, reason: string): Promise<void> {
  await page.getByRole('button', { name: 'Tegoed toevoegen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tegoed toevoegen' })
  await dialog.getByLabel('Opvangsoort').selectOption('KDV')
  await dialog.getByLabel('Aantal uur').fill(hours)
  await dialog.getByLabel('Reden').fill(reason)
  await dialog.getByRole('button', { name: 'Toevoegen' }).click()
}

async function serverManualCredits(childId: string): Promise<LedgerEntry[]> {
  const rows = await server.db.query<{ data: LedgerEntry }>(
    `SELECT data FROM documents WHERE collection = 'ledger' AND data->>'childId' = $1 AND data->>'kind' = 'handmatig' AND data->>'by' = $2`,
    [childId, manager.id],
  )
  return rows.map((r) => r.data)
}

test('a groepsmedewerker sees balances but never Tegoed toevoegen; a manager adds credit until the cap', async () => {
  const child = await kdvChild()
  const a = (await connectedPc(resources, server.port, { manager, user: anouk, pcName: 'Goverwelle groep' })).pc.page
  const b = (await connectedPc(resources, server.port, { manager, user: manager, pcName: 'Goverwelle kantoor' })).pc.page

  await openCredits(a, child.name)
  await expect(a.getByRole('region', { name: 'Ruiluren KDV' })).toContainText('Maximum')
  await expect(figureOf(a, 'Maximum')).toHaveText('33 uur (standaard)')
  await expect(a.getByText('Alleen bekijken: je rol kan geen tegoed toevoegen.')).toBeVisible()
  await expect(a.getByRole('button', { name: 'Tegoed toevoegen' })).toHaveCount(0)
  const before = await figure(a, 'Geldig nu')

  await openCredits(b, child.name)
  expect(await figure(b, 'Geldig nu')).toBe(before)
  const room = await figure(b, 'Nog toe te voegen')
  expect(room).toBeGreaterThanOrEqual(1)

  await addCredit(b, '1', 'Groep gesloten wegens storing verwarming.')
  await expect(b.getByRole('dialog', { name: 'Tegoed toevoegen' })).toHaveCount(0)
  await expect(figureOf(b, 'Geldig nu')).toHaveText(hoursText(before + 1))
  await expect(b.getByRole('table', { name: 'Ruiluren KDV' }).getByRole('row', { name: /handmatig/ }).first())
    .toContainText('Groep gesloten wegens storing verwarming.')
  // The other PC follows without reload; the server accepted the entry (within the cap).
  await expect(figureOf(a, 'Geldig nu')).toHaveText(hoursText(before + 1), { timeout: 30_000 })
  await expect.poll(async () => (await serverManualCredits(child.id)).length, { timeout: 15_000 }).toBe(1)

  // Past the room left: refused, and the dialog says how much can still be added.
  const left = room - 1
  await addCredit(b, String(left + 1).replace('.', ','), 'Te veel.')
  const dialog = b.getByRole('dialog', { name: 'Tegoed toevoegen' })
  await expect(dialog.getByRole('alert')).toContainText(/maximum bereikt/i)
  await expect(dialog.getByRole('alert')).toContainText(`er kan nog ${hoursText(left)} bij`)
  await dialog.getByRole('button', { name: 'Annuleren' }).click()
  await expect(figureOf(b, 'Geldig nu')).toHaveText(hoursText(before + 1))

  // Exactly up to the cap is allowed; then even a quarter of an hour is refused.
  if (left > 0) {
    await addCredit(b, String(left).replace('.', ','), 'Aanvullen tot het maximum.')
    await expect(figureOf(b, 'Nog toe te voegen')).toHaveText('0 uur')
  }
  await addCredit(b, '0,25', 'Nog een kwartier.')
  await expect(b.getByRole('dialog', { name: 'Tegoed toevoegen' }).getByRole('alert')).toContainText('Maximum bereikt: er kan nog 0 uur bij (maximum 33 uur).')
})
