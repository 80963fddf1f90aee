// Issue 9 end to end, in real Chromium against a real server, one PC behind a TCP proxy: on a demo KDV
// group today, children checked in one by one move the ratio's requirement exactly as requiredStaff
// says for their birth dates (read from the server's demo data); staff checked in and out make the
// `Te weinig personeel` warning appear and disappear; a child checked out lowers the requirement; and a
// staff member checked in while the PC is offline reaches the server's attendance day once it is back.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { amsterdamDate } from '../../shared/calendar'
import type { AttendanceDay, Child, JournalEntry, Location, Request } from '../../shared/domain'
import { attendanceDayId } from '../../shared/domain'
import { expectedChildren, requiredStaff } from '../../shared/rules'
import type { TcpProxy } from '../support/tcp-proxy'
import { demoUser } from './support/accounts'
import { syncStatus } from './support/attendance-steps'
import { connectedPc, specResources } from './support/spec-resources'
import { startServer, type TestPc, type TestServer } from './support/stack'

const manager = demoUser('marieke.jansen')
const anouk = demoUser('anouk.devries') // groepsmedewerker of Goverwelle
const sem = demoUser('sem.bakker')
const fatima = demoUser('fatima.elamrani')
const locationId = 'loc-goverwelle'
const today = amsterdamDate(new Date())

let server: TestServer
const resources = specResources()
let pc: TestPc
let proxy: TcpProxy

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  server = await startServer()
  ;({ pc, proxy } = await connectedPc(resources, server.port, { manager, user: anouk, pcName: 'Goverwelle 1' }))
})

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

async function serverDocs<T>(collection: string): Promise<T[]> {
  const rows = await server.db.query<{ data: T }>(`SELECT data FROM documents WHERE collection = $1 AND NOT deleted`, [collection])
  return rows.map((r) => r.data)
}

const panel = (page: Page) => page.getByRole('region', { name: 'Personeel' })
const ratioLine = (page: Page) => panel(page).getByRole('status').filter({ hasText: 'BKR:' })
const warning = (page: Page) => panel(page).getByRole('alert').filter({ hasText: 'Te weinig personeel' })
const staffRow = (page: Page, name: string): Locator => panel(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })
const childRow = (page: Page, id: string) => page.locator(`table.attendance-list tr[data-child-id="${id}"]`)
const nameOf = (c: Child) => `${c.firstName} ${c.lastName}`

/** Required staff for these children today, as the shared rule counts it. */
function required(children: readonly Child[]): number {
  const result = requiredStaff({ careType: 'KDV', date: today, birthDates: children.map((c) => c.birthDate) })
  if (!result.ok) throw new Error(`unexpected refusal ${result.code}`)
  return result.staff
}

/** Picks a KDV group and, youngest first, children whose check-ins take the requirement from 1 to 2. */
async function pickGroupAndChildren(): Promise<{ groupId: string; order: Child[] }> {
  const location = (await serverDocs<Location>('locations')).find((l) => l.id === locationId)!
  const children = (await serverDocs<Child>('children')).filter((c) => c.locationIds.includes(locationId))
  const requests = (await serverDocs<Request>('requests')).filter((r) => r.date === today)
  const absences = (await serverDocs<{ id: string; childId: string; date: string; dayPart: Request['dayPart'] }>('absences')).filter((a) => a.date === today)
  const corrections = (await serverDocs<JournalEntry>('journal')).filter((j) => j.kind === 'correctie').map((j) => j.targetId)
  const uniqueName = (c: Child) => children.filter((o) => nameOf(o) === nameOf(c)).length === 1
  const groups = location.groups.filter((g) => g.careType === 'KDV').map((group) => {
    const expected = new Set(group.dayParts.flatMap(({ dayPart }) =>
      expectedChildren({ groupId: group.id, date: today, dayPart, children, requests, absences, corrections }).expected.map((e) => e.childId)))
    // Expected children first (checked in on their row), then the rest of the location (Kind toevoegen).
    const pool = [...children].filter(uniqueName).filter((c) => c.birthDate <= today)
      .sort((a, b) => Number(expected.has(b.id)) - Number(expected.has(a.id)) || b.birthDate.localeCompare(a.birthDate))
    return { groupId: group.id, expected: expected.size, pool }
  }).sort((a, b) => b.expected - a.expected)
  const chosen = groups[0]
  if (!chosen) throw new Error('no KDV group at Goverwelle')
  // Youngest first among the first dozen candidates, until two staff are needed.
  const candidates = chosen.pool.slice(0, 12).sort((a, b) => b.birthDate.localeCompare(a.birthDate))
  const order: Child[] = []
  for (const child of candidates) {
    order.push(child)
    if (required(order) >= 2) return { groupId: chosen.groupId, order }
  }
  throw new Error('no children that need two staff')
}

async function checkIn(page: Page, child: Child): Promise<void> {
  const row = childRow(page, child.id)
  if (await row.count() > 0) {
    await row.getByRole('button', { name: `Inchecken ${nameOf(child)}` }).click()
  } else {
    await page.getByRole('button', { name: 'Kind toevoegen' }).click()
    await page.getByLabel('Zoek kind op naam').fill(nameOf(child))
    await page.getByRole('button', { name: `Toevoegen en inchecken ${nameOf(child)}` }).click()
  }
  await expect(childRow(page, child.id).locator('time').first()).toHaveAttribute('datetime', /T/)
}

async function checkInStaffFromList(page: Page, name: string): Promise<void> {
  await panel(page).getByLabel('Medewerker').selectOption({ label: name })
  await panel(page).getByRole('button', { name: 'Inchecken', exact: true }).click()
  await expect(staffRow(page, name)).toContainText(/Ingecheckt \d\d:\d\d/)
}

let groupId = ''
let order: Child[] = []

test('checking children in moves the requirement as requiredStaff says; staff in and out move the warning', async () => {
  test.setTimeout(120_000)
  const page = pc.page
  ;({ groupId, order } = await pickGroupAndChildren())
  await page.getByLabel('Groep').selectOption(groupId)
  await page.getByLabel('Datum').fill(today)
  await expect(panel(page).getByRole('heading', { name: 'Personeel' })).toBeVisible()
  await expect(ratioLine(page)).toHaveText('BKR: 0 nodig, 0 ingecheckt')
  await expect(warning(page)).toHaveCount(0)

  // The first child: one staff member needed and nobody checked in yet.
  await checkIn(page, order[0]!)
  await expect(ratioLine(page)).toHaveText(`BKR: ${required(order.slice(0, 1))} nodig, 0 ingecheckt`)
  await expect(warning(page)).toHaveText('Te weinig personeel: 1 nodig, 0 aanwezig')

  await checkInStaffFromList(page, anouk.name)
  await expect(ratioLine(page)).toHaveText('BKR: 1 nodig, 1 ingecheckt')
  await expect(warning(page)).toHaveCount(0)

  // The rest, one by one: the summary follows the shared rule after every check-in.
  for (let i = 1; i < order.length; i++) {
    await checkIn(page, order[i]!)
    await expect(ratioLine(page)).toHaveText(`BKR: ${required(order.slice(0, i + 1))} nodig, 1 ingecheckt`)
  }
  expect(required(order)).toBe(2)
  await expect(warning(page)).toHaveText('Te weinig personeel: 2 nodig, 1 aanwezig')

  // Sem is put on the group first (Inroosteren), then checked in on his row: enough staff.
  await panel(page).getByLabel('Medewerker').selectOption({ label: sem.name })
  await panel(page).getByRole('button', { name: 'Inroosteren' }).click()
  await expect(staffRow(page, sem.name)).toContainText('Ingeroosterd')
  await expect(ratioLine(page)).toHaveText('BKR: 2 nodig, 1 ingecheckt')
  await panel(page).getByRole('button', { name: `Inchecken ${sem.name}` }).click()
  await expect(staffRow(page, sem.name)).toContainText(/Ingecheckt \d\d:\d\d/)
  await expect(ratioLine(page)).toHaveText('BKR: 2 nodig, 2 ingecheckt')
  await expect(warning(page)).toHaveCount(0)

  // Sem checks out: too few again.
  await panel(page).getByRole('button', { name: `Uitchecken ${sem.name}` }).click()
  await expect(staffRow(page, sem.name)).toContainText(/Uitgecheckt \d\d:\d\d/)
  await expect(warning(page)).toHaveText('Te weinig personeel: 2 nodig, 1 aanwezig')

  // The last child goes home: the requirement drops back to what the others need.
  const last = order[order.length - 1]!
  await childRow(page, last.id).getByRole('button', { name: `Uitchecken ${nameOf(last)}` }).click()
  const remaining = required(order.slice(0, -1))
  expect(remaining).toBe(1)
  await expect(ratioLine(page)).toHaveText('BKR: 1 nodig, 1 ingecheckt')
  await expect(warning(page)).toHaveCount(0)
})

test('a staff member checked in offline reaches the server\'s attendance day after reconnecting', async () => {
  const page = pc.page
  proxy.cut()
  await expect(syncStatus(page)).toContainText('Offline', { timeout: 20_000 })
  await checkInStaffFromList(page, fatima.name)
  await expect(ratioLine(page)).toHaveText('BKR: 1 nodig, 2 ingecheckt')
  proxy.restore()
  await expect(syncStatus(page)).toContainText('Online', { timeout: 20_000 })
  const dayId = attendanceDayId(today, groupId)
  await expect.poll(async () => {
    const day = (await serverDocs<AttendanceDay>('attendance')).find((d) => d.id === dayId)
    return day?.staff?.find((s) => s.staffId === fatima.id)?.checkIn !== undefined
  }, { timeout: 20_000 }).toBe(true)
  const day = (await serverDocs<AttendanceDay>('attendance')).find((d) => d.id === dayId)!
  expect(day.staff?.map((s) => s.staffId).sort()).toEqual([anouk.id, fatima.id, sem.id].sort())
  expect(day.staff?.find((s) => s.staffId === fatima.id)).toMatchObject({ planned: false, by: anouk.id })
  expect(day.staff?.find((s) => s.staffId === sem.id)).toMatchObject({ planned: true, checkOut: expect.any(String) })
})
