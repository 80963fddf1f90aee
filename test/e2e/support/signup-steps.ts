// Signing up for a study day as the specs do it (F6), by the UI contract's names: from a sheet's
// `Inschrijving toevoegen` to Tekenmodus, a signature drawn with the mouse (different per seed), the
// line signed, a staff member's PIN to leave, and back on the sheet. Plus where the demo data has an
// upcoming study day with children to sign up, read from the server's store.
import { expect, type Page } from '@playwright/test'
import { addDays, amsterdamDate, dateParts } from '../../../shared/calendar'
import type { Child, Location, StudyDay } from '../../../shared/domain'
import { signupBillingFor } from '../../../shared/rules'
import type { DemoUser } from './accounts'
import type { TestServer } from './stack'

export const signingHeading = (page: Page) => page.getByRole('heading', { name: 'Tekenmodus', level: 1 })
export const signaturePad = (page: Page) => page.getByLabel('Handtekening ouder', { exact: true })
export const signedStatus = (page: Page) => page.getByText('Getekend. Geef het scherm terug aan de medewerker.', { exact: true })

const dutchLong = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "2 december 2026", as the sheet's name carries it (independent of the app's own formatting). */
export function sheetDate(date: string): string {
  const { year, month, day } = dateParts(date)
  return dutchLong.format(new Date(Date.UTC(year, month - 1, day)))
}

/** A small, seeded generator: the same seed draws the same signature, another seed another one. */
function random(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4294967296
  }
}

/** A few strokes with the mouse over the pad (button down, moves, up), different per seed. */
export async function drawSignature(page: Page, seed: number): Promise<void> {
  const pad = signaturePad(page)
  await expect(pad).toBeVisible()
  const box = await pad.boundingBox()
  if (!box) throw new Error('the signature pad has no size')
  const next = random(seed)
  const strokes = 2 + Math.floor(next() * 3)
  for (let s = 0; s < strokes; s++) {
    const points = 5 + Math.floor(next() * 6)
    let x = box.x + box.width * (0.1 + 0.8 * (s / strokes))
    let y = box.y + box.height * (0.3 + 0.4 * next())
    await page.mouse.move(x, y)
    await page.mouse.down()
    for (let p = 0; p < points; p++) {
      x = Math.min(box.x + box.width - 4, x + 8 + next() * 30)
      y = Math.min(box.y + box.height - 4, Math.max(box.y + 4, y + (next() - 0.5) * 60))
      await page.mouse.move(x, y, { steps: 3 })
    }
    await page.mouse.up()
  }
}

/** Draws and signs the line on the Tekenmodus screen; waits until the line is saved. */
export async function signLine(page: Page, seed = 1): Promise<void> {
  await expect(signingHeading(page)).toBeVisible()
  await drawSignature(page, seed)
  await page.getByRole('button', { name: 'Ondertekenen', exact: true }).click()
  await expect(signedStatus(page)).toBeVisible()
}

/** `Tekenmodus verlaten` with the staff member's PIN (they signed in on this PC today with one). */
export async function leaveSigning(page: Page, staff: DemoUser, pin = staff.pin): Promise<void> {
  await page.getByRole('button', { name: 'Tekenmodus verlaten', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Tekenmodus verlaten' })
  await dialog.getByLabel('Medewerker', { exact: true }).selectOption({ label: staff.name })
  await dialog.getByRole('textbox', { name: 'Pincode', exact: true }).fill(pin)
  await dialog.getByRole('button', { name: 'Verlaten', exact: true }).click()
}

export interface SignUpLine {
  /** `<firstName> <lastName>`, as the `Kind` combobox names the option. */
  child: string
  parent: string
  times?: { start: string; end: string }
  staff: DemoUser
  /** Which signature to draw (default 1). */
  seed?: number
}

/** On an open sheet: `Inschrijving toevoegen`, the line filled in, `Laten tekenen` → Tekenmodus. */
export async function startSigning(page: Page, line: Omit<SignUpLine, 'staff' | 'seed'>): Promise<void> {
  await page.getByRole('button', { name: 'Inschrijving toevoegen', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Inschrijving toevoegen' })
  await dialog.getByRole('combobox', { name: 'Kind' }).fill(line.child)
  await dialog.getByRole('option', { name: line.child, exact: true }).click()
  if (line.times) {
    await dialog.getByRole('radio', { name: 'Tijden', exact: true }).check()
    await dialog.getByRole('textbox', { name: 'Van', exact: true }).fill(line.times.start)
    await dialog.getByRole('textbox', { name: 'Tot', exact: true }).fill(line.times.end)
  }
  await dialog.getByRole('textbox', { name: 'Naam ouder', exact: true }).fill(line.parent)
  await dialog.getByRole('button', { name: 'Laten tekenen', exact: true }).click()
  await expect(signingHeading(page)).toBeVisible()
}

/** The whole sign-up from the open sheet and back to it: dialog, Tekenmodus, signature, PIN. */
export async function signUp(page: Page, line: SignUpLine): Promise<void> {
  const sheetHeading = page.getByRole('heading', { level: 2, name: /^Intekenlijst / })
  const name = (await sheetHeading.textContent()) ?? ''
  await startSigning(page, line)
  await signLine(page, line.seed ?? 1)
  await leaveSigning(page, line.staff)
  await expect(signingHeading(page)).toHaveCount(0)
  // Tekenmodus replaced the whole app: when the app comes back elsewhere, go to the sheet again.
  const sheet = page.getByRole('heading', { level: 2, name, exact: true })
  if (!(await sheet.isVisible())) {
    await page.getByRole('navigation', { name: 'Schermen' }).getByRole('button', { name: 'Intekenlijsten', exact: true }).click()
    if (!(await sheet.isVisible())) await page.getByRole('button', { name, exact: true }).click()
  }
  await expect(sheet).toBeVisible()
}

/** Opens `Intekenlijsten` and the sheet of the date (the location chosen first when there is a choice). */
export async function openSheet(page: Page, date: string, locationName?: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Schermen' }).getByRole('button', { name: 'Intekenlijsten', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Intekenlijsten', level: 1 })).toBeVisible()
  if (locationName && (await page.getByLabel('Locatie', { exact: true }).count()) > 0) {
    await page.getByLabel('Locatie', { exact: true }).selectOption({ label: locationName })
  }
  const name = `Intekenlijst ${sheetDate(date)}`
  await page.getByRole('button', { name, exact: true }).click({ timeout: 30_000 })
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible()
}

export interface StudyDayCase {
  location: Location
  date: string
  /** BSO children of the location whose school is closed that day, each with R9's verdict there. */
  children: Child[]
}

/** The first study or closing day from `fromDays` ahead at the location with at least `minChildren` to sign up. */
export async function upcomingStudyDay(server: TestServer, locationId: string, fromDays = 1, minChildren = 1): Promise<StudyDayCase> {
  const from = addDays(amsterdamDate(new Date()), fromDays)
  const docs = async <T>(collection: string) =>
    (await server.db.query<{ data: T }>('SELECT data FROM documents WHERE collection = $1 AND NOT deleted', [collection])).map((r) => r.data)
  const location = (await docs<Location>('locations')).find((l) => l.id === locationId)
  if (!location) throw new Error(`no location ${locationId}`)
  const served = new Set(location.schools.map((s) => s.id))
  const days = (await docs<StudyDay>('studydays')).filter((d) => served.has(d.schoolId) && d.date >= from)
  const children = (await docs<Child>('children')).filter((c) => c.locationIds.includes(locationId))
  for (const date of [...new Set(days.map((d) => d.date))].sort()) {
    const closed = new Set(days.filter((d) => d.date === date).map((d) => d.schoolId))
    const candidates = children.filter((c) => c.schoolId !== undefined && closed.has(c.schoolId) && signupBillingFor(c, locationId, date))
    if (candidates.length >= minChildren) return { location, date, children: candidates }
  }
  throw new Error(`no upcoming study day with ${minChildren} children to sign up at ${locationId}`)
}
