// Intekenlijsten verwerken as the specs use it (F6, customer service), by the UI contract's names, and
// a closed sheet seeded on the server the way a location PC brings one: pushed with its device token
// (study days by the manager, lines signed and the sheet closed by group staff).
import { expect, type Page } from '@playwright/test'
import type { Child, Location, SignupLine, SignupSheet, StudyDay } from '../../../shared/domain'
import { signupSheetId, studyDayId } from '../../../shared/domain'
import { addDays, amsterdamInstant, dateParts, weekday } from '../../../shared/calendar'
import { signupBillingFor } from '../../../shared/rules'
import type { PushResponse, SyncDoc } from '../../../shared/sync'
import { addDevice } from '../../server/support/devices'
import type { TestServer } from './stack'

const dutchLong = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "2 december 2026": how the UI names a sheet's date (independent of the app's own formatting). */
export function dutchDate(date: string): string {
  const { year, month, day } = dateParts(date)
  return dutchLong.format(new Date(Date.UTC(year, month - 1, day)))
}

export async function openProcessing(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Schermen' }).getByRole('button', { name: 'Intekenlijsten verwerken' }).click()
  await expect(page.getByRole('heading', { name: 'Intekenlijsten verwerken', level: 1 })).toBeVisible()
}

/** Opens a closed sheet from the overview (it waits until the sheet has synced to this PC). */
export async function openClosedSheet(page: Page, locationName: string, date: string): Promise<void> {
  await page.getByRole('button', { name: `Verwerken ${locationName} ${dutchDate(date)}`, exact: true }).click({ timeout: 30_000 })
  await expect(page.getByRole('heading', { name: `${locationName} — Intekenlijst ${dutchDate(date)}`, level: 2 })).toBeVisible()
}

const linesTable = (page: Page) => page.getByRole('table', { name: 'Inschrijvingen' })

export function lineRow(page: Page, childName: string) {
  return linesTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: childName, exact: true }) })
}

/** The status cell of the child's line (`Te verwerken`, `Verwerkt — inclusief`, …). */
export async function lineStatus(page: Page, childName: string): Promise<string> {
  return ((await lineRow(page, childName).locator('td.line-status').textContent()) ?? '').trim()
}

/** `Alles verwerken`, and wait until the progress says every open line is done. */
export async function processAll(page: Page): Promise<void> {
  const open = await linesTable(page).getByRole('button', { name: /^Verwerken / }).count()
  await page.getByRole('button', { name: 'Alles verwerken', exact: true }).click()
  await expect(page.getByRole('status', { name: 'Voortgang' })).toHaveText(`${open} van ${open} verwerkt`)
}

export async function rejectLine(page: Page, childName: string, reason: string): Promise<void> {
  await page.getByRole('button', { name: `Afwijzen ${childName}`, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Inschrijving afwijzen' })
  await dialog.getByRole('textbox', { name: 'Reden' }).fill(reason)
  await dialog.getByRole('button', { name: 'Afwijzen', exact: true }).click()
  await expect(dialog).toBeHidden()
}

// --- Seeding a closed sheet on the server -------------------------------------------------------

export interface SeededSheet {
  locationId: string
  date: string
  lines: SignupLine[]
  children: Map<string, Child>
}

/** A document as the wire carries it (RxDB's deleted flag beside the fields). */
const wire = (doc: { id: string }): SyncDoc => ({ ...doc, _deleted: false })

async function pushAs(server: TestServer, headers: Record<string, string>, collection: string, rows: { newDocumentState: SyncDoc; assumedMasterState?: SyncDoc }[]): Promise<PushResponse> {
  const response = await fetch(`${server.url}/sync/${collection}/push`, {
    method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ rows }),
  })
  if (!response.ok) throw new Error(`push ${collection}: ${response.status} ${await response.text()}`)
  return (await response.json()) as PushResponse
}

async function stored<T>(server: TestServer, collection: string, where = 'true', params: unknown[] = []): Promise<T[]> {
  const rows = await server.db.query<{ data: T }>(`SELECT data FROM documents WHERE collection = $1 AND NOT deleted AND (${where})`, [collection, ...params])
  return rows.map((r) => r.data)
}

/** The last weekday before `today` with no sheet at the location yet. */
async function freeSheetDay(server: TestServer, locationId: string, today: string): Promise<string> {
  let date = addDays(today, -1)
  for (;;) {
    if (weekday(date) <= 5 && (await stored(server, 'signupsheets', `id = $2`, [signupSheetId(locationId, date)])).length === 0) return date
    date = addDays(date, -1)
  }
}

/**
 * A closed sheet at `locationId` for the last free weekday before today, with one line per given child
 * (pick: from the location's BSO children, chosen by the caller), signed the afternoon before the day.
 */
export async function seedClosedSheet(
  server: TestServer, a: { locationId: string; today: string; manager: string; staff: string; pick: (children: Child[], date: string) => Child[] },
): Promise<SeededSheet> {
  const { locationId, today } = a
  const device = await addDevice(server.db, [locationId], { name: 'Locatie-pc (seed)' })
  const date = await freeSheetDay(server, locationId, today)
  const all = await stored<Child>(server, 'children')
  const chosen = a.pick(all.filter((c) => c.locationIds.includes(locationId)), date)
  const signed = (minute: number) => amsterdamInstant(addDays(date, -1), `15:${String(minute).padStart(2, '0')}`).toISOString()
  const fact = (by: string, at: string) => ({ by, device: device.deviceId, at })

  // The schools are closed that day (a study day may be there already: then it stands).
  const [location] = await stored<Location>(server, 'locations', `id = $2`, [locationId])
  const schools = [...new Set(chosen.flatMap((c) => (c.schoolId ? [c.schoolId] : [])))]
  const studyDays: StudyDay[] = schools.map((schoolId) => ({
    id: studyDayId(schoolId, date), schoolId, schoolName: location?.schools.find((s) => s.id === schoolId)?.name ?? schoolId, date,
    kind: 'studiedag', ...fact(a.manager, signed(0)),
  }))
  await pushAs(server, device.headers, 'studydays', studyDays.map((d) => ({ newDocumentState: wire(d) })))

  const open: SignupSheet = { id: signupSheetId(locationId, date), locationId, date, status: 'open', updatedAt: signed(0) }
  expect((await pushAs(server, device.headers, 'signupsheets', [{ newDocumentState: wire(open) }])).conflicts).toEqual([])
  const lines: SignupLine[] = chosen.map((child, i) => ({
    id: crypto.randomUUID(), sheetId: open.id, locationId, date, childId: child.id, dayPart: 'hele dag',
    parentName: child.parents[0]?.name ?? 'Ouder', signedAt: signed(i + 1),
    signature: { width: 600, height: 200, strokes: [{ points: [[20, 100, 0, 0.5], [60 + i * 10, 60, 16, 0.6], [120, 120, 32, 0.5]] }] },
    // R9 as the sign-up dialog showed it when the parent signed.
    billing: signupBillingFor(child, locationId, date)?.billing ?? 'factuur', ...fact(a.staff, signed(i + 1)),
  }))
  expect((await pushAs(server, device.headers, 'signuplines', lines.map((l) => ({ newDocumentState: wire(l) })))).conflicts).toEqual([])
  const [asStored] = await stored<SyncDoc>(server, 'signupsheets', `id = $2`, [open.id])
  const closedAt = amsterdamInstant(addDays(date, -1), '18:30').toISOString()
  const closed: SignupSheet = { ...open, status: 'gesloten', closedBy: a.staff, closedAt, updatedAt: closedAt }
  expect((await pushAs(server, device.headers, 'signupsheets', [{ newDocumentState: wire(closed), assumedMasterState: asStored! }])).conflicts).toEqual([])
  return { locationId, date, lines, children: new Map(chosen.map((c) => [c.id, c])) }
}
