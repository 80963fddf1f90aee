// F1 through the UI, as staff do it: register the PC (a manager, once), sign in with password and
// optionally the PIN, sign out. Every step waits for the screen that proves it worked.
import { expect, type Page } from '@playwright/test'
import type { DemoUser } from './accounts'

export const signInHeading = (page: Page) => page.getByRole('heading', { name: 'Aanmelden', level: 1 })
export const lockHeading = (page: Page) => page.getByRole('heading', { name: 'Vergrendeld', level: 1 })
export const listHeading = (page: Page) => page.getByRole('heading', { name: 'Aanwezigheidslijst' })
/** The shell's "<naam> (<rol>)". */
export const userLabel = (page: Page, user: DemoUser) => page.locator('.user-name', { hasText: `${user.name} (` })

export async function registerPc(page: Page, manager: DemoUser, pcName = 'Groepsruimte 1'): Promise<void> {
  await expect(page.getByRole('heading', { name: 'PC registreren' })).toBeVisible({ timeout: 30_000 })
  await page.getByLabel('Naam van deze pc').fill(pcName)
  await page.getByLabel('Gebruikersnaam').fill(manager.id)
  await page.getByLabel('Wachtwoord').fill(manager.password)
  await page.getByRole('button', { name: 'PC registreren' }).click()
  await expect(signInHeading(page)).toBeVisible({ timeout: 30_000 })
}

/** Fills the password form on the screen shown (Aanmelden, Vergrendeld or Wisselen) and submits it. */
export async function submitPassword(page: Page, user: DemoUser, options: { pin?: boolean; password?: string } = {}): Promise<void> {
  await page.getByLabel('Gebruikersnaam').fill(user.id)
  await page.getByLabel('Wachtwoord').fill(options.password ?? user.password)
  if (options.pin) await page.getByLabel('Pincode (optioneel, voor snel wisselen)').fill(user.pin)
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click()
}

export async function signIn(page: Page, user: DemoUser, options: { pin?: boolean } = {}): Promise<void> {
  await expect(signInHeading(page)).toBeVisible({ timeout: 30_000 })
  await submitPassword(page, user, options)
  await expect(userLabel(page, user)).toBeVisible({ timeout: 30_000 })
  await expect(listHeading(page)).toBeVisible()
}

/** After a restart main may still know who was signed in; otherwise sign in again. */
export async function signInIfAsked(page: Page, user: DemoUser, options: { pin?: boolean } = {}): Promise<void> {
  await expect(signInHeading(page).or(listHeading(page))).toBeVisible({ timeout: 60_000 })
  if (await signInHeading(page).isVisible()) await signIn(page, user, options)
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Afmelden' }).click()
  await expect(signInHeading(page)).toBeVisible()
}

/** Quick switch by PIN to someone signed in on this PC today (from the lock or the switch screen). */
export async function switchByPin(page: Page, user: DemoUser, pin = user.pin): Promise<void> {
  const quick = page.getByRole('region', { name: 'Snel wisselen' })
  await quick.getByRole('button', { name: user.name, exact: true }).click()
  await quick.getByLabel('Pincode', { exact: true }).fill(pin)
  await quick.getByRole('button', { name: 'Wisselen', exact: true }).click()
}
