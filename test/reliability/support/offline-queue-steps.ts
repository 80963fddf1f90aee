// Goedkeuren aanvragen as staff use it for a bulk approval: open the queue, search a date range (and
// group), select everything found, `Acties` → Goedkeuren → `Toepassen`, one reason for those without room.
import { expect, type Page } from '@playwright/test'

const navApproval = (page: Page) => page.getByRole('navigation').getByRole('button', { name: /^Goedkeuren aanvragen/ })
const filters = (page: Page) => page.getByRole('search', { name: 'Zoeken in aanvragen' })

export async function openQueue(page: Page): Promise<void> {
  await navApproval(page).click()
  await expect(page.getByRole('heading', { name: 'Goedkeuren aanvragen', level: 1 })).toBeVisible()
}

/** Searches and waits for `expected` found (a number, or a pattern when others' requests may be among them). */
export async function searchRequests(page: Page, f: { groupId?: string; from?: string; to?: string }, expected: number): Promise<void> {
  await filters(page).getByLabel('Kind', { exact: true }).fill('')
  await filters(page).getByLabel('Groep', { exact: true }).selectOption(f.groupId ?? '')
  await filters(page).getByLabel('Van', { exact: true }).fill(f.from ?? '')
  await filters(page).getByLabel('Tot', { exact: true }).fill(f.to ?? '')
  await filters(page).getByRole('button', { name: 'Zoeken' }).click()
  await expect(page.getByText(expected === 1 ? '1 aanvraag gevonden' : `${expected} aanvragen gevonden`)).toBeVisible({ timeout: 30_000 })
}

/** Starts the bulk approval of everything found; resolves once it runs (the reason given if asked). */
export async function startBulkApproval(page: Page, count: number): Promise<void> {
  await page.getByRole('checkbox', { name: 'Alles selecteren' }).check()
  await expect(page.getByText(`${count} geselecteerd`)).toBeVisible()
  await page.getByRole('combobox', { name: 'Acties' }).selectOption({ label: 'Goedkeuren' })
  await page.getByRole('button', { name: 'Toepassen' }).click()
  const reason = page.getByRole('dialog', { name: 'Goedkeuren zonder plek' })
  const progress = page.getByText(/\d+ van \d+ verwerkt/)
  await expect(reason.or(progress).first()).toBeVisible({ timeout: 30_000 })
  if (await reason.isVisible()) {
    await reason.getByLabel('Reden').fill('Extra medewerker ingeroosterd.')
    await reason.getByRole('button', { name: 'Toch goedkeuren' }).click()
  }
}

export async function bulkApprove(page: Page, count: number): Promise<void> {
  await startBulkApproval(page, count)
  await expect(page.getByText(`${count} aanvragen goedgekeurd.`)).toBeVisible({ timeout: 60_000 })
}
