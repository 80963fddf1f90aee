// F8 Kindgegevens end to end, in real Chromium against a real server with the demo data, one
// Goverwelle PC behind a TCP proxy. A groepsmedewerker (Anouk) sees a child's details and the F8
// warnings (both parents on one address; a parent without an address, who gets no button); with the
// PC offline she sends a new password for ouder 1: the card says `In de wachtrij` at once and a second
// request is refused; back online the server holds the `wachtwoord` fact, its outbox delivers it and
// the card says `Verzonden op`. Then customer service signs in on the same PC and
// chooses another sign-in address for a parent with two: shown at once, stored on the server.
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { Child, JournalEntry, Parent } from '../../shared/domain'
import { amsterdamDate } from '../../shared/calendar'
import { dutchDate } from '../../renderer/src/i18n/format-instant'
import { demoUser } from './support/accounts'
import { syncStatus } from './support/attendance-steps'
import { signIn, signOut } from './support/session-steps'
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
const linda = demoUser('linda.klantenservice')
const goverwelle = 'loc-goverwelle'
const nameOf = (c: Child) => `${c.firstName} ${c.lastName}`

async function docs<T>(collection: string): Promise<T[]> {
  return (await server.db.query<{ data: T }>('SELECT data FROM documents WHERE collection = $1 AND NOT deleted', [collection])).map((r) => r.data)
}

/** Goverwelle children whose name no other child there shares (the picker finds them by name). */
async function uniqueChildren(): Promise<Child[]> {
  const children = (await docs<Child>('children')).filter((c) => c.locationIds.includes(goverwelle))
  const count = new Map<string, number>()
  for (const c of children) count.set(nameOf(c), (count.get(nameOf(c)) ?? 0) + 1)
  return children.filter((c) => count.get(nameOf(c)) === 1).sort((x, y) => x.id.localeCompare(y.id))
}

function pick(children: Child[], what: string, fits: (c: Child) => boolean): Child {
  const found = children.find(fits)
  if (!found) throw new Error(`no Goverwelle child with ${what} in the demo data`)
  return found
}

const parentOf = (c: Child, rank: number): Parent => c.parents.find((p) => p.rank === rank)!
const cardOf = (page: Page, parent: Parent): Locator =>
  page.getByRole('region', { name: parent.rank === 1 ? `Ouder 1 (contracthouder): ${parent.name}` : `Ouder 2: ${parent.name}` })

async function openChild(page: Page, child: Child): Promise<Locator> {
  const nav = page.getByRole('navigation', { name: 'Schermen' }).getByRole('button', { name: 'Kindgegevens' })
  if (await nav.getAttribute('aria-current') !== 'page') await nav.click()
  await expect(page.getByRole('heading', { name: 'Kindgegevens', level: 1 })).toBeVisible()
  const picker = page.getByRole('combobox', { name: 'Kind' })
  await picker.fill(nameOf(child))
  const escaped = nameOf(child).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  await page.getByRole('option', { name: new RegExp(`^${escaped} ·`) }).click()
  const article = page.getByRole('article', { name: nameOf(child) })
  await expect(article.getByRole('heading', { name: nameOf(child), level: 2 })).toBeVisible()
  return article
}

const terms = (p: Parent) => (p.portalActivatedAt ? `Ja, ${dutchDate(amsterdamDate(new Date(p.portalActivatedAt)))}` : 'Nee')

async function serverFacts(kind: string, childId: string): Promise<JournalEntry[]> {
  return (await docs<JournalEntry>('journal')).filter((j) => j.kind === kind && j.targetId === childId)
}

test('Kindgegevens shows the child, warns about addresses, queues a new password offline; customer service picks the sign-in address', async () => {
  const children = await uniqueChildren()
  const shared = pick(children, 'parents on one address', (c) => c.parents.length === 2 && parentOf(c, 1).emails.length > 0
    && parentOf(c, 2).emails.includes(parentOf(c, 1).emails[0]!))
  const noAddress = pick(children, 'a parent without an address', (c) => c.parents.some((p) => p.emails.length === 0))
  const twoAddresses = pick(children, 'a parent with two addresses', (c) => c.parents.some((p) => p.emails.length >= 2))
  const { pc, proxy } = await connectedPc(resources, server.port, { manager, user: anouk, pcName: 'Goverwelle groep' })
  const page = pc.page

  await test.step('the child\'s details, placements, parents, and the shared-address warning', async () => {
    const article = await openChild(page, shared)
    await expect(article).toContainText(`Geboortedatum${dutchDate(shared.birthDate)} (`)
    await expect(article.getByRole('table', { name: 'Plaatsingen' }).locator('tbody tr')).toHaveCount(shared.placements.length)
    await expect(article.getByRole('alert').filter({ hasText: 'Beide ouders hebben hetzelfde e-mailadres' }))
      .toContainText(parentOf(shared, 1).emails[0]!)
    for (const parent of shared.parents) {
      const card = cardOf(page, parent)
      await expect(card).toContainText(`Voorwaarden geaccepteerd${terms(parent)}`)
      await expect(card).toContainText(parent.phones[0]!)
      await expect(card.getByRole('button', { name: 'Nieuw wachtwoord verzenden' })).toBeVisible()
    }
  })

  await test.step('a parent without an address: warned, and no button to send a password', async () => {
    const article = await openChild(page, noAddress)
    const without = noAddress.parents.find((p) => p.emails.length === 0)!
    await expect(article.getByRole('alert').filter({ hasText: `${without.name} (ouder ${without.rank}) heeft geen e-mailadres` })).toBeVisible()
    await expect(cardOf(page, without)).toContainText('geen e-mailadres')
    await expect(cardOf(page, without).getByRole('button', { name: 'Nieuw wachtwoord verzenden' })).toHaveCount(0)
  })

  const first = parentOf(shared, 1)
  await test.step('offline: Nieuw wachtwoord verzenden is queued, and a second request refused', async () => {
    proxy.cut()
    await expect(syncStatus(page)).toContainText('Offline', { timeout: 20_000 })
    await openChild(page, shared)
    const card = cardOf(page, first)
    await card.getByRole('button', { name: 'Nieuw wachtwoord verzenden' }).click()
    await expect(card).toContainText('Nieuw wachtwoord: In de wachtrij')
    await expect(card.getByRole('status')).toContainText('staat in de wachtrij')
    await card.getByRole('button', { name: 'Nieuw wachtwoord verzenden' }).click()
    await expect(card.getByRole('alert')).toContainText(`Er staat al een nieuw wachtwoord voor ${first.name} in de wachtrij`)
    expect(await serverFacts('wachtwoord', shared.id)).toEqual([])
  })

  await test.step('online again: the server holds the one request, the outbox delivers it, the card says so', async () => {
    proxy.restore()
    await expect(syncStatus(page)).toContainText('Online', { timeout: 20_000 })
    await expect.poll(async () => (await serverFacts('wachtwoord', shared.id)).length, { timeout: 20_000 }).toBe(1)
    const [fact] = await serverFacts('wachtwoord', shared.id)
    expect(fact).toMatchObject({ locationId: goverwelle, by: anouk.id, data: { parentRank: 1 } })
    // The test server's outbox (stack.ts) writes the message as an .eml file and a `verzonden` fact, which reaches the PC.
    await expect.poll(async () => (await docs<JournalEntry>('journal')).filter((j) => j.kind === 'verzonden' && j.targetId === fact!.id).length,
      { timeout: 20_000 }).toBe(1)
    const [row] = await server.db.query<{ status: string; recipient: string }>('SELECT status, recipient FROM outbox WHERE source_id = $1', [fact!.id])
    expect(row).toEqual({ status: 'verzonden', recipient: first.signInEmail ?? first.emails[0] })
    await expect(cardOf(page, first)).toContainText('Nieuw wachtwoord: Verzonden op', { timeout: 20_000 })
  })

  await test.step('customer service chooses the other sign-in address: shown at once, stored on the server', async () => {
    const parent = twoAddresses.parents.find((p) => p.emails.length >= 2)!
    const card = cardOf(page, parent)
    // A groepsmedewerker is never offered the choice: only customer service (permission inlogadres.kiezen).
    await openChild(page, twoAddresses)
    await expect(card.getByTestId('sign-in-address')).toBeVisible()
    await expect(card.getByLabel('Inlogadres', { exact: true })).toHaveCount(0)
    await signOut(page)
    await signIn(page, linda)
    await openChild(page, twoAddresses)
    const current = parent.signInEmail ?? parent.emails[0]!
    const other = parent.emails.find((e) => e !== current)!
    await expect(card.getByTestId('sign-in-address')).toHaveText(current)
    await card.getByLabel('Inlogadres', { exact: true }).selectOption(other)
    await card.getByRole('button', { name: 'Opslaan' }).click()
    await expect(card.getByTestId('sign-in-address')).toHaveText(other)
    await expect(card.getByRole('status')).toContainText(`is nu ${other}`)
    await expect.poll(async () => (await serverFacts('inlogadres', twoAddresses.id)).map((f) => f.data), { timeout: 20_000 })
      .toEqual([{ parentRank: parent.rank, email: other }])
  })
})
