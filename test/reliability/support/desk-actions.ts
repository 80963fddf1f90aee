// The changes of a convergence run, made the way staff make them: on the Aanwezigheidslijst of a
// PC, through its own buttons and dialogs (Inchecken, Uitchecken, Afwezig melden). Each returns what
// the PC then reports saved locally (read from its IndexedDB), for the run's ledger; null or [] when
// the row offered no such action.
import { expect, type Locator, type Page } from '@playwright/test'
import { attendanceDayId, ledgerIds } from '../../../shared/domain'
import type { AttendanceChange, EntryField, FactChange } from './change-ledger'
import { bounded } from './bounded'
import { localCollection as readCollection, type StoredDoc } from './stored-documents'

const localCollection = (page: Page, name: 'attendance' | 'absences' | 'ledger'): Promise<StoredDoc[]> =>
  bounded(`reading ${name} in the page`, 30_000, readCollection(page, name))

export interface DeskContext {
  pc: string
  page: Page
  userId: string
  deviceId: string
  date: string
  groupId: string
  step: number
}

const row = (page: Page, childId: string) => page.locator(`tr[data-child-id="${childId}"]`)

/** One Aanwezigheidslijst: a group on a day, and the children on it. */
export interface DeskList {
  date: string
  groupId: string
  children: string[]
}

export async function showList(page: Page, list: Pick<DeskList, 'date' | 'groupId'>): Promise<void> {
  const date = page.getByLabel('Datum')
  if ((await date.inputValue()) !== list.date) await date.fill(list.date)
  await page.getByLabel('Groep').selectOption(list.groupId)
  await expect(page.locator('tbody tr[data-child-id]').first()).toBeVisible()
}

/** Every group of `date` with at least `min` children still to check in, with up to `max` of its children. */
export async function listsOf(page: Page, date: string, min: number, max: number): Promise<DeskList[]> {
  await page.getByLabel('Datum').fill(date)
  const select = page.getByLabel('Groep')
  const groups = await select.locator('option').evaluateAll((os) =>
    os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })))
  const lists: DeskList[] = []
  for (const { value: groupId, label } of groups) {
    await select.selectOption(groupId)
    // The list caption names the chosen group (or the page says nobody is expected), as chooseGroup waits.
    const groupName = label.slice(label.indexOf('– ') + 2, label.lastIndexOf(' ('))
    await expect(page.locator('caption').or(page.getByText('Geen kinderen verwacht op deze dag.')))
      .toContainText(new RegExp(`${groupName}|Geen kinderen`))
    const open = await page.locator('tbody tr[data-child-id]').filter({ has: page.getByRole('button', { name: /^Inchecken / }) })
      .evaluateAll((trs) => trs.filter((tr) => !tr.querySelector('button[aria-label^="Inchecken "]')?.hasAttribute('disabled'))
        .map((tr) => tr.getAttribute('data-child-id') ?? ''))
    if (open.length >= min) lists.push({ date, groupId, children: open.slice(0, max) })
  }
  return lists
}

/**
 * Click, unless the button went (or was disabled) between looking and clicking: another PC's change
 * replicated in meanwhile, and then this step does nothing. Any other failure to click fails the run.
 */
async function clickUnlessGone(button: Locator): Promise<boolean> {
  try {
    await button.click({ timeout: 5_000 })
    return true
  } catch (error) {
    if (!(await usable(button))) return false
    throw error
  }
}

/** There and enabled now; a button that goes while we look (the row re-rendered by a replicated change) is not. */
async function usable(button: Locator): Promise<boolean> {
  if ((await button.count()) === 0) return false
  return button.isEnabled({ timeout: 2_000 }).catch(() => false)
}

/** Inchecken or Uitchecken of one child, if the row offers it now. */
export async function checkChild(at: DeskContext, childId: string, field: EntryField): Promise<AttendanceChange | null> {
  const button = row(at.page, childId).getByRole('button', { name: field === 'checkIn' ? /^Inchecken / : /^Uitchecken / })
  if (!(await usable(button)) || !(await clickUnlessGone(button))) return null
  // Disabled once the entry holds the time: the write is stored.
  await expect(button).toBeDisabled()
  const dayId = attendanceDayId(at.date, at.groupId)
  const day = (await localCollection(at.page, 'attendance')).find((d) => d.id === dayId)
  const entry = (Array.isArray(day?.entries) ? day.entries as Record<string, unknown>[] : []).find((e) => e.childId === childId)
  const ours = entry !== undefined && entry.by === at.userId && entry.device === at.deviceId && typeof entry[field] === 'string'
  return { kind: 'attendance', pc: at.pc, step: at.step, dayId, childId, field, value: ours ? entry[field] as string : null }
}

/** Afwezig melden with the dialog's defaults, if the row offers it now: the absences and credits stored. */
export async function reportAbsence(at: DeskContext, childId: string): Promise<FactChange[]> {
  const button = row(at.page, childId).getByRole('button', { name: /^Afwezig melden / })
  if ((await button.count()) === 0) return []
  const absencesOfChild = async () => new Set((await localCollection(at.page, 'absences'))
    .filter((a) => a.childId === childId && a.date === at.date).map((a) => String(a.id)))
  const before = await absencesOfChild()
  if (!(await clickUnlessGone(button))) return []
  const dialog = at.page.getByRole('dialog', { name: /^Afwezig melden: / })
  await dialog.getByRole('button', { name: 'Opslaan' }).click()
  // Saved (the dialog closes) or refused on the spot (it says why and stays open): then nothing was stored.
  const refusal = dialog.getByRole('alert')
  await expect.poll(async () => (await dialog.count()) === 0 || (await refusal.count()) > 0).toBe(true)
  if ((await dialog.count()) > 0) await dialog.getByRole('button', { name: 'Annuleren' }).click()
  const added = [...await absencesOfChild()].filter((id) => !before.has(id))
  const ledger = new Set((await localCollection(at.page, 'ledger')).map((e) => String(e.id)))
  return added.flatMap((id): FactChange[] => {
    const credit = ledgerIds.earnedFromAbsence(id)
    return [
      { kind: 'fact', pc: at.pc, step: at.step, collection: 'absences', id },
      ...(ledger.has(credit) ? [{ kind: 'fact', pc: at.pc, step: at.step, collection: 'ledger', id: credit } as const] : []),
    ]
  })
}
