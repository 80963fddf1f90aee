// Issue 6's end-to-end chain, in real Chromium against a real server with the demo data: a coming day
// is made a study day for Goverwelle's schools (pushed as a manager's PC would, before any PC syncs).
// Location PC A goes offline and takes 30 sign-ups with mouse-drawn signatures; it is closed and
// reopened from its on-disk folders, still offline, and shows all 30 with the same signatures. Location
// PC B, also offline, signs up two other children for the same day. Both come online: the server holds
// 32 lines, neither PC has a notice, both show 32. Staff close the sheet; a customer-service PC
// processes it with `Alles verwerken`: one `verwerkt` decision per line, R9 per child (a 52-weken child
// on a contract weekday inclusief, a schoolweken child on the invoice of the 10th of the next month,
// R15), and the location sees `Verwerkt`. Few start-ups (each PC's first sync is the slow part): one
// server, A and B started side by side, one restart of A, one customer-service PC.
import { expect, test, type Page } from '@playwright/test'
import { demoLocations } from '../../shared/demo/organisation'
import type { Child, JournalEntry, SignupLine, SignupSheet, StudyDay } from '../../shared/domain'
import { lineDecisionId, signupSheetId, studyDayId } from '../../shared/domain'
import { addDays, amsterdamDate, weekday } from '../../shared/calendar'
import { bsoPlacementOn, invoiceDate, sheetCandidates, signupBillingFor } from '../../shared/rules'
import { strokePath } from '../../renderer/src/features/signup/signature-path'
import type { TcpProxy } from '../support/tcp-proxy'
import { addDevice } from '../server/support/devices'
import { demoUser, type DemoUser } from './support/accounts'
import { ready, syncStatus } from './support/attendance-steps'
import { localDocument } from './support/local-store'
import { dutchDate, lineStatus, openClosedSheet, openProcessing, processAll } from './support/processing-steps'
import { registerPc, signIn, signInIfAsked } from './support/session-steps'
import { openSheet, sheetDate, signUp } from './support/signup-steps'
import { connectedPc, specResources } from './support/spec-resources'
import { startServer, type TestPc, type TestServer } from './support/stack'

test.describe.configure({ mode: 'serial' })

const manager = demoUser('marieke.jansen')
const anouk = demoUser('anouk.devries')
const sem = demoUser('sem.bakker')
const linda = demoUser('linda.klantenservice')
const goverwelle = demoLocations[0]!
/** Lines PC A takes offline, and lines PC B adds. */
const onA = 30
const onB = 2

/** A location PC behind its own proxy, with the folders that make a restart of it possible. */
interface LocationPc { pc: TestPc; proxy: TcpProxy; dataDir: string; profileDir: string; staff: DemoUser }

let server: TestServer
let date: string
/** A's 30 children (the 52-weken child on a contract weekday first, then a schoolweken child), B's 2. */
let childrenA: Child[]
let childrenB: Child[]
let a: LocationPc
let b: LocationPc
/** Per line id, the path data of its signature as PC A drew it before the restart. */
let drawnOnA: Map<string, string[]>
const resources = specResources()

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

const nameOf = (c: Child) => `${c.firstName} ${c.lastName}`
const parentOf = (c: Child) => c.parents[0]?.name ?? 'Ouder'
const sheetId = () => signupSheetId(goverwelle.id, date)
const sheetRegion = (page: Page) => page.getByRole('region', { name: `Intekenlijst ${sheetDate(date)}` })
const lineRows = (page: Page) => sheetRegion(page).getByRole('table', { name: 'Inschrijvingen' }).locator('tbody tr')
const meldingen = (page: Page) => page.getByRole('button', { name: /^Meldingen \(\d+\)$/ })

async function docs<T>(collection: string): Promise<T[]> {
  return (await server.db.query<{ data: T }>('SELECT data FROM documents WHERE collection = $1 AND NOT deleted', [collection])).map((r) => r.data)
}

const serverLines = async () => (await docs<SignupLine>('signuplines')).filter((l) => l.sheetId === sheetId())

/**
 * The first weekday from three days ahead with nothing planned at Goverwelle yet, and its candidates once
 * all three schools are closed: it needs a 52-weken child whose contract has that weekday and a
 * schoolweken child. Only children whose name no other candidate shares: the picker finds them by name.
 */
async function chooseDay(): Promise<{ date: string; candidates: Child[] }> {
  const schools = new Set(goverwelle.schools.map((s) => s.id))
  const planned = new Set([
    ...(await docs<StudyDay>('studydays')).filter((d) => schools.has(d.schoolId)).map((d) => d.date),
    ...(await docs<SignupSheet>('signupsheets')).filter((s) => s.locationId === goverwelle.id).map((s) => s.date),
  ])
  const children = (await docs<Child>('children')).filter((c) => c.locationIds.includes(goverwelle.id))
  for (let ahead = 3; ahead < 60; ahead++) {
    const day = addDays(amsterdamDate(new Date()), ahead)
    if (weekday(day) > 5 || planned.has(day)) continue
    const all = sheetCandidates({ locationId: goverwelle.id, date: day, closedSchoolIds: schools, children })
    const count = new Map<string, number>()
    for (const { child } of all) count.set(nameOf(child), (count.get(nameOf(child)) ?? 0) + 1)
    const unique = all.filter(({ child }) => count.get(nameOf(child)) === 1).sort((x, y) => x.child.id.localeCompare(y.child.id))
    const included = unique.find((c) => c.billing.billing === 'inclusief')
    const schoolweken = unique.find((c) => c.billing.contract === 'schoolweken')
    if (!included || !schoolweken || unique.length < onA + onB) continue
    const rest = unique.filter((c) => c !== included && c !== schoolweken)
    return { date: day, candidates: [included, schoolweken, ...rest].map((c) => c.child) }
  }
  throw new Error('no weekday in the coming two months with enough candidates at Goverwelle')
}

/** The study day for every school of Goverwelle, pushed as Marieke's PC would push it (F9). */
async function pushStudyDays(day: string): Promise<void> {
  const device = await addDevice(server.db, [goverwelle.id], { name: 'Goverwelle kantoor' })
  const at = new Date(Date.now() - 60_000).toISOString()
  const rows = goverwelle.schools.map((school) => ({ newDocumentState: {
    id: studyDayId(school.id, day), schoolId: school.id, schoolName: school.name, date: day, kind: 'studiedag',
    by: manager.id, device: device.deviceId, at, _deleted: false,
  } }))
  const response = await fetch(`${server.url}/sync/studydays/push`, {
    method: 'POST', headers: { ...device.headers, 'content-type': 'application/json' }, body: JSON.stringify({ rows }),
  })
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ conflicts: [] })
}

/** A Goverwelle PC behind its proxy: registered by Marieke, `staff` signed in with a PIN (leaving Tekenmodus asks for it). */
async function locationPc(pcName: string, staff: DemoUser): Promise<LocationPc> {
  const proxy = await resources.proxy(server.port)
  const dataDir = await resources.dir('pc'), profileDir = await resources.dir('profile')
  const pc = await resources.openPc({ serverUrl: proxy.url, dataDir, profileDir })
  await registerPc(pc.page, manager, pcName)
  await signIn(pc.page, staff, { pin: true })
  await ready(pc.page)
  return { pc, proxy, dataDir, profileDir, staff }
}

async function goOffline(pc: LocationPc): Promise<void> {
  pc.proxy.cut()
  await expect(syncStatus(pc.pc.page)).toContainText('Offline', { timeout: 20_000 })
}

/** Per line on the sheet, the `d` of every stroke of its signature image: what the vector data draws. */
async function drawnSignatures(page: Page): Promise<Map<string, string[]>> {
  const rows = await lineRows(page).evaluateAll((trs) => trs.map((tr) => ({
    id: tr.getAttribute('data-line-id') ?? '',
    paths: [...tr.querySelectorAll('svg[role="img"] path')].map((p) => p.getAttribute('d') ?? ''),
  })))
  return new Map(rows.map((r) => [r.id, r.paths]))
}

test.beforeAll(async () => {
  test.setTimeout(240_000)
  server = await startServer()
  const chosen = await chooseDay()
  date = chosen.date
  childrenA = chosen.candidates.slice(0, onA)
  childrenB = chosen.candidates.slice(onA, onA + onB)
  // Before any PC syncs, so that both bring the study day with their first sync.
  await pushStudyDays(date)
  // Both first syncs at once: the slow part of the spec, and independent of each other.
  ;[a, b] = await Promise.all([locationPc('Goverwelle groepsruimte 1', anouk), locationPc('Goverwelle groepsruimte 2', sem)])
})

test('offline, PC A takes 30 sign-ups, each with a signature drawn with the mouse', async () => {
  test.setTimeout(300_000)
  await goOffline(a)
  const page = a.pc.page
  await openSheet(page, date)
  for (const [i, child] of childrenA.entries()) {
    await signUp(page, { child: nameOf(child), parent: parentOf(child), staff: anouk, seed: i + 1 })
  }
  await expect(lineRows(page)).toHaveCount(onA)
  await expect(lineRows(page).getByRole('img', { name: /^Handtekening / })).toHaveCount(onA)
  // R9 shows on the line at once, offline: the first child's day is included, the second's billed.
  await expect(lineRows(page).filter({ hasText: nameOf(childrenA[0]!) })).toContainText('Inclusief')
  await expect(lineRows(page).filter({ hasText: nameOf(childrenA[1]!) })).toContainText('Op factuur')
  await expect(syncStatus(page)).toContainText(/wijziging(en)? wacht/)
  // Nothing left the PC.
  expect(await serverLines()).toHaveLength(0)

  drawnOnA = await drawnSignatures(page)
  expect(drawnOnA.size).toBe(onA)
  // Every signature is drawn from strokes, and no two are alike (each seed drew its own).
  for (const paths of drawnOnA.values()) expect(paths.length).toBeGreaterThanOrEqual(2)
  expect(new Set([...drawnOnA.values()].map((p) => p.join('|'))).size).toBe(onA)
})

test('closed and reopened from its folders, still offline, PC A shows all 30 lines with the same signatures', async () => {
  test.setTimeout(180_000)
  // Three lines' stored documents as they are in IndexedDB (signatures encrypted at rest).
  const sample = [...drawnOnA.keys()].filter((_, i) => i === 0 || i === 14 || i === onA - 1)
  const storedBefore = await Promise.all(sample.map((id) => localDocument(a.pc.page, 'signuplines', id)))
  for (const doc of storedBefore) expect(doc).toHaveProperty('signature')

  // Renderer and main both go, as when the app is closed; the same port keeps the page's origin (its IndexedDB).
  const port = a.pc.host.port
  await resources.closePc(a.pc)
  a.pc = await resources.openPc({ serverUrl: a.proxy.url, dataDir: a.dataDir, profileDir: a.profileDir, port })
  const page = a.pc.page
  await signInIfAsked(page, anouk, { pin: true })
  await expect(syncStatus(page)).toContainText('Offline', { timeout: 30_000 })
  await openSheet(page, date)
  await expect(lineRows(page)).toHaveCount(onA)
  await expect(lineRows(page).getByRole('img', { name: /^Handtekening / })).toHaveCount(onA)
  expect(await drawnSignatures(page)).toEqual(drawnOnA)
  const storedAfter = await Promise.all(sample.map((id) => localDocument(page, 'signuplines', id)))
  storedAfter.forEach((doc, i) => {
    expect(doc?.['signature']).toEqual(storedBefore[i]?.['signature'])
    expect(doc?.['signedAt']).toEqual(storedBefore[i]?.['signedAt'])
  })
  await expect(syncStatus(page)).toContainText(/wijziging(en)? wacht/)
})

test('PC B signs up two other children offline; online, the server holds 32 lines and neither PC has a notice', async () => {
  test.setTimeout(180_000)
  await goOffline(b)
  await openSheet(b.pc.page, date)
  for (const [i, child] of childrenB.entries()) {
    await signUp(b.pc.page, { child: nameOf(child), parent: parentOf(child), staff: sem, seed: 100 + i })
  }
  await expect(lineRows(b.pc.page)).toHaveCount(onB)

  a.proxy.restore()
  b.proxy.restore()
  const total = onA + onB
  await expect.poll(async () => (await serverLines()).length, { timeout: 60_000 }).toBe(total)
  for (const { pc } of [a, b]) {
    await expect(syncStatus(pc.page)).toContainText('Alles opgeslagen op de server', { timeout: 60_000 })
    await expect(lineRows(pc.page)).toHaveCount(total, { timeout: 30_000 })
    await expect(lineRows(pc.page).getByRole('img', { name: /^Handtekening / })).toHaveCount(total)
    await expect(meldingen(pc.page)).toHaveAccessibleName('Meldingen (0)')
  }

  // Each line once, by whom it was signed, and the vector data the server holds draws what A drew.
  const lines = await serverLines()
  expect(new Set(lines.map((l) => l.childId))).toEqual(new Set([...childrenA, ...childrenB].map((c) => c.id)))
  expect(lines.filter((l) => l.by === anouk.id)).toHaveLength(onA)
  expect(lines.filter((l) => l.by === sem.id)).toHaveLength(onB)
  for (const line of lines.filter((l) => drawnOnA.has(l.id))) {
    expect(line.signature.strokes.map((s) => strokePath(s.points))).toEqual(drawnOnA.get(line.id))
  }
  expect((await docs<SignupSheet>('signupsheets')).filter((s) => s.id === sheetId())).toMatchObject([{ status: 'open' }])
})

test('closed at the location and processed by customer service: one decision per line, R9 and R15, Verwerkt at the location', async () => {
  test.setTimeout(240_000)
  const page = a.pc.page
  await sheetRegion(page).getByRole('button', { name: 'Lijst sluiten', exact: true }).click()
  const confirm = page.getByRole('dialog', { name: 'Lijst sluiten' })
  await confirm.getByRole('button', { name: 'Sluiten', exact: true }).click()
  await expect(sheetRegion(page).getByText('Gesloten', { exact: true })).toBeVisible()
  await expect.poll(async () => (await docs<SignupSheet>('signupsheets')).find((s) => s.id === sheetId())?.status, { timeout: 30_000 })
    .toBe('gesloten')

  const cs = (await connectedPc(resources, server.port, { manager: linda, user: linda, pcName: 'Klantenservice' })).pc.page
  await openProcessing(cs)
  await openClosedSheet(cs, goverwelle.name, date)
  const total = onA + onB
  await expect(cs.getByRole('table', { name: 'Inschrijvingen' }).getByRole('rowheader')).toHaveCount(total, { timeout: 30_000 })
  await processAll(cs)

  const [included, schoolweken] = childrenA as [Child, Child]
  // R9's two cases, as chosen: a 52-weken contract that has the day's weekday, and a schoolweken contract.
  const placementOn = (child: Child) => bsoPlacementOn(child, goverwelle.id, date)!
  expect(placementOn(included)).toMatchObject({ contract: '52-weken', weekdays: expect.arrayContaining([weekday(date)]) })
  expect(placementOn(schoolweken).contract).toBe('schoolweken')
  await expect.poll(() => lineStatus(cs, nameOf(included))).toBe('Verwerkt — inclusief')
  await expect.poll(() => lineStatus(cs, nameOf(schoolweken))).toBe(`Verwerkt — op factuur van ${dutchDate(invoiceDate(date))}`)

  // The server: exactly one `verwerkt` decision per line, its billing R9's, an invoice date (R15) when billed.
  const lines = await serverLines()
  const onLines = async () => (await docs<JournalEntry>('journal')).filter((j) => lines.some((l) => l.id === j.targetId))
  await expect.poll(async () => (await onLines()).length, { timeout: 30_000 }).toBe(total)
  const decisions = await onLines()
  for (const line of lines) {
    const mine = decisions.filter((d) => d.targetId === line.id)
    expect(mine, `decisions on the line of ${line.childId}`).toHaveLength(1)
    expect(mine[0]).toMatchObject({ id: lineDecisionId(line.id), kind: 'verwerkt', by: linda.id })
    const child = [...childrenA, ...childrenB].find((c) => c.id === line.childId)!
    const billing = signupBillingFor(child, goverwelle.id, date)!.billing
    expect(mine[0]!.data).toEqual(billing === 'inclusief' ? { billing } : { billing, invoiceDate: invoiceDate(date) })
  }
  const decisionOf = (child: Child) => decisions.find((d) => d.targetId === lines.find((l) => l.childId === child.id)?.id)
  expect(decisionOf(included)?.data).toEqual({ billing: 'inclusief' })
  expect(decisionOf(schoolweken)?.data).toEqual({ billing: 'factuur', invoiceDate: invoiceDate(date) })

  // The location sees every line processed.
  await expect(lineRows(page).filter({ has: page.getByRole('cell', { name: 'Verwerkt', exact: true }) })).toHaveCount(total, { timeout: 30_000 })
})
