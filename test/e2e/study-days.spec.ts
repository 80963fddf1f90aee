// F9 end to end, in real Chromium: a manager's PC enters a study day by hand (after a refused
// weekend) and imports a school's CSV list (a file with a header, `;`, Windows line endings and rows
// to skip), sees them in the table, deletes one; every change reaches the server. A groepsmedewerker
// signed in on the same PC is not offered the screen at all.
import { expect, test } from '@playwright/test'
import { addDays, amsterdamDate, weekday } from '../../shared/calendar'
import { demoUser } from './support/accounts'
import { signIn, signOut } from './support/session-steps'
import { connectedPc, specResources } from './support/spec-resources'
import { startServer, type TestServer } from './support/stack'

let server: TestServer
const resources = specResources()

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

const manager = demoUser('marieke.jansen')
const anouk = demoUser('anouk.devries')
const school = { id: 'school-goverwelle', name: 'OBS Goverwelle' }

/** The first weekday on or after the date. */
function weekdayFrom(date: string): string {
  let day = date
  while (weekday(day) >= 6) day = addDays(day, 1)
  return day
}

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
/** `2 december 2026`, as the buttons name a day. */
const spoken = (date: string) => `${Number(date.slice(8))} ${months[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`
/** `2-12-2026`, as a school writes it. */
const dutch = (date: string) => `${Number(date.slice(8))}-${Number(date.slice(5, 7))}-${date.slice(0, 4)}`

test('a manager enters study days by hand and from a school\'s list; they reach the server', async () => {
  server = await startServer()
  // The demo has study days up to 120 days ahead: these are later, so none is taken yet.
  const today = amsterdamDate(new Date())
  const byHand = weekdayFrom(addDays(today, 150))
  const listed = weekdayFrom(addDays(byHand, 1))
  const listedToo = weekdayFrom(addDays(listed, 1))
  let saturday = addDays(byHand, 1)
  while (weekday(saturday) !== 6) saturday = addDays(saturday, 1)

  const { pc } = await connectedPc(resources, server.port, { manager, user: manager, pcName: 'Goverwelle kantoor' })
  const page = pc.page
  await page.getByRole('button', { name: 'Studiedagen', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Studiedagen', level: 1 })).toBeVisible()
  const table = page.getByRole('table', { name: 'Studiedagen' })
  const removeButton = (date: string) => page.getByRole('button', { name: `Verwijderen ${school.name} ${spoken(date)}` })

  // By hand: a Saturday is refused in Dutch, a weekday is stored.
  const form = page.getByRole('form', { name: 'Studiedag toevoegen' })
  await form.getByRole('button', { name: 'Toevoegen' }).click()
  await expect(form.getByRole('alert')).toHaveText('Kies een school.')
  await form.getByRole('combobox', { name: 'School' }).selectOption({ label: school.name })
  await form.getByLabel('Datum').fill(saturday)
  await form.getByRole('button', { name: 'Toevoegen' }).click()
  await expect(form.getByRole('alert')).toContainText('zaterdag of zondag')
  await form.getByLabel('Datum').fill(byHand)
  await form.getByRole('radio', { name: 'Schoolsluitingsdag' }).check()
  await form.getByRole('button', { name: 'Toevoegen' }).click()
  await expect(form.getByRole('status')).toContainText(`Schoolsluitingsdag van ${school.name} op ${spoken(byHand)} toegevoegd.`)
  await expect(removeButton(byHand)).toBeVisible()

  // From the school's list: two good rows, and one of each kind of row the preview skips.
  const csv = [
    'Datum;Soort',
    `${dutch(listed)};studiedag`,
    `${listedToo};sluiting`,
    `${dutch(saturday)};studiedag`,
    `${dutch(addDays(today, -7))};studiedag`,
    `${dutch(byHand)};studiedag`,
    `${dutch(listed)};schoolsluitingsdag`,
    '31-02-2030;studiedag',
  ].join('\r\n')
  const list = page.getByRole('form', { name: 'Lijst van school importeren' })
  await list.getByRole('combobox', { name: 'School' }).selectOption({ label: school.name })
  await list.getByLabel('CSV-bestand').setInputFiles({ name: 'studiedagen-obs-goverwelle.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}\r\n`) })
  const preview = list.getByRole('table', { name: 'Voorbeeld import' })
  const results = await preview.locator('tbody tr td:last-child').allTextContents()
  expect(results).toEqual([
    'OK', 'OK', 'Overgeslagen: weekend', 'Overgeslagen: in het verleden', 'Overgeslagen: al ingevoerd',
    'Overgeslagen: dubbel in de lijst', 'Overgeslagen: ongeldige datum',
  ])
  await list.getByRole('button', { name: 'Importeren (2)' }).click()
  await expect(list.getByText('2 studiedagen geïmporteerd')).toBeVisible()
  await expect(preview).toHaveCount(0)
  await expect(removeButton(listed)).toBeVisible()
  await expect(removeButton(listedToo)).toBeVisible()
  await expect(table.getByRole('row').filter({ has: removeButton(listedToo) })).toContainText('Schoolsluitingsdag')
  await expect(table.getByRole('row').filter({ has: removeButton(listed) })).toContainText('Kindcentrum Goverwelle')

  // All three reach the server, entered by the manager on this PC.
  const stored = async () => server.db.query<{ id: string; kind: string; by: string; deleted: boolean }>(
    `SELECT id, data->>'kind' AS kind, data->>'by' AS by, deleted FROM documents
      WHERE collection = 'studydays' AND data->>'schoolId' = $1 AND data->>'date' = ANY($2) ORDER BY id`,
    [school.id, [byHand, listed, listedToo]],
  )
  await expect.poll(async () => (await stored()).map((r) => [r.id, r.kind, r.by, r.deleted]), { timeout: 20_000 }).toEqual([
    [`${school.id}:${byHand}`, 'schoolsluitingsdag', manager.id, false],
    [`${school.id}:${listed}`, 'studiedag', manager.id, false],
    [`${school.id}:${listedToo}`, 'schoolsluitingsdag', manager.id, false],
  ])

  // A day entered by mistake is deleted after a confirmation; the server has it deleted too.
  await removeButton(listedToo).click()
  const dialog = page.getByRole('dialog', { name: 'Studiedag verwijderen' })
  await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click()
  await expect(removeButton(listedToo)).toHaveCount(0)
  await expect.poll(async () => (await stored()).find((r) => r.id === `${school.id}:${listedToo}`)?.deleted, { timeout: 20_000 }).toBe(true)

  // A groepsmedewerker signed in on this PC is not offered Studiedagen.
  await signOut(page)
  await signIn(page, anouk)
  await expect(page.getByRole('navigation', { name: 'Schermen' }).getByRole('button', { name: 'Intekenlijsten', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Studiedagen', exact: true })).toHaveCount(0)
})
