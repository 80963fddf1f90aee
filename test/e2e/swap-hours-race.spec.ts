// Issue 7: the same swap hours spent on two PCs offline, in real Chromium against a real server (SPEC
// R20, F7). Two PCs of Goverwelle (registered by a manager, two staff members signed in) show one KDV
// child with 8 valid swap hours. Both lose their connection; each submits a `Dag aanvragen` of one
// morning (5,5 h) paid with `Ruiluren`, on different dates: each alone fits, together they do not.
// PC A comes back first and keeps its reservation; then PC B: the server refuses B's reservation, B
// shows the notice with the Dutch reason, and both PCs show the same balance as the server's ledger.
// B's request itself reached the server `ingediend`, paid with hours it holds nothing of: both PCs
// say "Geen ruiluren gereserveerd: kies een andere betaling of keur af" on it and offer no approval
// (the server refuses that approval too: server/sync/checks/approval-reservation.ts).
import { expect, test, type Page } from '@playwright/test'
import { addDays, amsterdamDate, weekday } from '../../shared/calendar'
import type { Child, LedgerEntry, Placement, Request } from '../../shared/domain'
import { ledgerBalance } from '../../shared/rules'
import { insertInBatches } from '../../server/demo/document-batches'
import { demoUser } from './support/accounts'
import { syncStatus } from './support/attendance-steps'
import { connectedPc, specResources } from './support/spec-resources'
import { startServer, type TestServer } from './support/stack'

const manager = demoUser('marieke.jansen')
const fatima = demoUser('fatima.elamrani') // senior, PC A
const anouk = demoUser('anouk.devries') // groepsmedewerker, PC B
const locationId = 'loc-goverwelle'
const today = amsterdamDate(new Date())
const balance = 8
const morning = 5.5

let server: TestServer
const resources = specResources()

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

async function serverDocs<T>(collection: string, where = 'true', params: unknown[] = []): Promise<T[]> {
  const rows = await server.db.query<{ data: T }>(`SELECT data FROM documents WHERE collection = $1 AND NOT deleted AND ${where}`, [collection, ...params])
  return rows.map((r) => r.data)
}

const nameOf = (child: Child) => `${child.firstName} ${child.lastName}`
const hours = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',')
const running = (p: Placement, date: string) => p.start <= date && (p.end === undefined || p.end >= date)
const validKdv = (entries: LedgerEntry[]) => ledgerBalance({ entries, unit: 'ruiluren', careType: 'KDV', today }).valid

/** A KDV child with a unique name, at most `balance` valid hours, and two weekdays ahead it is not placed or asked for. */
async function pickChild(): Promise<{ child: Child; groupId: string; dates: [string, string]; before: number }> {
  const children = await serverDocs<Child>('children', `data->'locationIds' ? $2`, [locationId])
  const requests = await serverDocs<Request>('requests', `data->>'locationId' = $2`, [locationId])
  const days = Array.from({ length: 11 }, (_, i) => addDays(today, 4 + i)).filter((d) => weekday(d) <= 5)
  for (const child of children) {
    if (children.filter((o) => nameOf(o) === nameOf(child)).length !== 1) continue
    const placement = child.placements.find((p) => p.careType === 'KDV' && p.contract === 'standaard' && p.locationId === locationId && running(p, today))
    if (!placement || child.placements.some((p) => p.groupId === placement.groupId && p !== placement)) continue
    const free = days.filter((d) => running(placement, d) && !placement.weekdays.includes(weekday(d))
      && !requests.some((r) => r.childId === child.id && r.date === d))
    if (free.length < 2) continue
    const before = validKdv(await serverDocs<LedgerEntry>('ledger', `data->>'childId' = $2`, [child.id]))
    if (before > balance) continue
    return { child, groupId: placement.groupId, dates: [free[0]!, free[1]!], before }
  }
  throw new Error('no KDV child at Goverwelle with two free weekdays and a small balance')
}

async function openRequestFor(page: Page, child: Child) {
  await page.getByRole('navigation').getByRole('button', { name: 'Dag aanvragen' }).click()
  await expect(page.getByRole('heading', { name: 'Dag aanvragen', level: 1 })).toBeVisible()
  const box = page.getByRole('combobox', { name: 'Kind', exact: true })
  await box.fill(nameOf(child))
  await page.getByRole('option', { name: nameOf(child), exact: true }).click()
  await expect(box).toHaveValue(nameOf(child))
}

async function submitMorning(page: Page, groupId: string, date: string) {
  await page.getByLabel('Groep', { exact: true }).selectOption(groupId)
  await page.getByLabel('Datum', { exact: true }).fill(date)
  await page.getByLabel('Dagdeel', { exact: true }).selectOption('ochtend')
  await expect(page.getByText(`${hours(morning)} uur`, { exact: true })).toBeVisible()
  await page.getByLabel('Betaling', { exact: true }).selectOption({ label: 'Ruiluren' })
  await page.getByRole('button', { name: 'Aanbieden ter goedkeuring' }).click()
  await expect(page.getByText(new RegExp(`aangeboden ter goedkeuring\\. ${hours(morning)} uur ruiluren gereserveerd\\.`))).toBeVisible()
}

const balanceLine = (page: Page) => page.getByRole('list', { name: 'Tegoeden' })
const notReserved = 'Geen ruiluren gereserveerd: kies een andere betaling of keur af.'

test('the same swap hours spent on two PCs offline: the server keeps one, the other PC gets a notice', async () => {
  server = await startServer()
  const { child, groupId, dates, before } = await pickChild()
  // A known balance before any PC syncs: a manual credit tops the child up to exactly 8 valid hours.
  if (before < balance) {
    const credit: LedgerEntry = {
      id: `handmatig:e2e-race:${child.id}`, childId: child.id, locationId, unit: 'ruiluren', careType: 'KDV', kind: 'handmatig',
      amount: balance - before, date: today, validUntil: addDays(today, 120), reason: 'e2e: tegoed voor twee aanvragen',
      by: fatima.id, device: 'e2e', at: new Date().toISOString(),
    }
    await insertInBatches(server.db, { ledger: [credit] }, { author: fatima.id, device: null, clientTime: null })
  }
  const a = await connectedPc(resources, server.port, { manager, user: fatima, pcName: 'Goverwelle race A' })
  const b = await connectedPc(resources, server.port, { manager, user: anouk, pcName: 'Goverwelle race B' })
  for (const pc of [a, b]) {
    await openRequestFor(pc.pc.page, child)
    await expect(balanceLine(pc.pc.page)).toContainText(`Ruiluren KDV: ${hours(balance)} uur geldig`)
  }

  // Both offline; each spends 5,5 of the 8 hours on another date. Each PC alone sees enough.
  a.proxy.cut()
  b.proxy.cut()
  await expect(syncStatus(a.pc.page)).toContainText('Offline', { timeout: 20_000 })
  await expect(syncStatus(b.pc.page)).toContainText('Offline', { timeout: 20_000 })
  await submitMorning(a.pc.page, groupId, dates[0])
  await submitMorning(b.pc.page, groupId, dates[1])
  for (const pc of [a, b]) await expect(balanceLine(pc.pc.page)).toContainText(`Ruiluren KDV: ${hours(balance - morning)} uur geldig`)

  // A comes back first and keeps its reservation; then B.
  a.proxy.restore()
  await expect(syncStatus(a.pc.page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })
  b.proxy.restore()
  await expect(syncStatus(b.pc.page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })

  // The server: both requests, exactly one reservation, A's.
  const stored = await serverDocs<Request>('requests', `data->>'childId' = $2 AND data->>'date' = ANY($3::text[])`, [child.id, dates])
  expect(stored.map((r) => [r.date, r.status, r.payment, r.by]).sort()).toEqual([
    [dates[0], 'ingediend', 'ruiluren', fatima.id], [dates[1], 'ingediend', 'ruiluren', anouk.id],
  ])
  const winner = stored.find((r) => r.date === dates[0])!
  const loser = stored.find((r) => r.date === dates[1])!
  const reserved = await serverDocs<LedgerEntry>('ledger', `data->>'childId' = $2 AND data->>'kind' = 'gereserveerd' AND data->>'sourceId' = ANY($3::text[])`,
    [child.id, stored.map((r) => r.id)])
  expect(reserved.map((e) => [e.sourceId, e.amount])).toEqual([[winner.id, morning]])

  // PC B is told, in Dutch, why its reservation did not stand.
  const noticesButton = b.pc.page.getByRole('button', { name: 'Meldingen (1)' })
  await expect(noticesButton).toBeVisible({ timeout: 15_000 })
  await noticesButton.click()
  const notice = b.pc.page.getByRole('dialog', { name: 'Meldingen' }).getByRole('listitem').filter({ hasText: nameOf(child) })
  await expect(notice).toContainText('Geweigerd door de server')
  await expect(notice).toContainText(`Tegoeden · ${nameOf(child)}`)
  await expect(notice).toContainText('Het geldige tegoed is niet genoeg voor deze aanvraag.')
  await b.pc.page.getByRole('dialog', { name: 'Meldingen' }).getByRole('button', { name: 'Sluiten' }).click()
  await expect(a.pc.page.getByRole('button', { name: 'Meldingen (0)' })).toBeVisible()

  // Both PCs show the balance the server's ledger gives: 8 − 5,5, not 8 − 11.
  const onServer = validKdv(await serverDocs<LedgerEntry>('ledger', `data->>'childId' = $2`, [child.id]))
  expect(onServer).toBeCloseTo(balance - morning, 6)
  for (const pc of [a, b]) await expect(balanceLine(pc.pc.page)).toContainText(`Ruiluren KDV: ${hours(onServer)} uur geldig`, { timeout: 10_000 })

  // B's request waits, paid with hours it holds nothing of: it says so and offers no approval.
  await expect(b.pc.page.locator('.request-submitted').getByRole('alert')).toHaveText(notReserved, { timeout: 10_000 })
  await expect(b.pc.page.locator(`tr[data-request-id="${loser.id}"]`)).toContainText(notReserved)
  await expect(b.pc.page.getByRole('button', { name: 'Direct goedkeuren' })).toHaveCount(0)
  // On PC A, where a senior may decide: its own request can be approved at once, B's carries the warning.
  await expect(a.pc.page.getByRole('button', { name: 'Direct goedkeuren' })).toBeVisible()
  await expect(a.pc.page.locator('.request-submitted')).not.toContainText(notReserved)
  const loserRow = a.pc.page.locator(`tr[data-request-id="${loser.id}"]`)
  await expect(loserRow).toContainText(notReserved, { timeout: 10_000 })
  await expect(a.pc.page.locator(`tr[data-request-id="${winner.id}"]`)).not.toContainText(notReserved)
})
