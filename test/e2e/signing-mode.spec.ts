// Tekenmodus end to end (F6), in real Chromium against a real server: from a sheet's `Inschrijving
// toevoegen` the PC goes into Tekenmodus, where the page holds nothing of the app behind it (no
// navigation, no attendance list); Escape and a reload stay in it with the same draft; the pad keeps a
// drawing through a resize; the parent signs with the mouse and the line is stored (and reaches the
// server with its vector signature); a wrong PIN shows an alert and stays, the right one leaves; and
// signUp (the step other specs use) goes from the sheet through Tekenmodus and back to the sheet.
import { expect, test } from '@playwright/test'
import { demoLocationIds } from '../../shared/demo/organisation'
import type { SignupLine } from '../../shared/domain'
import { signupSheetId } from '../../shared/domain'
import { signupBillingFor } from '../../shared/rules'
import { demoUser } from './support/accounts'
import { ready } from './support/attendance-steps'
import { listHeading, registerPc, signIn } from './support/session-steps'
import {
  drawSignature, leaveSigning, openSheet, signaturePad, signedStatus, signingHeading, signUp, startSigning, upcomingStudyDay,
} from './support/signup-steps'
import { specResources } from './support/spec-resources'
import { startServer, type TestServer } from './support/stack'

let server: TestServer
const resources = specResources()

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

const manager = demoUser('marieke.jansen')
const anouk = demoUser('anouk.devries')
const goverwelle = demoLocationIds[0]!

/** True when the pad's canvas has any drawn pixel. */
const padHasInk = (page: import('@playwright/test').Page) => signaturePad(page).evaluate((canvas) => {
  const c = canvas as HTMLCanvasElement
  const pixels = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray()
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) return true
  return false
})

test('Tekenmodus shows only the signing dialog, survives Escape and reload, and only a staff PIN leaves it', async () => {
  server = await startServer()
  const pc = await resources.openPc({ serverUrl: server.url })
  const page = pc.page
  await registerPc(page, manager, 'Goverwelle groepsruimte')
  await signIn(page, anouk, { pin: true })
  await ready(page)

  const day = await upcomingStudyDay(server, goverwelle, 1, 2)
  const child = day.children[0]!
  const childName = `${child.firstName} ${child.lastName}`
  const parent = child.parents[0]?.name ?? 'Ouder van het kind'
  const verdict = signupBillingFor(child, goverwelle, day.date)!

  await openSheet(page, day.date, day.location.name)
  await startSigning(page, { child: childName, parent })

  // Only the signing dialog: no navigation, no list, no sheet; the line's summary with R9's reason.
  const summary = page.getByRole('definition')
  await expect(summary.filter({ hasText: childName })).toHaveCount(1)
  await expect(summary.filter({ hasText: 'Hele dag' })).toHaveCount(1)
  await expect(summary.filter({ hasText: parent })).toHaveCount(1)
  await expect(summary.filter({ hasText: verdict.message })).toHaveCount(1)
  await expect(page.getByRole('navigation')).toHaveCount(0)
  await expect(listHeading(page)).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Intekenlijsten' })).toHaveCount(0)
  await expect(page.getByRole('table')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Afmelden' })).toHaveCount(0)

  // Ondertekenen only once something is drawn; Wissen empties the pad again.
  const sign = page.getByRole('button', { name: 'Ondertekenen', exact: true })
  await expect(sign).toBeDisabled()
  await drawSignature(page, 7)
  await expect(sign).toBeEnabled()
  await page.getByRole('button', { name: 'Wissen', exact: true }).click()
  await expect(sign).toBeDisabled()
  expect(await padHasInk(page)).toBe(false)

  // Escape does not leave, and a reload comes back in Tekenmodus with the same draft.
  await page.keyboard.press('Escape')
  await expect(signingHeading(page)).toBeVisible()
  await page.reload()
  await expect(signingHeading(page)).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('definition').filter({ hasText: childName })).toHaveCount(1)
  await expect(page.getByRole('navigation')).toHaveCount(0)

  // The canvas's pixels are its CSS size times devicePixelRatio (sharp lines on any screen).
  const pixels = () => signaturePad(page).evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement
    const rect = c.getBoundingClientRect()
    return { width: c.width, expected: Math.round(rect.width * window.devicePixelRatio) }
  })
  const fitted = await pixels()
  expect(fitted.width).toBe(fitted.expected)

  // A drawing survives a resize of the window (the canvas is wiped by the browser and drawn again).
  await drawSignature(page, 3)
  expect(await padHasInk(page)).toBe(true)
  const before = await signaturePad(page).boundingBox()
  await page.setViewportSize({ width: 560, height: 700 })
  await expect.poll(async () => (await signaturePad(page).boundingBox())?.width).not.toBe(before?.width)
  expect(await padHasInk(page)).toBe(true)
  const refitted = await pixels()
  expect(refitted.width).toBe(refitted.expected)
  await expect(sign).toBeEnabled()
  await page.setViewportSize({ width: 1280, height: 720 })

  // The parent signs: the line is stored, and the screen asks to hand it back.
  await sign.click()
  await expect(signedStatus(page)).toBeVisible()
  await expect(signaturePad(page)).toHaveCount(0)
  const sheetId = signupSheetId(goverwelle, day.date)
  await expect.poll(async () => {
    const rows = await server.db.query<{ data: SignupLine }>(
      `SELECT data FROM documents WHERE collection = 'signuplines' AND NOT deleted AND data->>'sheetId' = $1`, [sheetId])
    return rows.map((r) => r.data)
  }, { timeout: 30_000 }).toEqual([expect.objectContaining({
    childId: child.id, dayPart: 'hele dag', parentName: parent, billing: verdict.billing, by: anouk.id,
  })])
  const [stored] = (await server.db.query<{ data: SignupLine }>(
    `SELECT data FROM documents WHERE collection = 'signuplines' AND data->>'sheetId' = $1`, [sheetId])).map((r) => r.data)
  expect(stored!.signature.strokes.length).toBeGreaterThanOrEqual(2)
  for (const [x, y] of stored!.signature.strokes.flatMap((s) => s.points)) {
    expect(x).toBeLessThanOrEqual(stored!.signature.width)
    expect(y).toBeLessThanOrEqual(stored!.signature.height)
  }

  // Signed, still in Tekenmodus: Escape and a reload change nothing.
  await page.keyboard.press('Escape')
  await page.reload()
  await expect(signingHeading(page)).toBeVisible({ timeout: 30_000 })
  await expect(signedStatus(page)).toBeVisible()
  await expect(page.getByRole('navigation')).toHaveCount(0)

  // A wrong PIN: an alert in Dutch, and Tekenmodus stays.
  await leaveSigning(page, anouk, anouk.pin === '0000' ? '1111' : '0000')
  const dialog = page.getByRole('dialog', { name: 'Tekenmodus verlaten' })
  await expect(dialog.getByRole('alert')).toContainText('Verlaten mislukt')
  await expect(signingHeading(page)).toBeVisible()
  // Escape closes the dialog, not Tekenmodus.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(signingHeading(page)).toBeVisible()

  // The right PIN leaves: the app is back, and the sheet shows the signed line with its signature.
  await leaveSigning(page, anouk)
  await expect(signingHeading(page)).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Schermen' })).toBeVisible()
  await openSheet(page, day.date, day.location.name)
  const lines = page.getByRole('table', { name: 'Inschrijvingen' })
  await expect(lines.getByRole('row').filter({ hasText: childName }).getByRole('img', { name: `Handtekening ${parent}` })).toBeVisible()

  // The whole flow as other specs use it (signUp): agreed times, another signature, back on the sheet.
  const second = day.children[1]
  const secondName = `${second!.firstName} ${second!.lastName}`
  const secondParent = second!.parents[0]?.name ?? 'Ouder'
  await signUp(page, { child: secondName, parent: secondParent, times: { start: '08:30', end: '17:00' }, staff: anouk, seed: 2 })
  const secondRow = lines.getByRole('row').filter({ hasText: secondName })
  await expect(secondRow).toContainText('08:30–17:00')
  await expect(secondRow.getByRole('img', { name: `Handtekening ${secondParent}` })).toBeVisible()
})
