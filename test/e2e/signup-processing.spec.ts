// Issue 6, customer service (F6), end to end in real Chromium: a closed sheet of Goverwelle with a
// handful of signed lines is on the server (pushed as the location PC would). Two central customer-
// service PCs (Linda's and Youssef's, each registered for all locations) open it; R9 shows per line
// (a 52-weken child on a contract weekday is included, a schoolweken child goes on the invoice of the
// 10th of the next month, R15). Both go offline, Youssef rejects one line and both process all; back
// online, Linda's PC first: the server holds exactly one decision per line (Linda's), both PCs show
// the same status for every line, and Youssef's PC tells him in its notices (Meldingen).
import { expect, test, type Page } from '@playwright/test'
import type { Child } from '../../shared/domain'
import { lineDecisionId } from '../../shared/domain'
import { amsterdamDate } from '../../shared/calendar'
import { invoiceDate, signupBillingFor } from '../../shared/rules'
import { demoUser } from './support/accounts'
import { syncStatus } from './support/attendance-steps'
import {
  dutchDate, lineRow, lineStatus, openClosedSheet, openProcessing, processAll, rejectLine, seedClosedSheet, type SeededSheet,
} from './support/processing-steps'
import { connectedPc, specResources } from './support/spec-resources'
import { startServer, type TestServer } from './support/stack'

let server: TestServer
const resources = specResources()

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

const linda = demoUser('linda.klantenservice')
const youssef = demoUser('youssef.klantenservice')
const location = { id: 'loc-goverwelle', name: 'Kindcentrum Goverwelle' }

const nameOf = (child: Child) => `${child.firstName} ${child.lastName}`

/** One 52-weken child on a contract weekday, one schoolweken child, and three more BSO children. */
function pickChildren(children: Child[], date: string): Child[] {
  const bso = children.filter((c) => signupBillingFor(c, location.id, date) !== null)
    .sort((a, b) => a.id.localeCompare(b.id))
  const included = bso.find((c) => signupBillingFor(c, location.id, date)?.billing === 'inclusief')
  const schoolweken = bso.find((c) => signupBillingFor(c, location.id, date)?.contract === 'schoolweken')
  if (!included || !schoolweken) throw new Error(`no 52-weken child on a contract day and schoolweken child at ${location.id} on ${date}`)
  const names = new Set([nameOf(included), nameOf(schoolweken)])
  const others = bso.filter((c) => {
    if (names.has(nameOf(c))) return false // rows are found by name: keep names unique
    names.add(nameOf(c))
    return true
  }).slice(0, 3)
  return [included, schoolweken, ...others]
}

interface StoredDecision { id: string; kind: string; targetId: string; by: string; data?: { billing?: string; invoiceDate?: string } }

async function serverDecisions(lineIds: string[]): Promise<StoredDecision[]> {
  const rows = await server.db.query<{ data: StoredDecision }>(
    `SELECT data FROM documents WHERE collection = 'journal' AND NOT deleted AND data->>'targetId' IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(lineIds)],
  )
  return rows.map((r) => r.data)
}

const statuses = async (page: Page, names: string[]) => Promise.all(names.map((name) => lineStatus(page, name)))

test('two customer-service PCs process the same sheet offline: one booking per line, R9 billing, and a notice for the later PC', async () => {
  test.setTimeout(300_000)
  server = await startServer()
  const sheet: SeededSheet = await seedClosedSheet(server, {
    locationId: location.id, today: amsterdamDate(new Date()), manager: 'marieke.jansen', staff: 'anouk.devries', pick: pickChildren,
  })
  const children = sheet.lines.map((l) => sheet.children.get(l.childId)!)
  const names = children.map(nameOf)
  const [included, schoolweken] = names as [string, string]

  const a = await connectedPc(resources, server.port, { manager: linda, user: linda, pcName: 'Klantenservice 1' })
  const b = await connectedPc(resources, server.port, { manager: youssef, user: youssef, pcName: 'Klantenservice 2' })
  for (const pc of [a, b]) {
    await openProcessing(pc.pc.page)
    await openClosedSheet(pc.pc.page, location.name, sheet.date)
    await expect(pc.pc.page.getByRole('table', { name: 'Inschrijvingen' }).getByRole('rowheader')).toHaveCount(names.length)
    for (const name of names) expect(await lineStatus(pc.pc.page, name)).toBe('Te verwerken')
  }
  // R9 now, with the reason, before anything is booked; and the parent's signature as an image.
  const pageA = a.pc.page
  await expect(lineRow(pageA, included).locator('td.line-billing')).toContainText('Inclusief: 52-wekencontract')
  await expect(lineRow(pageA, schoolweken).locator('td.line-billing')).toContainText('Op factuur')
  const parent = sheet.lines[0]!.parentName
  await expect(lineRow(pageA, included).getByRole('img', { name: `Handtekening ${parent}` })).toBeVisible()

  // Both offline; Youssef rejects one line, then both process everything they see open.
  a.proxy.cut()
  b.proxy.cut()
  await expect(syncStatus(pageA)).toContainText('Offline', { timeout: 20_000 })
  await expect(syncStatus(b.pc.page)).toContainText('Offline', { timeout: 20_000 })
  await rejectLine(b.pc.page, names[2]!, 'Kind stond niet op de lijst van school.')
  await expect.poll(() => lineStatus(b.pc.page, names[2]!)).toBe('Afgewezen: Kind stond niet op de lijst van school.')
  await processAll(pageA)
  await processAll(b.pc.page)
  const billedOn = `Verwerkt — op factuur van ${dutchDate(invoiceDate(sheet.date))}`
  await expect.poll(() => lineStatus(pageA, included)).toBe('Verwerkt — inclusief')
  await expect.poll(() => lineStatus(pageA, schoolweken)).toBe(billedOn)
  // Offline, the decisions wait on the PC.
  await expect(syncStatus(pageA)).toContainText(/wijziging(en)? wacht/)

  // Linda's PC reaches the server first, then Youssef's.
  a.proxy.restore()
  await expect(syncStatus(pageA)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })
  b.proxy.restore()
  const onA = await statuses(pageA, names)
  await expect.poll(() => statuses(b.pc.page, names), { timeout: 30_000 }).toEqual(onA)
  await expect(syncStatus(b.pc.page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })

  // The server holds exactly one decision per line: Linda's, with R9's billing and R15's invoice date.
  const decisions = await serverDecisions(sheet.lines.map((l) => l.id))
  expect(decisions).toHaveLength(sheet.lines.length)
  for (const line of sheet.lines) {
    const mine = decisions.filter((d) => d.targetId === line.id)
    expect(mine, `decisions on ${line.id}`).toHaveLength(1)
    expect(mine[0]).toMatchObject({ id: lineDecisionId(line.id), kind: 'verwerkt', by: linda.id })
  }
  const decisionOf = (i: number) => decisions.find((d) => d.targetId === sheet.lines[i]!.id)!
  expect(decisionOf(0).data).toEqual({ billing: 'inclusief' })
  expect(decisionOf(1).data).toEqual({ billing: 'factuur', invoiceDate: invoiceDate(sheet.date) })
  expect(await lineStatus(b.pc.page, names[2]!)).toMatch(/^Verwerkt — /)
  await expect(lineRow(b.pc.page, names[2]!).locator('td.line-decided-by')).toContainText('Linda Meijer')

  // Youssef's PC lost every one of its five decisions and says so; Linda's has nothing to report.
  const meldingen = b.pc.page.getByRole('button', { name: /^Meldingen \(\d+\)$/ })
  await expect(meldingen).toHaveAccessibleName(`Meldingen (${sheet.lines.length})`, { timeout: 30_000 })
  await meldingen.click()
  await expect(b.pc.page.getByRole('dialog', { name: 'Meldingen' }).getByRole('listitem')).toHaveCount(sheet.lines.length)
  await expect(pageA.getByRole('button', { name: 'Meldingen (0)' })).toBeVisible()

  // Done sheets leave the work queue unless asked for.
  await pageA.getByRole('button', { name: 'Terug naar het overzicht' }).click()
  const open = pageA.getByRole('button', { name: `Verwerken ${location.name} ${dutchDate(sheet.date)}`, exact: true })
  await expect(open).toHaveCount(0)
  await pageA.getByRole('checkbox', { name: 'Ook afgehandelde lijsten' }).check()
  await expect(open).toBeVisible()
})
