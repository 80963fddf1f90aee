// The changes of a convergence run beyond the Aanwezigheidslijst, made through the app's own screens
// as staff make them: Dag aanvragen (a request for a day a child is not placed), Goedkeuren aanvragen
// (a decision on an open request, by a user who may decide: R11), Tegoeden's Tegoed toevoegen (a
// manual credit: R16) and a line on a study day's Intekenlijst, signed in Tekenmodus (F6). Each returns what its PC then holds as written by it (device-writes.ts), for
// the run's ledger, and ends back on the Aanwezigheidslijst; [] when the screen offered nothing or
// refused on the spot (then nothing was stored).
import { expect, type Locator, type Page } from '@playwright/test'
import { addDays, weekday } from '../../../shared/calendar'
import type { Child } from '../../../shared/domain'
import type { Db } from '../../../server/db/db'
import type { DecisionChange, FactChange } from './change-ledger'
import { deviceWrites, savedBetween, type Writer } from './device-writes'
import type { Random } from './seeded-random'
import { openSheet, signUp } from '../../e2e/support/signup-steps'
import type { DemoUser } from '../../e2e/support/accounts'

export interface OfficeContext extends Writer {
  pc: string
  step: number
}

/** A child and a day it is not placed: what Dag aanvragen asks for. */
export interface RequestSlot {
  childId: string
  name: string
  groupId: string
  date: string
}

const navigation = (page: Page) => page.getByRole('navigation', { name: 'Schermen' })

export async function backToList(page: Page): Promise<void> {
  await navigation(page).getByRole('button', { name: 'Aanwezigheidslijst', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Aanwezigheidslijst', level: 1 })).toBeVisible()
}

/** What a step saved, read before and after `work`; back on the list afterwards whatever happened. */
async function saving(at: OfficeContext, work: () => Promise<void>): Promise<(FactChange | DecisionChange)[]> {
  const before = await deviceWrites(at)
  await work()
  const after = await deviceWrites(at)
  await backToList(at.page)
  return savedBetween(before, after, at)
}

/** Waits until the screen says the step was stored (`done`) or refused (`refused`): what it stored is read after. */
async function settled(done: Locator, refused: Locator): Promise<void> {
  await expect(done.or(refused).first()).toBeVisible({ timeout: 15_000 })
}

/**
 * Children of the location on a KDV standaard placement (unique names, as the comboboxes find them)
 * with weekdays 2 to 14 days ahead they are not placed and have no request: one slot per child.
 */
export async function requestSlots(db: Db, locationId: string, today: string): Promise<RequestSlot[]> {
  const docs = async <T>(collection: string) =>
    (await db.query<{ data: T }>('SELECT data FROM documents WHERE collection = $1 AND NOT deleted', [collection])).map((r) => r.data)
  const all = await docs<Child>('children')
  const children = all.filter((c) => c.locationIds.includes(locationId))
  const requested = new Set((await docs<{ childId: string; date: string }>('requests')).map((r) => `${r.childId}|${r.date}`))
  const nameOf = (c: Child) => `${c.firstName} ${c.lastName}`
  const slots: RequestSlot[] = []
  for (const child of children) {
    // Unique among every child: a PC of several locations (a manager's) finds the name at each.
    if (all.filter((o) => nameOf(o) === nameOf(child)).length > 1) continue
    const running = child.placements.filter((p) => p.start <= today && (p.end === undefined || p.end >= addDays(today, 14)))
    const kdv = running.find((p) => p.locationId === locationId && p.careType === 'KDV' && p.contract === 'standaard')
    // One group only: the form then has no other group to choose from.
    if (!kdv || child.placements.some((p) => p.groupId !== kdv.groupId)) continue
    const date = Array.from({ length: 13 }, (_, i) => addDays(today, 2 + i))
      .find((d) => weekday(d) <= 5 && !kdv.weekdays.includes(weekday(d)) && !requested.has(`${child.id}|${d}`))
    if (date) slots.push({ childId: child.id, name: nameOf(child), groupId: kdv.groupId, date })
  }
  return slots
}

/** Dag aanvragen for the slot's child and day, a day part at random, on invoice: the request stored. */
export async function requestDay(at: OfficeContext, slot: RequestSlot, random: Random): Promise<(FactChange | DecisionChange)[]> {
  const page = at.page
  return saving(at, async () => {
    await navigation(page).getByRole('button', { name: 'Dag aanvragen', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Dag aanvragen', level: 1 })).toBeVisible()
    const box = page.getByRole('combobox', { name: 'Kind', exact: true })
    await box.fill(slot.name)
    await page.getByRole('option', { name: slot.name, exact: true }).click()
    await expect(box).toHaveValue(slot.name)
    await page.getByLabel('Groep', { exact: true }).selectOption(slot.groupId)
    await page.getByLabel('Datum', { exact: true }).fill(slot.date)
    const dayParts = await page.getByLabel('Dagdeel', { exact: true }).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
    if (dayParts.length > 0) await page.getByLabel('Dagdeel', { exact: true }).selectOption(random.pick(dayParts))
    const payment = page.getByLabel('Betaling', { exact: true })
    if (await payment.locator('option', { hasText: 'Berekenen op factuur' }).count() > 0) await payment.selectOption({ label: 'Berekenen op factuur' })
    const submit = page.getByRole('button', { name: 'Aanbieden ter goedkeuring' })
    // The form refuses on the spot what the rules forbid (the submit stays disabled, an alert says why).
    if (!(await submit.isEnabled())) return
    await submit.click()
    await settled(page.getByText(/aangeboden ter goedkeuring\./), page.getByRole('alert'))
  })
}

const decisionButtons = ['Goedkeuren', 'Afkeuren', 'Wachtlijst'] as const

/** Goedkeuren aanvragen: one of the first open requests of the queue, approved, rejected or put on the waiting list. */
export async function decideRequest(at: OfficeContext, random: Random): Promise<(FactChange | DecisionChange)[]> {
  const page = at.page
  return saving(at, async () => {
    await navigation(page).getByRole('button', { name: /^Goedkeuren aanvragen/ }).click()
    await expect(page.getByRole('heading', { name: 'Goedkeuren aanvragen', level: 1 })).toBeVisible()
    const table = page.getByRole('table', { name: 'Aanvragen' })
    await expect(table.or(page.getByText('Geen aanvragen gevonden.'))).toBeVisible({ timeout: 15_000 })
    const open = table.getByRole('button', { name: /^Openen / })
    const count = Math.min(await open.count(), 8)
    if (count === 0) return
    const name = (await open.nth(random.int(count)).getAttribute('aria-label')) ?? ''
    // The row may go (decided on another PC, replicated in meanwhile): then this step does nothing.
    const row = table.getByRole('button', { name, exact: true })
    try {
      await row.click({ timeout: 5_000 })
    } catch {
      return
    }
    const dialog = page.getByRole('dialog', { name: `Aanvraag ${name.replace(/^Openen /, '')}` })
    await expect(dialog).toBeVisible()
    const choice = dialog.getByRole('button', { name: random.pick(decisionButtons), exact: true })
    if ((await choice.count()) === 0 || !(await choice.isEnabled())) {
      await dialog.getByRole('button', { name: 'Sluiten' }).click()
      return
    }
    await choice.click()
    // Without room an approval asks a reason first (R11).
    const reason = dialog.getByLabel('Reden om toch goed te keuren')
    if (await reason.isVisible()) {
      await reason.fill('Convergentietest: extra medewerker.')
      await dialog.getByRole('button', { name: 'Toch goedkeuren' }).click()
    }
    await settled(dialog.getByText(/^Opgeslagen: /), dialog.getByRole('alert'))
    await dialog.getByRole('button', { name: 'Sluiten' }).click()
    await expect(dialog).toBeHidden()
  })
}

/** Tegoeden → Tegoed toevoegen for the child: KDV swap hours; refused on the spot past the cap (R6). */
export async function addCredit(at: OfficeContext, child: { name: string }, random: Random): Promise<(FactChange | DecisionChange)[]> {
  const page = at.page
  return saving(at, async () => {
    await navigation(page).getByRole('button', { name: 'Tegoeden', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Tegoeden', level: 1 })).toBeVisible()
    const picker = page.getByRole('combobox', { name: 'Kind' })
    await picker.fill(child.name)
    const escaped = child.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    await page.getByRole('option', { name: new RegExp(`^${escaped} ·`) }).click()
    const add = page.getByRole('button', { name: 'Tegoed toevoegen' })
    await expect(add).toBeVisible()
    await add.click()
    const dialog = page.getByRole('dialog', { name: 'Tegoed toevoegen' })
    await dialog.getByLabel('Opvangsoort').selectOption('KDV')
    await dialog.getByLabel('Aantal uur').fill(random.pick(['0,5', '1', '2', '3']))
    await dialog.getByLabel('Reden').fill(`Convergentie stap ${at.step}.`)
    await dialog.getByRole('button', { name: 'Toevoegen' }).click()
    await expect.poll(async () => (await dialog.count()) === 0 || (await dialog.getByRole('alert').count()) > 0).toBe(true)
    if ((await dialog.count()) > 0) await dialog.getByRole('button', { name: 'Annuleren' }).click()
  })
}

/** A child to sign up on a study day's sheet, and the parent who signs. */
export interface SignUpChild {
  name: string
  parent: string
}

/**
 * Intekenlijsten → the study day's sheet (made on this PC if it has none yet) → Inschrijving toevoegen,
 * the parent's signature drawn in Tekenmodus, left with the staff member's PIN (they signed in with it).
 */
export async function signUpChild(at: OfficeContext, sheet: { id: string; date: string; locationName: string }, child: SignUpChild, staff: DemoUser, random: Random): Promise<(FactChange | DecisionChange)[]> {
  const page = at.page
  const saved = await saving(at, async () => {
    await openSheet(page, sheet.date, sheet.locationName)
    const add = page.getByRole('button', { name: 'Inschrijving toevoegen', exact: true })
    // A sheet another PC closed meanwhile takes no lines.
    if (!(await add.isVisible())) return
    await signUp(page, { child: child.name, parent: child.parent, staff, seed: 1 + random.int(1_000) })
  })
  // Opening the sheet may have made it here: a fact of this step whatever the line's fate (by id, no device of its own).
  return [...saved, { kind: 'fact', pc: at.pc, step: at.step, collection: 'signupsheets', id: sheet.id }]
}
