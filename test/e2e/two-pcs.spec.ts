// Issue 3's end-to-end proof, in real Chromium: two PCs (two PC hosts, two on-disk profiles) on one
// server. A check-in on PC A reaches PC B without a reload; PC A works offline (its connection cut
// at the socket by a TCP proxy), is closed and reopened and still shows its work, and when the
// connection returns every change reaches the server and PC B exactly once.
import { expect, test, type Page } from '@playwright/test'
import { rm } from 'node:fs/promises'
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy'
import { addDays, weekday } from '../../shared/calendar'
import { closePc, openPc, startServer, tempDir, type TestPc, type TestServer } from './support/stack'

let server: TestServer
let proxy: TcpProxy
const dirs: string[] = []
const pcs: TestPc[] = []

async function dir(prefix: string) {
  const d = await tempDir(prefix)
  dirs.push(d)
  return d
}

test.afterAll(async () => {
  for (const pc of pcs) await closePc(pc).catch(() => undefined)
  await proxy?.close()
  await server?.close()
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

const syncStatus = (page: Page) => page.getByRole('status', { name: 'Synchronisatie' })

async function ready(page: Page) {
  await expect(page.getByRole('heading', { name: 'Aanwezigheidslijst' })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('progressbar', { name: 'Eerste synchronisatie' })).toHaveCount(0, { timeout: 90_000 })
}

/** The first group whose list today has at least `min` children still to check in. */
async function chooseGroup(page: Page, min: number): Promise<string> {
  const select = page.getByLabel('Groep')
  const options = await select.locator('option').evaluateAll((os) =>
    os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })))
  for (const { value, label } of options) {
    await select.selectOption(value)
    // The list caption names the chosen group (or the page says nobody is expected).
    const groupName = label.slice(label.indexOf('– ') + 2, label.lastIndexOf(' ('))
    await expect(page.locator('caption').or(page.getByText('Geen kinderen verwacht op deze dag.')))
      .toContainText(new RegExp(`${groupName}|Geen kinderen`))
    if ((await page.getByRole('button', { name: /^Inchecken / }).count()) >= min) return value
  }
  throw new Error(`no group with ${min} children to check in today`)
}

function careDay(today: string): string {
  const back = { 6: 1, 7: 2 }[weekday(today)] ?? 0
  return addDays(today, -back)
}

async function childIds(page: Page, n: number): Promise<{ id: string; name: string }[]> {
  const rows = page.locator('tbody tr[data-child-id]')
  const all = await rows.evaluateAll((trs) => trs.map((tr) => ({
    id: tr.getAttribute('data-child-id') ?? '', name: tr.querySelector('th')?.textContent ?? '',
  })))
  return all.slice(0, n)
}

test('two PCs: live sync, offline work that survives a restart, and exactly-once arrival', async () => {
  server = await startServer()
  proxy = await startTcpProxy({ host: '127.0.0.1', port: server.port })
  const aData = await dir('pc-a'), aProfile = await dir('profile-a')
  let a = await openPc({ serverUrl: proxy.url, dataDir: aData, profileDir: aProfile })
  pcs.push(a)
  const b = await openPc({ serverUrl: server.url, dataDir: await dir('pc-b'), profileDir: await dir('profile-b') })
  pcs.push(b)
  await ready(a.page)
  await ready(b.page)

  // Children are expected on weekdays: on a weekend the test works on the Friday before.
  const day = careDay(await a.page.getByLabel('Datum').inputValue())
  await a.page.getByLabel('Datum').fill(day)
  await b.page.getByLabel('Datum').fill(day)
  const groupId = await chooseGroup(a.page, 11)
  await b.page.getByLabel('Groep').selectOption(groupId)
  const [first, ...rest] = await childIds(a.page, 11)
  const others = rest.slice(0, 10)

  // Live: PC A checks a child in; PC B shows the time without a reload.
  await a.page.getByRole('button', { name: `Inchecken ${first!.name}` }).click()
  const firstTimeOnA = await a.page.locator(`tr[data-child-id="${first!.id}"] time`).first().textContent()
  expect(firstTimeOnA).toMatch(/^\d\d:\d\d$/)
  await expect(b.page.locator(`tr[data-child-id="${first!.id}"] time`).first()).toHaveText(firstTimeOnA!, { timeout: 5_000 })

  // Offline: cut PC A's connection at the socket and make 20 changes (10 check-ins, 10 check-outs).
  proxy.cut()
  await expect(syncStatus(a.page)).toContainText('Offline', { timeout: 20_000 })
  for (const child of others) await a.page.getByRole('button', { name: `Inchecken ${child.name}` }).click()
  for (const child of others) await a.page.getByRole('button', { name: `Uitchecken ${child.name}` }).click()
  for (const child of others) {
    await expect(a.page.getByRole('button', { name: `Uitchecken ${child.name}` })).toBeDisabled()
  }
  await expect(syncStatus(a.page)).toContainText(/wijziging(en)? wacht/)

  // Close the app (renderer and main) and start it again, still offline: the work is still there.
  const port = a.host.port
  await closePc(a)
  pcs.splice(pcs.indexOf(a), 1)
  a = await openPc({ serverUrl: proxy.url, dataDir: aData, profileDir: aProfile, port })
  pcs.push(a)
  await expect(a.page.getByRole('heading', { name: 'Aanwezigheidslijst' })).toBeVisible({ timeout: 60_000 })
  await a.page.getByLabel('Datum').fill(day)
  await a.page.getByLabel('Groep').selectOption(groupId)
  for (const child of others) {
    await expect(a.page.getByRole('button', { name: `Uitchecken ${child.name}` })).toBeDisabled()
  }
  await expect(syncStatus(a.page)).toContainText('Offline')
  // Nothing reached PC B meanwhile.
  for (const child of others) {
    await expect(b.page.getByRole('button', { name: `Inchecken ${child.name}` })).toBeEnabled()
  }

  // The connection returns: all of it arrives on PC B and on the server, each child's entry once.
  proxy.restore()
  await expect(syncStatus(a.page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })
  for (const child of others) {
    await expect(b.page.getByRole('button', { name: `Uitchecken ${child.name}` })).toBeDisabled({ timeout: 10_000 })
  }
  const rows = await server.db.query<{ data: { entries: { childId: string; checkIn?: string; checkOut?: string }[] } }>(
    `SELECT data FROM documents WHERE collection = 'attendance' AND data->>'groupId' = $1 AND data->>'date' = $2`,
    [groupId, day],
  )
  expect(rows).toHaveLength(1)
  const entries = rows[0]!.data.entries
  for (const child of [first!, ...others]) {
    const mine = entries.filter((e) => e.childId === child.id)
    expect(mine, `entries of ${child.name}`).toHaveLength(1)
    expect(mine[0]!.checkIn).toBeTruthy()
  }
  for (const child of others) expect(entries.find((e) => e.childId === child.id)!.checkOut).toBeTruthy()
})
