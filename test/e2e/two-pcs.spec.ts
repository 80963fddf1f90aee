// Issue 3's end-to-end proof, in real Chromium: two PCs (two PC hosts, two on-disk profiles) on one
// server, each registered by a manager and used by a signed-in staff member (F1). A check-in on PC A
// reaches PC B without a reload; PC A works offline (its connection cut at the socket by a TCP proxy),
// is closed and reopened and still shows its work, and when the connection returns every change
// reaches the server and PC B exactly once.
import { expect, test } from '@playwright/test'
import type { TcpProxy } from '../support/tcp-proxy'
import { demoUser } from './support/accounts'
import { childRows, chooseGroup, goToCareDay, ready, syncStatus } from './support/attendance-steps'
import { registerPc, signIn, signInIfAsked } from './support/session-steps'
import { specResources } from './support/spec-resources'
import { startServer, type TestServer } from './support/stack'

let server: TestServer
let proxy: TcpProxy
const resources = specResources()
const dir = resources.dir

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

const manager = demoUser('marieke.jansen')
const anouk = demoUser('anouk.devries')
const sem = demoUser('sem.bakker')

test('two PCs: live sync, offline work that survives a restart, and exactly-once arrival', async () => {
  server = await startServer()
  proxy = await resources.proxy(server.port)
  const aData = await dir('pc-a'), aProfile = await dir('profile-a')
  let a = await resources.openPc({ serverUrl: proxy.url, dataDir: aData, profileDir: aProfile })
  const b = await resources.openPc({ serverUrl: server.url, dataDir: await dir('pc-b'), profileDir: await dir('profile-b') })
  // A manager of Goverwelle registers both PCs; a group staff member signs in on each.
  await registerPc(a.page, manager, 'Goverwelle 1')
  await registerPc(b.page, manager, 'Goverwelle 2')
  await signIn(a.page, anouk)
  await signIn(b.page, sem)
  await ready(a.page)
  await ready(b.page)

  // Children are expected on weekdays: on a weekend the test works on the Friday before.
  const day = await goToCareDay(a.page)
  await b.page.getByLabel('Datum').fill(day)
  const groupId = await chooseGroup(a.page, 11)
  await b.page.getByLabel('Groep').selectOption(groupId)
  const [first, ...rest] = await childRows(a.page, 11)
  const others = rest.slice(0, 10)

  // Live: PC A checks a child in; PC B shows the time without a reload.
  await a.page.getByRole('button', { name: `Inchecken ${first!.name}` }).click()
  // The time shows once the check-in is stored: wait for it, then read it.
  const firstTimeCell = a.page.locator(`tr[data-child-id="${first!.id}"] time`).first()
  await expect(firstTimeCell).toHaveText(/^\d\d:\d\d$/)
  const firstTimeOnA = await firstTimeCell.textContent()
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
  await resources.closePc(a)
  a = await resources.openPc({ serverUrl: proxy.url, dataDir: aData, profileDir: aProfile, port })
  // Still offline: signing in again (if main asks) uses this PC's verifier of Anouk's last online sign-in.
  await signInIfAsked(a.page, anouk)
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
  const rows = await server.db.query<{ data: { entries: { childId: string; checkIn?: string; checkOut?: string; by: string }[] } }>(
    `SELECT data FROM documents WHERE collection = 'attendance' AND data->>'groupId' = $1 AND data->>'date' = $2`,
    [groupId, day],
  )
  expect(rows).toHaveLength(1)
  const entries = rows[0]!.data.entries
  for (const child of [first!, ...others]) {
    const mine = entries.filter((e) => e.childId === child.id)
    expect(mine, `entries of ${child.name}`).toHaveLength(1)
    expect(mine[0]!.checkIn).toBeTruthy()
    // Recorded as the signed-in staff member, on the PC's registered device.
    expect(mine[0]!.by).toBe(anouk.id)
  }
  for (const child of others) expect(entries.find((e) => e.childId === child.id)!.checkOut).toBeTruthy()
})
