// Issue 10, accessibility, in real Chromium: axe-core (WCAG 2.0/2.1 A and AA) finds no serious or
// critical violation on any screen or key state of the app — PC registreren, Aanmelden, every screen
// of a manager on a location PC with its dialogs, Meldingen, Wisselen, Vergrendeld, Tekenmodus, and
// Intekenlijsten verwerken on a customer-service central PC. On each of them Tab alone reaches every
// visible control, and the control with focus shows a focus ring. Then, with the keyboard only, a child
// is checked in on the Aanwezigheidslijst and Meldingen opened and closed; and a probe shows that both
// checks do fail on a fault. One server; the location PC is reused by every test.
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { amsterdamDate } from '../../shared/calendar'
import { demoLocationIds } from '../../shared/demo/organisation'
import { signupBillingFor } from '../../shared/rules'
import { demoUser } from './support/accounts'
import { checkInOf, ready } from './support/attendance-steps'
import { seedClosedSheet } from './support/processing-steps'
import { lockHeading, listHeading, registerPc, signIn, submitPassword, userLabel } from './support/session-steps'
import { screenTour, screenTourNames } from './support/screen-tour'
import { leaveSigning, openSheet, signingHeading, startSigning, upcomingStudyDay } from './support/signup-steps'
import { specResources } from './support/spec-resources'
import { keyboardProblems } from './support/keyboard-check'
import { startServer, type TestPc, type TestServer } from './support/stack'

let server: TestServer
const resources = specResources()
let locationPc: TestPc

test.describe.configure({ mode: 'serial' })

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

const manager = demoUser('marieke.jansen')
const linda = demoUser('linda.klantenservice')
const goverwelle = demoLocationIds[0]!

/** "<screen>: <rule> (<impact>) at <selectors>" for every serious or critical violation axe finds. */
async function axeProblems(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${screen}: ${v.id} (${v.impact}) at ${n.target.join(' ')} — ${v.help}`))
}

/** Runs both checks on the state shown and adds what they find to `problems`. */
function checker(problems: { axe: string[]; keyboard: string[] }) {
  return async (screen: string, page: Page) => {
    problems.axe.push(...await axeProblems(page, screen))
    problems.keyboard.push(...(await keyboardProblems(page)).map((p) => `${screen}: ${p}`))
  }
}

function expectNone(problems: { axe: string[]; keyboard: string[] }) {
  expect.soft(problems.axe, 'axe: serious or critical violations').toEqual([])
  expect.soft(problems.keyboard, 'keyboard: controls not reached by Tab or without a visible focus').toEqual([])
}

test('a location PC: registration, sign-in, every screen of a manager, the lock and Tekenmodus', async () => {
  test.setTimeout(180_000)
  server = await startServer()
  const problems = { axe: [] as string[], keyboard: [] as string[] }
  const check = checker(problems)
  locationPc = await resources.openPc({ serverUrl: server.url })
  const page = locationPc.page

  await expect(page.getByRole('heading', { name: 'PC registreren' })).toBeVisible({ timeout: 30_000 })
  await check('PC registreren', page)
  await registerPc(page, manager, 'Goverwelle kantoor')
  await check('Aanmelden', page)
  await signIn(page, manager, { pin: true })
  await ready(page)

  const visited = await screenTour(page, check)
  // A manager of a location reaches every state but customer service's processing (next test).
  expect(visited).toEqual(screenTourNames.filter((n) => !n.startsWith('Intekenlijsten verwerken')))

  await page.getByRole('button', { name: 'Vergrendelen', exact: true }).click()
  await expect(lockHeading(page)).toBeVisible()
  await check('Vergrendeld', page)
  await submitPassword(page, manager, { pin: true })
  await expect(userLabel(page, manager)).toBeVisible()

  // A downloaded update (what Electron's main emits; the PC host stands in for it): staff are told in
  // the shell, it stays across Tekenmodus, a parent signing never sees it, and it passes both checks.
  locationPc.host.emit('app.update', { version: '0.2.0' })
  const update = page.getByRole('status').filter({ hasText: 'Versie 0.2.0 van Locatiedesk staat klaar' })
  await expect(update).toBeVisible()
  await check('Update klaar', page)

  const day = await upcomingStudyDay(server, goverwelle, 1, 1)
  const child = day.children[0]!
  await openSheet(page, day.date, day.location.name)
  await startSigning(page, { child: `${child.firstName} ${child.lastName}`, parent: child.parents[0]?.name ?? 'Ouder' })
  await check('Tekenmodus', page)
  await expect(update).toHaveCount(0)
  await page.getByRole('button', { name: 'Tekenmodus verlaten', exact: true }).click()
  await expect(page.getByRole('dialog', { name: 'Tekenmodus verlaten' })).toBeVisible()
  await check('Tekenmodus: Tekenmodus verlaten', page)
  await page.keyboard.press('Escape')
  await leaveSigning(page, manager)
  await expect(signingHeading(page)).toHaveCount(0)
  await expect(update).toBeVisible()
  expectNone(problems)
})

test('a customer-service central PC: Intekenlijsten verwerken with a closed sheet, and the rest of its screens', async () => {
  test.setTimeout(120_000)
  await seedClosedSheet(server, {
    locationId: goverwelle, today: amsterdamDate(new Date()), manager: manager.id, staff: 'anouk.devries',
    pick: (children, date) => children.filter((c) => signupBillingFor(c, goverwelle, date) !== null).slice(0, 3),
  })
  const problems = { axe: [] as string[], keyboard: [] as string[] }
  const pc = await resources.openPc({ serverUrl: server.url })
  await registerPc(pc.page, linda, 'Klantenservice 1')
  await signIn(pc.page, linda)
  await ready(pc.page)
  const visited = await screenTour(pc.page, checker(problems))
  expect(visited).toContain('Intekenlijsten verwerken: intekenlijst')
  expectNone(problems)
  await resources.closePc(pc)
})

test('with the keyboard alone: a child checked in on the Aanwezigheidslijst, Meldingen opened and closed', async () => {
  const page = locationPc.page
  await page.getByRole('navigation', { name: 'Schermen' }).getByRole('button', { name: 'Aanwezigheidslijst', exact: true }).click()
  await expect(listHeading(page)).toBeVisible()
  const row = page.locator('tbody tr[data-child-id]').filter({ has: page.getByRole('button', { name: /^Inchecken /, disabled: false }) }).first()
  const childId = (await row.getAttribute('data-child-id')) ?? ''
  const name = ((await row.locator('th').evaluate((th) => th.childNodes[0]?.textContent)) ?? '').trim()
  expect(await checkInOf(page, childId)).toBe('')

  // From the top of the page, Tab until the child's Inchecken has focus, then Enter.
  await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const target = page.getByRole('button', { name: `Inchecken ${name}`, exact: true })
  let presses = 0
  while (!(await target.evaluate((el) => el === document.activeElement))) {
    expect(++presses, `Inchecken ${name} reached within 300 Tabs`).toBeLessThan(300)
    await page.keyboard.press('Tab')
  }
  await page.keyboard.press('Enter')
  await expect.poll(() => checkInOf(page, childId)).not.toBe('')
  await expect(page.getByRole('button', { name: `Uitchecken ${name}`, exact: true })).toBeEnabled()

  // Meldingen by keyboard: Enter opens the panel with focus in it, Escape closes it and focus is back.
  const noticesButton = page.getByRole('button', { name: /^Meldingen \(\d+\)$/ })
  await noticesButton.focus()
  await page.keyboard.press('Enter')
  const panel = page.getByRole('dialog', { name: 'Meldingen' })
  await expect(panel).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  await expect(noticesButton).toBeFocused()
})

test('the checks themselves catch low contrast, a control Tab cannot reach and a focus without a ring', async () => {
  const page = locationPc.page
  // A probe beside the app (styles set through the DOM: the CSP forbids style attributes in markup).
  await page.evaluate(() => {
    const probe = document.createElement('main')
    probe.id = 'a11y-probe'
    const faint = document.createElement('p')
    faint.textContent = 'Lichtgrijze tekst'
    Object.assign(faint.style, { color: '#bbb', background: '#fff' })
    const unreachable = document.createElement('button')
    unreachable.textContent = 'Onbereikbaar'
    unreachable.tabIndex = -1
    const ringless = document.createElement('button')
    ringless.textContent = 'Zonder rand'
    Object.assign(ringless.style, { outline: 'none', boxShadow: 'none' })
    probe.append(faint, unreachable, ringless)
    document.body.append(probe)
  })
  try {
    expect((await axeProblems(page, 'probe')).some((p) => p.includes('color-contrast') && p.includes('#a11y-probe'))).toBe(true)
    const keyboard = await keyboardProblems(page)
    expect(keyboard).toContain('not reached by Tab: <button> "Onbereikbaar"')
    expect(keyboard).toContain('no visible focus: <button> "Zonder rand"')
  } finally {
    await page.evaluate(() => document.getElementById('a11y-probe')?.remove())
  }
})
