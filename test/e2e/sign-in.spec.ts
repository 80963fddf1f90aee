// F1 end to end, in real Chromium against a real server: a manager registers the PC; staff sign in
// online; with the PC's connection cut at the socket (TCP proxy) they sign out and in again offline
// with the PC's verifier, a wrong password is refused, someone who never signed in here cannot sign
// in offline; the idle lock blanks the screen (no child's name left in the page) and another person
// signed in today takes over with their PIN. Customer service sees no check-in buttons and only the
// PC's locations.
import { expect, test } from '@playwright/test'
import type { TcpProxy } from '../support/tcp-proxy'
import { demoUser } from './support/accounts'
import { childRows, goToCareDay, ready, syncStatus } from './support/attendance-steps'
import { listHeading, lockHeading, registerPc, signIn, signInHeading, signInIfAsked, signOut, submitPassword, switchByPin, userLabel } from './support/session-steps'
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
/** Works at Goverwelle, but never signs in on this PC. */
const fatima = demoUser('fatima.elamrani')
const linda = demoUser('linda.klantenservice')
const pcName = 'Goverwelle groepsruimte'

test('sign in online and offline, refusals offline, idle lock and PIN switch', async () => {
  server = await startServer()
  proxy = await resources.proxy(server.port)
  const data = await dir('pc'), profile = await dir('profile')
  let pc = await resources.openPc({ serverUrl: proxy.url, dataDir: data, profileDir: profile })
  const page = pc.page

  // Online: register, then Anouk and Sem sign in (each with a PIN for the quick switch later).
  await registerPc(page, manager, pcName)
  await signIn(page, anouk, { pin: true })
  await ready(page)
  await expect(page.getByText(/Offline aangemeld/)).toHaveCount(0)
  // A group staff member of Goverwelle sees only Goverwelle's groups, though the PC covers Bloemendaal too.
  const groups = await page.getByLabel('Groep').locator('option').allTextContents()
  expect(groups.length).toBeGreaterThan(0)
  for (const label of groups) expect(label).toContain('Goverwelle')
  await goToCareDay(page)
  await expect(page.getByRole('button', { name: /^Inchecken / }).first()).toBeVisible({ timeout: 30_000 })

  // Customer service covers all locations, this PC only its manager's two; and may not check children
  // in: the buttons are absent, not disabled.
  await page.getByRole('button', { name: 'Wisselen', exact: true }).click()
  await submitPassword(page, linda)
  await expect(userLabel(page, linda)).toBeVisible({ timeout: 30_000 })
  const lindasGroups = await page.getByLabel('Groep').locator('option').allTextContents()
  expect(lindasGroups.some((label) => label.includes('Bloemendaal'))).toBe(true)
  for (const label of lindasGroups) expect(label).toMatch(/Goverwelle|Bloemendaal/)
  await goToCareDay(page)
  await expect(page.locator('tbody tr[data-child-id]').first()).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('button', { name: /^(In|Uit)checken/ })).toHaveCount(0)
  await signOut(page)
  await submitPassword(page, sem, { pin: true })
  await expect(userLabel(page, sem)).toBeVisible({ timeout: 30_000 })

  // Offline: cut the PC's connection at the socket.
  proxy.cut()
  await expect(syncStatus(page)).toContainText('Offline', { timeout: 20_000 })

  // Sign out and in again as Anouk, offline, with the verifier of her online sign-in: the shell says so.
  await signOut(page)
  await signIn(page, anouk)
  await expect(page.getByText(/Offline aangemeld — geldig tot \d{1,2}-\d{1,2}-\d{4} \d\d:\d\d/)).toBeVisible()

  // A wrong password is refused offline too.
  await signOut(page)
  await submitPassword(page, anouk, { password: 'niet-het-wachtwoord' })
  await expect(page.getByRole('alert')).toContainText('Aanmelden mislukt')
  await expect(signInHeading(page)).toBeVisible()
  await expect(listHeading(page)).toHaveCount(0)

  // Someone who never signed in online on this PC cannot sign in offline, even with the right password.
  await submitPassword(page, fatima)
  await expect(page.getByRole('alert')).toContainText('Aanmelden mislukt')
  await expect(listHeading(page)).toHaveCount(0)

  // The idle lock: the same PC again with a short idle time, back online.
  const port = pc.host.port
  await resources.closePc(pc)
  proxy.restore()
  pc = await resources.openPc({ serverUrl: proxy.url, dataDir: data, profileDir: profile, port, idleLockMs: 2_500 })
  const again = pc.page
  await signInIfAsked(again, anouk, { pin: true })
  if (!(await userLabel(again, sem).isVisible())) {
    // Both signed in today (online, PIN given): the quick switch offers them.
    await again.getByRole('button', { name: 'Wisselen', exact: true }).click()
    await submitPassword(again, sem, { pin: true })
    await expect(userLabel(again, sem)).toBeVisible({ timeout: 30_000 })
  }
  await goToCareDay(again)
  await expect(again.locator('tbody tr[data-child-id]').first()).toBeVisible({ timeout: 30_000 })
  const [child] = await childRows(again, 1)
  expect(child!.name.length).toBeGreaterThan(3)

  // No input: the screen locks and no child's data stays in the page (the list is unmounted, not hidden).
  await expect(lockHeading(again)).toBeVisible({ timeout: 10_000 })
  await expect(listHeading(again)).toHaveCount(0)
  expect(await again.content()).not.toContain(child!.name)
  await expect(again.locator('[data-child-id]')).toHaveCount(0)

  // A wrong PIN does not unlock; Anouk's PIN switches the PC to her.
  await switchByPin(again, anouk, anouk.pin === '0000' ? '1111' : '0000')
  await expect(again.getByRole('alert')).toContainText('Wisselen mislukt')
  await expect(lockHeading(again)).toBeVisible()
  await switchByPin(again, anouk)
  await expect(userLabel(again, anouk)).toBeVisible({ timeout: 10_000 })
  await expect(listHeading(again)).toBeVisible()
})
