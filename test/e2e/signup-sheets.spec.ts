// Intekenlijsten at the location (F6), in real Chromium against a real server with the demo data: the
// coming study days of the location, a sheet made when it is first opened, its candidates with R9's
// billing, lines signed through Tekenmodus and lines arriving from another PC of the location while
// the sheet is open, a withdrawal with its reason, closing the sheet, and the sheet as a PDF that holds
// every line and its signature over more than one page (read back with pdf-parse).
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { PDFParse } from 'pdf-parse'
import { demoLocationIds } from '../../shared/demo/organisation'
import type { Child, JournalEntry, SignupLine, SignupSheet } from '../../shared/domain'
import { signupSheetId } from '../../shared/domain'
import { signupBillingFor } from '../../shared/rules'
import { addDevice } from '../server/support/devices'
import { demoUser } from './support/accounts'
import { ready } from './support/attendance-steps'
import { registerPc, signIn } from './support/session-steps'
import { openSheet, sheetDate, signUp, upcomingStudyDay, type StudyDayCase } from './support/signup-steps'
import { specResources } from './support/spec-resources'
import { startServer, type TestPc, type TestServer } from './support/stack'

test.describe.configure({ mode: 'serial' })

let server: TestServer
let pc: TestPc
let day: StudyDayCase
const resources = specResources()
/** What the page sent over the bridge's WebSocket to its PC host (the print.pdf request). */
const bridgeFrames: string[] = []

const manager = demoUser('marieke.jansen')
const anouk = demoUser('anouk.devries')
const goverwelle = demoLocationIds[0]!
/** Enough lines that the printed sheet needs more than one A4 page. */
const lineCount = 26

const nameOf = (c: Child) => `${c.firstName} ${c.lastName}`
const parentOf = (c: Child) => c.parents[0]?.name ?? 'Ouder'
const sheetTitle = () => `Intekenlijst ${sheetDate(day.date)}`
const sheet = (page: Page) => page.getByRole('region', { name: sheetTitle() })
const linesTable = (page: Page) => sheet(page).getByRole('table', { name: 'Inschrijvingen' })
const lineRows = (page: Page) => linesTable(page).locator('tbody tr')
const rowOf = (page: Page, child: Child) => linesTable(page).locator(`tbody tr[data-child-id="${child.id}"]`)
const lineRow = (page: Page, lineId: string) => linesTable(page).locator(`tbody tr[data-line-id="${lineId}"]`)

async function docs<T>(collection: string): Promise<T[]> {
  return (await server.db.query<{ data: T }>('SELECT data FROM documents WHERE collection = $1 AND NOT deleted', [collection])).map((r) => r.data)
}

/** A signature as a pad records it: a wave per line, so every line has its own. */
function signature(i: number): SignupLine['signature'] {
  const points: [number, number, number, number][] = []
  for (let x = 20; x < 560; x += 12) points.push([x, 100 + 40 * Math.sin(x / (18 + i)), x, 0.6])
  return { width: 600, height: 200, strokes: [{ points }, { points: [[40, 160, 0, 0.5], [540, 150, 300, 0.5]] }] }
}

/** Lines signed on another PC of the location, pushed to the server as that PC's replication does. */
async function pushLinesFromAnotherPc(children: readonly Child[]): Promise<SignupLine[]> {
  const device = await addDevice(server.db, [goverwelle], { name: 'Goverwelle groepsruimte 2' })
  const at = new Date(Date.now() - 60_000).toISOString()
  const lines: SignupLine[] = children.map((child, i) => ({
    id: randomUUID(), sheetId: signupSheetId(goverwelle, day.date), locationId: goverwelle, date: day.date, childId: child.id,
    ...(i % 3 === 0 ? { times: { start: '08:30', end: '16:00' } } : { dayPart: 'hele dag' as const }),
    parentName: parentOf(child), signature: signature(i), signedAt: at,
    billing: signupBillingFor(child, goverwelle, day.date)!.billing, by: anouk.id, device: device.deviceId, at,
  }))
  const response = await fetch(`${server.url}/sync/signuplines/push`, {
    method: 'POST', headers: { ...device.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ rows: lines.map((line) => ({ newDocumentState: { ...line, _deleted: false } })) }),
  })
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ conflicts: [] })
  return lines
}

test.beforeAll(async () => {
  test.setTimeout(180_000)
  server = await startServer()
  // A coming day without a sheet yet: the demo hangs each sheet two weeks ahead of its day.
  day = await upcomingStudyDay(server, goverwelle, 15)
  pc = await resources.openPc({ serverUrl: server.url })
  // The bridge's socket opens with the page: listen first, then load it again.
  pc.page.on('websocket', (ws) => ws.on('framesent', (frame) => { bridgeFrames.push(String(frame.payload)) }))
  await pc.page.reload()
  await registerPc(pc.page, manager, 'Goverwelle groepsruimte 1')
  // With her PIN: leaving Tekenmodus asks for it.
  await signIn(pc.page, anouk, { pin: true })
  await ready(pc.page)
})

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

test('the coming study days of the location; opening one makes its sheet; the picker offers its children with R9', async () => {
  const page = pc.page
  const sheetsBefore = (await docs<SignupSheet>('signupsheets')).filter((s) => s.id === signupSheetId(goverwelle, day.date))
  await page.getByRole('navigation', { name: 'Schermen' }).getByRole('button', { name: 'Intekenlijsten', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Intekenlijsten', level: 1 })).toBeVisible()
  // Anouk works at Goverwelle only: no location to choose.
  await expect(page.getByLabel('Locatie', { exact: true })).toHaveCount(0)
  const upcoming = page.getByRole('table', { name: 'Komende studiedagen' })
  const dayRow = upcoming.getByRole('row').filter({ has: page.getByRole('button', { name: sheetTitle(), exact: true }) })
  await expect(dayRow).toHaveCount(1)
  if (sheetsBefore.length === 0) await expect(dayRow.getByRole('cell').last()).toHaveText('Nog niet geopend')
  const dates = await upcoming.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-date') ?? ''))
  expect(dates).toEqual([...dates].sort())

  await openSheet(page, day.date)
  await expect(sheet(page).getByText('Open', { exact: true })).toBeVisible()
  await expect(dayRow.getByRole('cell').last()).toHaveText('Open')
  await expect.poll(async () => (await docs<SignupSheet>('signupsheets')).find((s) => s.id === signupSheetId(goverwelle, day.date))?.status,
    { timeout: 20_000 }).toBe('open')

  // The picker: exactly the BSO children whose school is closed that day, and R9 as soon as one is chosen.
  await sheet(page).getByRole('button', { name: 'Inschrijving toevoegen', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Inschrijving toevoegen' })
  await dialog.getByRole('combobox', { name: 'Kind' }).focus()
  const options = await dialog.getByRole('option').allTextContents()
  expect([...options].sort()).toEqual(day.children.map(nameOf).sort())
  const child = day.children[0]!
  await dialog.getByRole('combobox', { name: 'Kind' }).fill(child.firstName)
  await dialog.getByRole('option', { name: nameOf(child), exact: true }).click()
  const verdict = signupBillingFor(child, goverwelle, day.date)!
  await expect(dialog.getByRole('region', { name: 'Kosten' })).toContainText(verdict.billing === 'inclusief' ? 'Inclusief' : 'Op factuur')
  // Tijden are checked before the parent signs.
  await dialog.getByRole('radio', { name: 'Tijden', exact: true }).check()
  await dialog.getByRole('textbox', { name: 'Van', exact: true }).fill('17:00')
  await dialog.getByRole('textbox', { name: 'Tot', exact: true }).fill('09:00')
  await dialog.getByRole('textbox', { name: 'Naam ouder', exact: true }).fill(parentOf(child))
  await dialog.getByRole('button', { name: 'Laten tekenen', exact: true }).click()
  await expect(dialog.getByRole('alert')).toHaveText('‘Van’ moet vóór ‘Tot’ liggen.')
  await dialog.getByRole('button', { name: 'Annuleren', exact: true }).click()
  await expect(dialog).toBeHidden()
})

test('lines signed here and on another PC of the location show at once; a signed line is withdrawn with a reason', async () => {
  test.setTimeout(240_000)
  const page = pc.page
  const [first, second, ...others] = day.children
  if (!first || !second) throw new Error('the study day needs two children')
  await signUp(page, { child: nameOf(first), parent: parentOf(first), staff: anouk, seed: 1 })
  await signUp(page, { child: nameOf(second), parent: parentOf(second), times: { start: '08:30', end: '16:00' }, staff: anouk, seed: 2 })
  await expect(lineRows(page)).toHaveCount(2)
  const lineId = (await rowOf(page, first).getAttribute('data-line-id'))!
  const firstRow = lineRow(page, lineId)
  await expect(firstRow.getByRole('img', { name: `Handtekening ${parentOf(first)}` })).toBeVisible()
  await expect(firstRow).toContainText('Hele dag')
  await expect(firstRow).toContainText('Getekend')
  await expect(rowOf(page, second)).toContainText('08:30–16:00')

  // A child whose line stands is `al ingeschreven` on the picker and cannot be chosen.
  await sheet(page).getByRole('button', { name: 'Inschrijving toevoegen', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Inschrijving toevoegen' })
  await dialog.getByRole('combobox', { name: 'Kind' }).fill(nameOf(first))
  await expect(dialog.getByRole('option', { name: nameOf(first) })).toHaveAttribute('aria-disabled', 'true')
  await expect(dialog.getByRole('option', { name: nameOf(first) })).toContainText('al ingeschreven')
  await dialog.getByRole('button', { name: 'Annuleren', exact: true }).click()

  // Lines of the other PC arrive while the sheet is open, without a reload.
  const fromElsewhere = Array.from({ length: lineCount - 2 }, (_, i) => others.length > 0 ? others[i % others.length]! : day.children[i % day.children.length]!)
  await pushLinesFromAnotherPc(fromElsewhere)
  await expect(lineRows(page)).toHaveCount(lineCount, { timeout: 20_000 })
  await expect(linesTable(page).getByRole('img', { name: /^Handtekening / })).toHaveCount(lineCount)

  // Intrekken: a reason is required; the line stays, withdrawn, and the fact reaches the server.
  await firstRow.getByRole('button', { name: `Intrekken ${nameOf(first)}`, exact: true }).click()
  const withdraw = page.getByRole('dialog', { name: 'Inschrijving intrekken' })
  await withdraw.getByRole('button', { name: 'Intrekken', exact: true }).click()
  await expect(withdraw.getByRole('alert')).toHaveText('Geef een reden op.')
  await withdraw.getByRole('textbox', { name: 'Reden' }).fill('Oma past toch op.')
  await withdraw.getByRole('button', { name: 'Intrekken', exact: true }).click()
  await expect(withdraw).toBeHidden()
  await expect(firstRow).toContainText('Ingetrokken: Oma past toch op.')
  await expect(firstRow.getByRole('button', { name: /^Intrekken/ })).toHaveCount(0)
  await expect.poll(async () => (await docs<JournalEntry>('journal')).find((j) => j.id === `intrekking:${lineId}`), { timeout: 20_000 })
    .toMatchObject({ kind: 'intrekking', targetId: lineId, locationId: goverwelle, date: day.date, reason: 'Oma past toch op.', by: anouk.id })
})

test('Lijst sluiten closes the sheet: nothing is added or withdrawn any more, and the server holds who closed it', async () => {
  const page = pc.page
  await sheet(page).getByRole('button', { name: 'Lijst sluiten', exact: true }).click()
  const confirm = page.getByRole('dialog', { name: 'Lijst sluiten' })
  await confirm.getByRole('button', { name: 'Sluiten', exact: true }).click()
  await expect(confirm).toBeHidden()
  await expect(sheet(page).getByText('Gesloten', { exact: true })).toBeVisible()
  await expect(sheet(page).getByRole('button', { name: 'Inschrijving toevoegen' })).toHaveCount(0)
  await expect(sheet(page).getByRole('button', { name: 'Lijst sluiten' })).toHaveCount(0)
  await expect(sheet(page).getByRole('button', { name: /^Intrekken / })).toHaveCount(0)
  await expect(sheet(page)).toContainText('Gesloten door Anouk de Vries')
  await expect.poll(async () => (await docs<SignupSheet>('signupsheets')).find((s) => s.id === signupSheetId(goverwelle, day.date)), { timeout: 20_000 })
    .toMatchObject({ status: 'gesloten', closedBy: anouk.id })
})

test('the sheet as a PDF holds every line with its signature, over more than one page', async () => {
  const page = pc.page
  const lines = (await docs<SignupLine>('signuplines')).filter((l) => l.sheetId === signupSheetId(goverwelle, day.date))
  expect(lines).toHaveLength(lineCount)

  // Afdrukken: the sheet goes into the print-only document, every signature with it.
  await sheet(page).getByRole('button', { name: 'Afdrukken', exact: true }).click()
  const printed = page.locator('body > .print-target')
  await expect(printed).toHaveCount(1)
  // Only in print does it show, the app hidden behind it.
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('#root')).toBeHidden()
  await expect(printed.getByRole('img', { name: /^Handtekening / })).toHaveCount(lineCount)
  await expect(printed.locator('tbody tr')).toHaveCount(lineCount)
  await page.emulateMedia({ media: 'screen' })

  await sheet(page).getByRole('button', { name: 'Opslaan als pdf', exact: true }).click()
  const saved = sheet(page).getByRole('status').filter({ hasText: 'Opgeslagen: ' })
  await expect(saved).toBeVisible({ timeout: 30_000 })
  const path = (await saved.textContent())!.replace('Opgeslagen: ', '').trim()
  expect(path).toMatch(/Intekenlijst .*\.pdf$/)

  // What went to print.pdf: one document with every line's signature as inline SVG, paths drawn.
  const request = bridgeFrames.map((f) => JSON.parse(f) as { method?: string; args?: { html: string } }).findLast((f) => f.method === 'print.pdf')
  const html = request?.args?.html ?? ''
  expect(html.match(/<svg role="img" aria-label="Handtekening [^"]+"/g)).toHaveLength(lineCount)
  expect(html.match(/<path d="M/g)?.length ?? 0).toBeGreaterThanOrEqual(lineCount * 2)

  // The PDF itself: more than one page, the header, and every child and parent.
  const parser = new PDFParse({ data: new Uint8Array(await readFile(path)) })
  try {
    const { text, total } = await parser.getText()
    const flat = text.replace(/\s+/g, ' ')
    expect(total).toBeGreaterThanOrEqual(2)
    expect(flat).toContain(sheetTitle())
    expect(flat).toContain(`${day.location.name} · ${sheetDate(day.date)} · Gesloten`)
    const children = new Map(day.children.map((c) => [c.id, c]))
    for (const line of lines) {
      expect(flat).toContain(nameOf(children.get(line.childId)!))
      expect(flat).toContain(line.parentName)
    }
    expect(flat).toContain('Ingetrokken: Oma past toch op.')
  } finally {
    await parser.destroy()
  }
})
