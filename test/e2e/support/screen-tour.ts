// A walk over every screen of the signed-in app and the key dialogs and states on it, for checks that
// must hold everywhere (accessibility, language). It finds everything by role and by the app's own
// messages in the PC's language (renderer/src/i18n), so the same tour runs on a Dutch or an English PC.
// After each state has settled it calls `visit(name, page)`; the names are the Dutch ones of
// `screenTourNames`, whatever the language, so a check can report and compare them.
//
// The tour only reads and opens: every dialog it opens it closes again with Escape (or its own close
// button), and it records nothing, so the checks see the demo data as it was.
import { expect, type Locator, type Page } from '@playwright/test'
import { translator, type Locale, type Translate } from '../../../renderer/src/i18n/translate'
import type { MessageKey } from '../../../renderer/src/i18n/nl'
import { careDay } from './attendance-steps'

export type TourVisit = (name: ScreenTourName, page: Page) => Promise<void>

/** Every state the tour can visit; which of them a user reaches depends on role and PC (the returned list says). */
export const screenTourNames = [
  'Aanwezigheidslijst',
  'Aanwezigheidslijst: Afwezig melden',
  'Aanwezigheidslijst: Kind toevoegen',
  'Aanwezigheidslijst: Noodlijst',
  'Meldingen',
  'Dag aanvragen',
  'Dag aanvragen: kind gekozen',
  'Goedkeuren aanvragen',
  'Goedkeuren aanvragen: aanvraag',
  'Tegoeden',
  'Tegoeden: kind gekozen',
  'Tegoeden: Tegoed toevoegen',
  'Intekenlijsten',
  'Intekenlijsten: intekenlijst',
  'Intekenlijsten: Inschrijving toevoegen',
  'Studiedagen',
  'Intekenlijsten verwerken',
  'Intekenlijsten verwerken: intekenlijst',
  'Dagverslag BKR',
  'Kindgegevens',
  'Kindgegevens: kind gekozen',
  'Wisselen',
] as const

export type ScreenTourName = (typeof screenTourNames)[number]

export interface ScreenTourOptions {
  /** The PC's language (default Dutch). */
  locale?: Locale
}

/** A message with its `{values}` as wildcards: the accessible name of a control that names a child or a day. */
function pattern(t: Translate, key: MessageKey): RegExp {
  const escaped = t(key).replace(/[.*+?^$()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escaped.replace(/\\?\{\w+\\?\}/g, '.+')}$`)
}

/**
 * Visits every screen the navigation offers this user, and on each the key dialogs and states that
 * the demo data allows, calling `visit` after each. Returns the names visited, in order.
 */
export async function screenTour(page: Page, visit: TourVisit, options: ScreenTourOptions = {}): Promise<ScreenTourName[]> {
  const t = translator(options.locale ?? 'nl')
  const visited: ScreenTourName[] = []
  const at = async (name: ScreenTourName) => {
    visited.push(name)
    await visit(name, page)
  }
  const nav = page.getByRole('navigation', { name: t('nav.label') })
  const navButton = (key: MessageKey) => nav.getByRole('button', { name: t(key), exact: key !== 'nav.approval' })
  const heading = (key: MessageKey) => page.getByRole('heading', { name: t(key), level: 1, exact: true })
  const dialog = () => page.getByRole('dialog')

  /** Opens a screen from the navigation when it is offered; false when this user does not have it. */
  async function open(key: MessageKey, headingKey: MessageKey): Promise<boolean> {
    const button = navButton(key)
    if ((await button.count()) === 0) return false
    await button.click()
    await expect(heading(headingKey)).toBeVisible()
    return true
  }

  /** Opens a dialog with `opener`, visits it, closes it with Escape and waits until it is gone. */
  async function inDialog(opener: Locator, name: ScreenTourName): Promise<void> {
    // A screen's buttons may come a moment after its data (Tegoed toevoegen after the child's credits):
    // give the opener time to show before judging it absent, or one language's tour misses a dialog.
    await opener.first().waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined)
    if ((await opener.count()) === 0 || !(await opener.first().isEnabled())) return
    await opener.first().click()
    await expect(dialog()).toBeVisible()
    await at(name)
    await closeDialog()
  }

  /** Escape closes a dialog; a first Escape may only close a `Kind` list that has focus inside it. */
  async function closeDialog(): Promise<void> {
    for (let i = 0; i < 3 && (await dialog().count()) > 0; i++) await page.keyboard.press('Escape')
    await expect(dialog()).toHaveCount(0)
  }

  /** Chooses the first child a `Kind` combobox offers, by keyboard. */
  async function chooseFirstChild(label: string): Promise<boolean> {
    const box = page.getByRole('combobox', { name: label, exact: true })
    if ((await box.count()) === 0) return false
    await box.focus()
    // Only this combobox's own list: the language select's options are options too.
    const list = page.locator(`[id="${await box.getAttribute('aria-controls')}"]`)
    const first = list.getByRole('option', { includeHidden: true }).first()
    if ((await first.count()) === 0) return false
    await box.press('ArrowDown')
    await box.press('ArrowUp')
    await box.press('Enter')
    await expect(box).not.toHaveValue('')
    return true
  }

  // Aanwezigheidslijst on a weekday (children are expected), with the Personeel section and the list tools.
  if (await open('nav.attendance', 'attendance.title')) {
    const dateInput = page.getByLabel(t('attendance.date'), { exact: true })
    await dateInput.fill(careDay(await dateInput.inputValue()))
    await expect(page.getByRole('heading', { name: t('staff.title') })).toBeVisible()
    await at('Aanwezigheidslijst')
    await inDialog(page.getByRole('button', { name: pattern(t, 'rows.reportAbsenceChild') }), 'Aanwezigheidslijst: Afwezig melden')
    await inDialog(page.getByRole('button', { name: t('rows.addChild'), exact: true }), 'Aanwezigheidslijst: Kind toevoegen')
    await inDialog(page.getByRole('button', { name: t('emergency.open'), exact: true }), 'Aanwezigheidslijst: Noodlijst')
  }

  // Meldingen: a panel over whichever screen is shown.
  const notices = page.getByRole('button', { name: pattern(t, 'notices.button') })
  await notices.click()
  await expect(page.getByRole('dialog', { name: t('notices.title') })).toBeVisible()
  await at('Meldingen')
  await page.getByRole('dialog', { name: t('notices.title') }).getByRole('button', { name: t('notices.close'), exact: true }).click()

  if (await open('nav.request', 'request.title')) {
    await at('Dag aanvragen')
    if (await chooseFirstChild(t('request.child'))) await at('Dag aanvragen: kind gekozen')
  }

  if (await open('nav.approval', 'approval.title')) {
    const rows = page.getByRole('button', { name: pattern(t, 'approval.openRow') })
    await expect(rows.first().or(page.getByText(t('approval.found.none')))).toBeVisible()
    await at('Goedkeuren aanvragen')
    await inDialog(rows, 'Goedkeuren aanvragen: aanvraag')
  }

  if (await open('nav.credits', 'credits.title')) {
    await at('Tegoeden')
    if (await chooseFirstChild(t('credits.child'))) {
      await at('Tegoeden: kind gekozen')
      await inDialog(page.getByRole('button', { name: t('credits.add.open'), exact: true }), 'Tegoeden: Tegoed toevoegen')
    }
  }

  if (await open('nav.signup', 'signup.title')) {
    const sheets = page.getByRole('button', { name: pattern(t, 'signup.sheet') })
    await expect(sheets.first().or(page.getByText(t('signup.noUpcoming')))).toBeVisible()
    await at('Intekenlijsten')
    if ((await sheets.count()) > 0) {
      await sheets.first().click()
      await expect(page.getByRole('heading', { level: 2, name: pattern(t, 'signup.sheet') })).toBeVisible()
      await at('Intekenlijsten: intekenlijst')
      await inDialog(page.getByRole('button', { name: t('signup.add'), exact: true }), 'Intekenlijsten: Inschrijving toevoegen')
    }
  }

  if (await open('nav.studyDays', 'studyDays.title')) await at('Studiedagen')

  if (await open('nav.processing', 'processing.title')) {
    const sheets = page.getByRole('button', { name: pattern(t, 'processing.openSheet') })
    await expect(sheets.first().or(page.getByText(t('processing.noSheets')))).toBeVisible()
    await at('Intekenlijsten verwerken')
    if ((await sheets.count()) > 0) {
      await sheets.first().click()
      await expect(page.getByRole('table', { name: t('processing.lines') })).toBeVisible()
      await at('Intekenlijsten verwerken: intekenlijst')
    }
  }

  if (await open('nav.ratioRecord', 'ratioRecord.title')) await at('Dagverslag BKR')

  if (await open('nav.childDetails', 'children.title')) {
    await at('Kindgegevens')
    if (await chooseFirstChild(t('children.child'))) await at('Kindgegevens: kind gekozen')
  }

  // Wisselen: the quick-switch screen, and back to the shell.
  await page.getByRole('button', { name: t('session.switch'), exact: true }).click()
  await expect(page.getByRole('navigation', { name: t('nav.label') })).toHaveCount(0)
  await at('Wisselen')
  await page.getByRole('button', { name: t('switch.cancel'), exact: true }).click()
  await expect(nav.or(heading('attendance.title'))).toBeVisible()
  return visited
}
