// Dag aanvragen end to end, in real Chromium against a real server (SPEC F3, R1–R3, R9–R11, R20): the
// form offers only what the rules allow — a study day never `ruiluren`, a `52-weken` contract's
// weekday `inclusief` — refuses a date 30 days ahead with the Dutch reason, reserves swap hours the
// moment the request is submitted (the balance shown drops), and `Direct goedkeuren` puts the child on
// that day's Aanwezigheidslijst. The demo organisation is read on the server to pick a child and a
// date that fit; a study day and swap-hour credits are added there before the PC's first sync.
import { expect, test, type Page } from '@playwright/test'
import { addDays, amsterdamDate, weekday } from '../../shared/calendar'
import type { Absence, Child, LedgerEntry, Location, Placement, Request, StudyDay } from '../../shared/domain'
import { ledgerIds, studyDayId } from '../../shared/domain'
import { ledgerBalance, requestRoom } from '../../shared/rules'
import { insertInBatches } from '../../server/demo/document-batches'
import type { TcpProxy } from '../support/tcp-proxy'
import { demoUser } from './support/accounts'
import { syncStatus } from './support/attendance-steps'
import { connectedPc, specResources } from './support/spec-resources'
import { startServer, type TestPc, type TestServer } from './support/stack'

const manager = demoUser('marieke.jansen')
const fatima = demoUser('fatima.elamrani') // senior: may submit and decide requests of Goverwelle
const locationId = 'loc-goverwelle'
const today = amsterdamDate(new Date())

let server: TestServer
const resources = specResources()
let a: { pc: TestPc; proxy: TcpProxy }
let location: Location
let children: Child[]

/** The KDV child whose extra morning is paid with swap hours and approved at once. */
let kdvChild: Child
let kdvGroupId: string
let kdvDate: string
/** The BSO `52-weken` child whose contract weekday is a study day of its school. */
let bsoChild: Child
let studyDate: string
let plainDate: string

async function serverDocs<T>(collection: string, where = 'true', params: unknown[] = []): Promise<T[]> {
  const rows = await server.db.query<{ data: T }>(`SELECT data FROM documents WHERE collection = $1 AND NOT deleted AND ${where}`, [collection, ...params])
  return rows.map((r) => r.data)
}

const nameOf = (child: Child) => `${child.firstName} ${child.lastName}`
const hours = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',')
const weekdaysAhead = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => addDays(today, from + i)).filter((d) => weekday(d) <= 5)
const running = (p: Placement, date: string) => p.start <= date && (p.end === undefined || p.end >= date)
const credit = (child: Child, careType: 'KDV' | 'BSO', amount: number): LedgerEntry => ({
  id: `handmatig:e2e-aanvraag:${child.id}`, childId: child.id, locationId, unit: 'ruiluren', careType, kind: 'handmatig', amount,
  date: today, validUntil: addDays(today, 120), reason: 'e2e: tegoed voor een aanvraag', by: fatima.id, device: 'e2e', at: new Date().toISOString(),
})

/** A KDV child, a weekday it is not placed and a morning its group has room for (R11 on the server's documents). */
async function pickKdvRequest(): Promise<void> {
  const unique = children.filter((c) => children.filter((o) => nameOf(o) === nameOf(c)).length === 1)
  for (const date of weekdaysAhead(2, 14)) {
    const absences = await serverDocs<Absence>('absences', `data->>'date' = $2`, [date])
    for (const child of unique) {
      const placement = child.placements.find((p) => p.careType === 'KDV' && p.contract === 'standaard' && p.locationId === locationId && running(p, date))
      if (!placement || placement.weekdays.includes(weekday(date)) || child.placements.some((p) => p.groupId === placement.groupId && p !== placement)) continue
      const group = location.groups.find((g) => g.id === placement.groupId)!
      const requests = await serverDocs<Request>('requests', `data->>'groupId' = $2 AND data->>'date' = $3`, [group.id, date])
      if (requests.some((r) => r.childId === child.id)) continue
      const room = requestRoom({ group, request: { id: 'new', childId: child.id, date, dayPart: 'ochtend' }, children, requests, absences })
      if (room.room) {
        ;[kdvChild, kdvGroupId, kdvDate] = [child, group.id, date]
        return
      }
    }
  }
  throw new Error('no KDV child with a free weekday and room in its group')
}

/** A BSO `52-weken` child with a school, a contract weekday to make a study day, and a plain day without one. */
async function pickStudyDay(): Promise<StudyDay> {
  const studyDays = new Set((await serverDocs<StudyDay>('studydays')).map((s) => s.id))
  for (const child of children) {
    const placement = child.placements.find((p) => p.careType === 'BSO' && p.contract === '52-weken' && p.locationId === locationId && running(p, today))
    const school = location.schools.find((s) => s.id === child.schoolId)
    if (!placement || !school) continue
    const free = weekdaysAhead(3, 20).filter((d) => running(placement, d) && !studyDays.has(studyDayId(school.id, d)))
    const study = free.find((d) => placement.weekdays.includes(weekday(d)))
    const plain = free.find((d) => d !== study)
    if (!study || !plain) continue
    ;[bsoChild, studyDate, plainDate] = [child, study, plain]
    return { id: studyDayId(school.id, study), schoolId: school.id, schoolName: school.name, date: study, kind: 'studiedag', by: fatima.id, device: 'e2e', at: new Date().toISOString() }
  }
  throw new Error('no BSO 52-weken child with a school')
}

async function openRequestScreen(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Dag aanvragen' }).click()
  await expect(page.getByRole('heading', { name: 'Dag aanvragen', level: 1 })).toBeVisible()
}

async function chooseChild(page: Page, child: Child) {
  const box = page.getByRole('combobox', { name: 'Kind', exact: true })
  await box.fill(nameOf(child))
  await page.getByRole('option', { name: nameOf(child), exact: true }).click()
  await expect(box).toHaveValue(nameOf(child))
}

const optionsOf = (page: Page, label: string) => page.getByLabel(label, { exact: true }).locator('option').allTextContents()

test.describe.serial('Dag aanvragen', () => {
  test.beforeAll(async () => {
    server = await startServer()
    location = (await serverDocs<Location>('locations', `data->>'id' = $2`, [locationId]))[0]!
    children = (await serverDocs<Child>('children', `data->'locationIds' ? $2`, [locationId])).sort((x, y) => nameOf(x).localeCompare(nameOf(y), 'nl'))
    await pickKdvRequest()
    const studyDay = await pickStudyDay()
    await insertInBatches(server.db, { studydays: [studyDay], ledger: [credit(kdvChild, 'KDV', 20), credit(bsoChild, 'BSO', 10)] },
      { author: fatima.id, device: null, clientTime: null })
    a = await connectedPc(resources, server.port, { manager, user: fatima, pcName: 'Goverwelle aanvragen' })
  })

  test.afterAll(async () => {
    await resources.closeAll()
    await server?.close()
  })

  test('a study day never offers ruiluren: a 52-weken contract weekday is inclusief', async () => {
    const page = a.pc.page
    await openRequestScreen(page)
    await chooseChild(page, bsoChild)
    // A plain day: the 10 swap hours cover the naschools part, so ruiluren is offered.
    await page.getByLabel('Datum', { exact: true }).fill(plainDate)
    await expect.poll(() => optionsOf(page, 'Betaling')).toEqual(['Ruiluren', 'Berekenen op factuur'])
    // The school's study day on one of the contract's weekdays: included, never swap hours (R9).
    await page.getByLabel('Datum', { exact: true }).fill(studyDate)
    await expect.poll(() => optionsOf(page, 'Soort')).toEqual(['Studiedag'])
    await expect.poll(() => optionsOf(page, 'Betaling')).toEqual(['Inclusief (52-weken contract)'])
    await expect(page.getByText('Studiedag of schoolsluitingsdag van de school: ruiluren kunnen deze dag niet betalen.')).toBeVisible()
    // R3: a parent could not ask this; staff may, and are told why it came to them.
    await expect(page.getByText(/^Alleen een medewerker kan dit aanvragen\./)).toBeVisible()
  })

  test('a date 30 days ahead is refused with the Dutch reason', async () => {
    const page = a.pc.page
    await openRequestScreen(page)
    await chooseChild(page, kdvChild)
    await page.getByLabel('Datum', { exact: true }).fill(addDays(today, 30))
    await expect(page.getByRole('alert')).toHaveText('Opvang kan maximaal 28 dagen van tevoren worden aangevraagd.')
    await expect(page.getByRole('button', { name: 'Aanbieden ter goedkeuring' })).toBeDisabled()
  })

  test('ruiluren are reserved at once, and Direct goedkeuren puts the child on that day\'s list', async () => {
    const page = a.pc.page
    await openRequestScreen(page)
    await chooseChild(page, kdvChild)
    const ledger = await serverDocs<LedgerEntry>('ledger', `data->>'childId' = $2`, [kdvChild.id])
    const before = ledgerBalance({ entries: ledger, unit: 'ruiluren', careType: 'KDV', today }).valid
    const balances = page.getByRole('list', { name: 'Tegoeden' })
    await expect(balances).toContainText(`Ruiluren KDV: ${hours(before)} uur geldig`)

    await page.getByLabel('Groep', { exact: true }).selectOption(kdvGroupId)
    await page.getByLabel('Datum', { exact: true }).fill(kdvDate)
    await page.getByLabel('Dagdeel', { exact: true }).selectOption('ochtend')
    await expect(page.getByText('5,5 uur', { exact: true })).toBeVisible()
    await page.getByLabel('Betaling', { exact: true }).selectOption({ label: 'Ruiluren' })
    await page.getByLabel('Opmerkingen', { exact: true }).fill('Komt toch, opa is ziek.')
    await page.getByRole('button', { name: 'Aanbieden ter goedkeuring' }).click()
    await expect(page.getByText(/aangeboden ter goedkeuring\. 5,5 uur ruiluren gereserveerd\./)).toBeVisible()
    await expect(balances).toContainText(`Ruiluren KDV: ${hours(before - 5.5)} uur geldig`)
    await expect(page.getByText('Status: wacht op goedkeuring')).toBeVisible()

    // The user may decide (a senior of the location): the app offers it at once, with the group's room.
    await expect(page.getByText(/^Plek op de groep \(ochtend\)/)).toBeVisible()
    await page.getByRole('button', { name: 'Direct goedkeuren' }).click()
    await expect(page.getByText('Status: goedgekeurd')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Direct goedkeuren' })).toHaveCount(0)

    await page.getByRole('navigation').getByRole('button', { name: 'Aanwezigheidslijst' }).click()
    await page.getByLabel('Groep').selectOption(kdvGroupId)
    await page.getByLabel('Datum').fill(kdvDate)
    await expect(page.locator(`tr[data-child-id="${kdvChild.id}"]`)).toContainText('ochtend')

    // On the server: the request with its decision, the reservation made final, the balance as shown.
    await expect(syncStatus(page)).toContainText('Alles opgeslagen op de server', { timeout: 30_000 })
    const [stored] = await serverDocs<Request>('requests', `data->>'childId' = $2 AND data->>'date' = $3`, [kdvChild.id, kdvDate])
    expect(stored).toMatchObject({
      status: 'goedgekeurd', kind: 'ruildag', payment: 'ruiluren', hours: 5.5, submittedVia: 'medewerker', by: fatima.id,
      remarks: 'Komt toch, opa is ziek.', decisions: [{ status: 'goedgekeurd', by: fatima.id }],
    })
    const held = await serverDocs<LedgerEntry>('ledger', `data->>'sourceId' = $2`, [stored!.id])
    expect(held.map((e) => [e.id, e.kind, e.amount]).sort()).toEqual([
      [ledgerIds.spent(stored!.id), 'besteed', 5.5], [ledgerIds.reservation(stored!.id), 'gereserveerd', 5.5],
    ])
    const after = await serverDocs<LedgerEntry>('ledger', `data->>'childId' = $2`, [kdvChild.id])
    expect(ledgerBalance({ entries: after, unit: 'ruiluren', careType: 'KDV', today }).valid).toBeCloseTo(before - 5.5, 6)
  })

  test('from the list row of an absent child, the same form opens as a dialog prefilled with child, group and date', async () => {
    const page = a.pc.page // still on the list of kdvDate, where the approved request put the child
    const name = nameOf(kdvChild)
    await page.getByRole('button', { name: `Afwezig melden ${name}`, exact: true }).click()
    await page.getByRole('dialog', { name: `Afwezig melden: ${name}` }).getByRole('button', { name: 'Opslaan' }).click()
    await page.getByRole('button', { name: `Dag aanvragen ${name}`, exact: true }).click()
    const dialog = page.getByRole('dialog', { name: `Dag aanvragen ${name}` })
    await expect(dialog.getByLabel('Groep', { exact: true })).toHaveValue(kdvGroupId)
    await expect(dialog.getByLabel('Datum', { exact: true })).toHaveValue(kdvDate)
    await dialog.getByLabel('Betaling', { exact: true }).selectOption({ label: 'Berekenen op factuur' })
    await dialog.getByRole('button', { name: 'Aanbieden ter goedkeuring' }).click()
    await expect(dialog.getByText(/aangeboden ter goedkeuring\.$/)).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Direct goedkeuren' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Sluiten' }).click()
    await expect(dialog).toBeHidden()
  })
})
