// The Aanwezigheidslijst as the specs use it: wait until the PC's first sync is done, pick a weekday
// and a group with children still to check in, read the rows.
import { expect, type Page } from '@playwright/test'
import { addDays, weekday } from '../../../shared/calendar'

export const syncStatus = (page: Page) => page.getByRole('status', { name: 'Synchronisatie' })

export async function ready(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Aanwezigheidslijst' })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('progressbar', { name: 'Eerste synchronisatie' })).toHaveCount(0, { timeout: 90_000 })
}

/** Children are expected on weekdays: on a weekend the specs work on the Friday before. */
export function careDay(today: string): string {
  const back = { 6: 1, 7: 2 }[weekday(today)] ?? 0
  return addDays(today, -back)
}

export async function goToCareDay(page: Page): Promise<string> {
  const day = careDay(await page.getByLabel('Datum').inputValue())
  await page.getByLabel('Datum').fill(day)
  return day
}

/** The first group whose list has at least `min` children still to check in. */
export async function chooseGroup(page: Page, min: number): Promise<string> {
  const select = page.getByLabel('Groep')
  const options = await select.locator('option').evaluateAll((os) =>
    os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })))
  for (const { value, label } of options) {
    await select.selectOption(value)
    // The list caption names the chosen group (or the page says nobody is expected).
    const groupName = label.slice(label.indexOf('– ') + 2, label.lastIndexOf(' ('))
    await expect(page.locator('caption').or(page.getByText('Geen kinderen verwacht op deze dag.')))
      .toContainText(new RegExp(`${groupName}|Geen kinderen`))
    if ((await page.getByRole('button', { name: /^Inchecken / }).count()) >= min) return value
  }
  throw new Error(`no group with ${min} children to check in`)
}

export async function childRows(page: Page, n: number): Promise<{ id: string; name: string }[]> {
  const rows = page.locator('tbody tr[data-child-id]')
  const all = await rows.evaluateAll((trs) => trs.map((tr) => ({
    id: tr.getAttribute('data-child-id') ?? '', name: tr.querySelector('th')?.childNodes[0]?.textContent ?? '',
  })))
  return all.slice(0, n)
}

/** The check-in instant shown for a child (the <time>'s dateTime), '' when none. */
export async function checkInOf(page: Page, childId: string): Promise<string> {
  return (await page.locator(`tr[data-child-id="${childId}"] time`).first().getAttribute('datetime')) ?? ''
}
