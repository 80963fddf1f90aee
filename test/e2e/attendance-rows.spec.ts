// The per-child actions of the Aanwezigheidslijst end to end, in real Chromium against a real server
// (SPEC F2, R4–R8, R12): an absence reported on time earns the hours the shared rules give and a late
// one earns none; at the cap the dialog says "Maximum bereikt"; two PCs that record the same absence
// offline leave exactly one credit on the server; a walk-in is listed under "Nog te regelen"; a
// correction keeps the original; the keyboard checks a child in. Dates are chosen so that R4's
// 08:00 deadline cannot depend on when the test runs: a weekday a week ahead (any `gemeld om` today
// is on time) and a weekday ten days back, before the demo's three days of history (any today is late).
import { expect, test, type Page } from '@playwright/test'
import { addDays, amsterdamDate, weekday } from '../../shared/calendar'
import type { Child, LedgerEntry, Location } from '../../shared/domain'
import { absenceId, ledgerIds } from '../../shared/domain'
import { dayPartHours, ledgerBalance, swapHoursEarned } from '../../shared/rules'
import { insertInBatches } from '../../server/demo/document-batches'
import type { TcpProxy } from '../support/tcp-proxy'
import { demoUser } from './support/accounts'
import { careDay, syncStatus } from './support/attendance-steps'
import { connectedPc, specResources } from './support/spec-resources'
import { startServer, type TestPc, type TestServer } from './support/stack'

const manager = demoUser('marieke.jansen')
const anouk = demoUser('anouk.devries')
const fatima = demoUser('fatima.elamrani')
const locationId = 'loc-goverwelle'

let server: TestServer
const resources = specResources()
let a: { pc: TestPc; proxy: TcpProxy }

const today = amsterdamDate(new Date())
const weekdayOnOrAfter = (date: string) => addDays(date, ({ 6: 2, 7: 1 } as Record<number, number>)[weekday(date)] ?? 0)
const ahead = weekdayOnOrAfter(addDays(today, 7))
const back = careDay(addDays(today, -10))

let location: Location
let groupId: string
let children: Child[]
let capChild: Child

async function serverDocs<T>(collection: string, where = 'true', params: unknown[] = []): Promise<T[]> {
  const rows = await server.db.query<{ data: T }>(`SELECT data FROM documents WHERE collection = $1 AND NOT deleted AND ${where}`, [collection, ...params])
  return rows.map((r) => r.data)
}

/** A KDV child with a standaard placement in the group that brings it on `date` (a weekday, no request needed). */
function placedOn(child: Child, date: string): boolean {
  return child.placements.some((p) => p.groupId === groupId && p.careType === 'KDV' && p.contract === 'standaard'
    && p.start <= date && (p.end === undefined || p.end >= date) && p.weekdays.includes(weekday(date)))
}

const pcFor = (user: typeof anouk, pcName: string) => connectedPc(resources, server.port, { manager, user, pcName })

async function openList(page: Page, date: string) {
  await page.getByLabel('Groep').selectOption(groupId)
  await page.getByLabel('Datum').fill(date)
  await expect(page.locator('caption')).toContainText(location.groups.find((g) => g.id === groupId)!.name)
}

const row = (page: Page, childId: string) => page.locator(`tr[data-child-id="${childId}"]`)
const nameOf = (child: Child) => `${child.firstName} ${child.lastName}`
const hours = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',')
const absenceDialog = (page: Page, child: Child) => page.getByRole('dialog', { name: `Afwezig melden: ${nameOf(child)}` })

/** The first child placed on `date` whose row offers `Afwezig melden`, not one of `skip`. */
async function reportableChild(page: Page, date: string, skip: readonly string[] = []): Promise<Child> {
  for (const child of children) {
    if (skip.includes(child.id) || !placedOn(child, date)) continue
    if (await page.getByRole('button', { name: `Afwezig melden ${nameOf(child)}`, exact: true }).count() > 0) return child
  }
  throw new Error(`no child to report absent on ${date}`)
}

async function allSaved(page: Page) {
  await expect(syncStatus(page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })
}

test.describe.serial('per-child actions on the Aanwezigheidslijst', () => {
  test.beforeAll(async () => {
    server = await startServer()
    location = (await serverDocs<Location>('locations', `data->>'id' = $2`, [locationId]))[0]!
    groupId = location.groups.find((g) => g.careType === 'KDV')!.id
    children = (await serverDocs<Child>('children', `data->'locationIds' ? $2`, [locationId]))
      .sort((x, y) => nameOf(x).localeCompare(nameOf(y), 'nl'))
    // A child at the cap (R6: KDV 33 h), credited on the server before the PC's first sync brings it.
    capChild = children.filter((c) => placedOn(c, ahead)).at(-1)!
    const cap: LedgerEntry = {
      id: `handmatig:e2e:${capChild.id}`, childId: capChild.id, locationId, unit: 'ruiluren', careType: 'KDV', kind: 'handmatig',
      amount: 33, date: today, validUntil: addDays(today, 120), reason: 'e2e: aan het maximum', by: fatima.id, device: 'e2e', at: new Date().toISOString(),
    }
    await insertInBatches(server.db, { ledger: [cap] }, { author: fatima.id, device: null, clientTime: null })
    a = await pcFor(anouk, 'Goverwelle rijen 1')
  })

  test.afterAll(async () => {
    await resources.closeAll()
    await server?.close()
  })

  test('an absence reported before the deadline earns the hours the rules give, one after earns none', async () => {
    const page = a.pc.page
    await openList(page, ahead)
    const onTime = await reportableChild(page, ahead, [capChild.id])
    await page.getByRole('button', { name: `Afwezig melden ${nameOf(onTime)}`, exact: true }).click()
    const dialog = absenceDialog(page, onTime)
    await expect(dialog).toBeVisible()
    await dialog.getByLabel('Reden').selectOption('ziek')
    // The oracle: the shared rules over the server's own documents.
    const ticked = await dialog.getByRole('checkbox', { checked: true }).evaluateAll((boxes) => boxes.map((b) => b.parentElement?.textContent?.trim() ?? ''))
    const group = location.groups.find((g) => g.id === groupId)!
    const missed = ticked.reduce((n, part) => n + dayPartHours(group.dayParts.find((p) => p.dayPart === part)!), 0)
    const ledger = await serverDocs<LedgerEntry>('ledger', `data->>'childId' = $2`, [onTime.id])
    const balance = ledgerBalance({ entries: ledger, unit: 'ruiluren', careType: 'KDV', today: ahead }).capBalance
    const expected = swapHoursEarned({ careType: 'KDV', contract: 'standaard', date: ahead, hours: missed, reportedAt: new Date(), balance })
    expect(expected).toBeGreaterThan(0)
    await expect(dialog.getByRole('status')).toContainText(`${hours(expected)} uur ruiluren opgebouwd`)
    await dialog.getByRole('button', { name: 'Opslaan' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('rowgroup', { name: 'Afgemeld' }).locator(`tr[data-child-id="${onTime.id}"]`)).toContainText('Afgemeld (ziek)')
    await allSaved(page)
    const part = ticked.length === 2 ? 'hele dag' : ticked[0]!
    const onTimeId = absenceId(ahead, onTime.id, part as 'hele dag')
    const [credit] = await serverDocs<LedgerEntry>('ledger', `data->>'id' = $2`, [ledgerIds.earnedFromAbsence(onTimeId)])
    expect(credit).toMatchObject({ kind: 'opgebouwd', amount: expected, sourceId: onTimeId, by: anouk.id })
    expect((await serverDocs('absences', `data->>'id' = $2`, [onTimeId]))[0]).toMatchObject({ reportedVia: 'medewerker', by: anouk.id })

    // Ten days back, `gemeld om` today is after that day's 08:00, whatever the hour now: too late.
    await openList(page, back)
    const late = await reportableChild(page, back)
    await page.getByRole('button', { name: `Afwezig melden ${nameOf(late)}`, exact: true }).click()
    const lateDialog = absenceDialog(page, late)
    await lateDialog.getByLabel('Gemeld om').fill('00:01')
    await expect(lateDialog.getByRole('status')).toHaveText('Te laat gemeld: geen ruiluren')
    await lateDialog.getByRole('button', { name: 'Opslaan' }).click()
    await expect(row(page, late.id)).toContainText('Afgemeld (ziek)')
    await allSaved(page)
    const lateAbsences = await serverDocs<{ id: string; reportedAt: string }>('absences', `data->>'childId' = $2 AND data->>'date' = $3`, [late.id, back])
    expect(lateAbsences).toHaveLength(1)
    expect(await serverDocs('ledger', `data->>'sourceId' = $2`, [lateAbsences[0]!.id])).toEqual([])
  })

  test('at the cap the dialog says maximum bereikt and books nothing', async () => {
    const page = a.pc.page
    await openList(page, ahead)
    await page.getByRole('button', { name: `Afwezig melden ${nameOf(capChild)}`, exact: true }).click()
    const dialog = absenceDialog(page, capChild)
    await expect(dialog.getByRole('status')).toHaveText('Maximum bereikt: geen ruiluren (maximum 33 uur)')
    await expect(dialog).toContainText('Tegoed nu 33 uur, maximum 33 uur.')
    await dialog.getByRole('button', { name: 'Annuleren' }).click()
    await expect(dialog).toBeHidden()
  })

  test('two PCs record the same absence offline: after sync exactly one credit on the server', async () => {
    const b = await pcFor(fatima, 'Goverwelle rijen 2')
    await openList(a.pc.page, ahead)
    await openList(b.pc.page, ahead)
    const child = await reportableChild(a.pc.page, ahead, [capChild.id])
    await expect(b.pc.page.getByRole('button', { name: `Afwezig melden ${nameOf(child)}`, exact: true })).toBeVisible()
    a.proxy.cut()
    b.proxy.cut()
    for (const { pc } of [a, b]) {
      await expect(syncStatus(pc.page)).toContainText('Offline', { timeout: 20_000 })
      await pc.page.getByRole('button', { name: `Afwezig melden ${nameOf(child)}`, exact: true }).click()
      const dialog = absenceDialog(pc.page, child)
      await expect(dialog.getByRole('status')).toContainText('uur ruiluren opgebouwd')
      await dialog.getByRole('button', { name: 'Opslaan' }).click()
      await expect(dialog).toBeHidden()
    }
    b.proxy.restore()
    await allSaved(b.pc.page)
    a.proxy.restore()
    await allSaved(a.pc.page)
    const credits = await serverDocs<LedgerEntry>('ledger', `data->>'childId' = $2 AND data->>'kind' = 'opgebouwd' AND data->>'date' = $3`, [child.id, ahead])
    expect(credits).toHaveLength(1)
    expect(credits[0]).toMatchObject({ by: fatima.id })
    // The PC that reached the server first keeps its report; the other one's meets it on the same id.
    const absences = await serverDocs<{ id: string; by: string }>('absences', `data->>'childId' = $2 AND data->>'date' = $3`, [child.id, ahead])
    expect(absences).toEqual([expect.objectContaining({ id: credits[0]!.sourceId, by: fatima.id })])
  })

  test('a walk-in is checked in at once and listed under Nog te regelen', async () => {
    const page = a.pc.page
    const day = careDay(today)
    await openList(page, day)
    const onList = new Set(await page.locator('tr[data-child-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-child-id'))))
    const walkIn = children.find((c) => !onList.has(c.id) && !c.placements.some((p) => p.groupId === groupId))!
    await page.getByRole('button', { name: 'Kind toevoegen' }).click()
    const dialog = page.getByRole('dialog', { name: 'Kind toevoegen' })
    await dialog.getByLabel('Zoek kind op naam').fill(nameOf(walkIn))
    await dialog.getByRole('button', { name: `Toevoegen en inchecken ${nameOf(walkIn)}`, exact: true }).click()
    await expect(dialog).toBeHidden()
    const regularise = page.getByRole('rowgroup', { name: 'Nog te regelen' })
    await expect(regularise.locator(`tr[data-child-id="${walkIn.id}"] time`).first()).toHaveAttribute('datetime', /T/)
    await expect(regularise).toContainText('ongepland')
    await allSaved(page)
    const [stored] = await serverDocs<{ entries: { childId: string; unplanned: boolean; checkIn?: string }[] }>('attendance', `data->>'id' = $2`, [`${day}:${groupId}`])
    expect(stored?.entries.find((e) => e.childId === walkIn.id)).toMatchObject({ unplanned: true, checkIn: expect.any(String) })
  })

  test('a correction keeps the original: the absence struck through, the old check-in time in the record', async () => {
    const page = a.pc.page
    await openList(page, back)
    const absent = page.getByRole('rowgroup', { name: 'Afgemeld' }).locator('tr[data-child-id]').first()
    const childId = (await absent.getAttribute('data-child-id'))!
    const child = children.find((c) => c.id === childId)!
    await page.getByRole('button', { name: `Afmelding corrigeren ${nameOf(child)}`, exact: true }).click()
    const dialog = page.getByRole('dialog', { name: `Afmelding corrigeren: ${nameOf(child)}` })
    await dialog.getByLabel('Reden van de correctie').fill('Verkeerd kind afgemeld.')
    await dialog.getByRole('button', { name: 'Correctie opslaan' }).click()
    await expect(dialog).toBeHidden()
    // Back on the list (the absence no longer counts), the original still shown, struck through.
    await expect(page.getByRole('button', { name: `Afwezig melden ${nameOf(child)}`, exact: true })).toBeVisible()
    await expect(row(page, childId).locator('del')).toContainText('Afgemeld (ziek)')
    await expect(row(page, childId)).toContainText('gecorrigeerd: Verkeerd kind afgemeld.')
    await allSaved(page)
    const [absence] = await serverDocs<{ id: string }>('absences', `data->>'childId' = $2 AND data->>'date' = $3`, [childId, back])
    expect(absence).toBeDefined()
    expect((await serverDocs('journal', `data->>'id' = $2`, [`correctie:${absence!.id}`]))[0]).toMatchObject({ kind: 'correctie', targetId: absence!.id, by: anouk.id })

    // A wrong check-in time: corrected, the original kept in the journal and shown struck through.
    const checkIn = row(page, childId).getByRole('button', { name: `Inchecken ${nameOf(child)}`, exact: true })
    await checkIn.click()
    await expect(checkIn).toBeDisabled()
    await page.getByRole('button', { name: `Registratie corrigeren ${nameOf(child)}`, exact: true }).click()
    const fix = page.getByRole('dialog', { name: `Registratie corrigeren: ${nameOf(child)}` })
    await fix.getByLabel('Binnen om').fill('08:15')
    await fix.getByLabel('Reden van de correctie').fill('Te laat ingevoerd.')
    await fix.getByRole('button', { name: 'Correctie opslaan' }).click()
    await expect(fix).toBeHidden()
    await expect(row(page, childId).locator('td time').first()).toHaveText('08:15')
    await expect(row(page, childId).locator('del').last()).toContainText('binnen')
    await allSaved(page)
    const ref = `${back}:${groupId}:${childId}`
    expect((await serverDocs('journal', `data->>'targetId' = $2`, [ref]))[0]).toMatchObject({ id: `correctie:${ref}:1`, reason: 'Te laat ingevoerd.' })
  })

  test('the keyboard moves through the rows and checks the focused child in with i', async () => {
    const page = a.pc.page
    await openList(page, ahead)
    const rows = page.locator('tbody').first().locator('tr[data-child-id]')
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-child-id') ?? ''))
    const target = ids.findIndex((id, i) => i > 0 && children.some((c) => c.id === id && placedOn(c, ahead)))
    await rows.nth(target - 1).focus()
    await page.keyboard.press('ArrowDown')
    await expect(rows.nth(target)).toBeFocused()
    await page.keyboard.press('i')
    const child = children.find((c) => c.id === ids[target])!
    await expect(page.getByRole('status', { name: 'Aankondigingen' })).toContainText(`${nameOf(child)} ingecheckt om`)
    await expect(row(page, child.id).getByRole('button', { name: `Inchecken ${nameOf(child)}`, exact: true })).toBeDisabled()
  })
})
