// Measured inside the app's page, with its own clock: from the UI action (a group or date chosen, a
// check-in clicked) to the moment the DOM shows the result (a MutationObserver, which runs right after
// React commits) and to the next animation frame (the frame that paints it). Playwright only starts
// each series and collects the samples: no round trip between the browser and Node is inside a figure.
// Every function here is serialised into the page (Playwright sends its source): self-contained.

export interface ListOpenSample {
  kind: 'group' | 'date'
  /** The group id (option value) or date chosen. */
  target: string
  rows: number
  /** ms from the choice to the list's new rows in the DOM. */
  domMs: number
  /** ms from the choice to the next animation frame after that. */
  frameMs: number
}

export interface CheckInSample {
  childId: string
  domMs: number
  frameMs: number
  /** ms from the click to the commit of the IndexedDB transaction that stored it (null if none seen). */
  storedMs: number | null
}

export interface IdbCommit {
  at: number
  db: string
}

declare global {
  interface Window {
    __idbCommits?: IdbCommit[]
  }
}

/** Init script: notes when each read-write IndexedDB transaction commits, and in which database. */
export function installIdbProbe(): void {
  const commits: IdbCommit[] = []
  window.__idbCommits = commits
  const original = IDBDatabase.prototype.transaction
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = original.apply(this, args)
    if (args[1] === 'readwrite') {
      const db = this.name
      tx.addEventListener('complete', () => commits.push({ at: performance.now(), db }))
    }
    return tx
  } as IDBDatabase['transaction']
}

export interface ListOpenPlan {
  /** Option values of the groups to open one after another (on the current date). */
  groups: string[]
  /** Dates to open one after another (for the group chosen last). */
  dates: string[]
  timeoutMs: number
}

export async function measureListOpens(plan: ListOpenPlan): Promise<{ samples: ListOpenSample[]; failures: string[] }> {
  const select = document.querySelector<HTMLSelectElement>('.attendance-controls select')
  const dateInput = document.querySelector<HTMLInputElement>('.attendance-controls input[type="date"]')
  if (!select || !dateInput) throw new Error('no group select or date field on the page')
  const rows = () => Array.from(document.querySelectorAll('tr[data-child-id]'))
  // The list's identity: which children, with which check-in time. A new group or date changes it.
  const signature = () => rows().map((tr) => `${tr.getAttribute('data-child-id')}@${tr.querySelector('time')?.getAttribute('datetime') ?? ''}`).join('|')
  const whenChanged = (before: string) => new Promise<{ dom: number; frame: number }>((resolve, reject) => {
    let done = false
    const finish = () => {
      done = true
      observer.disconnect()
      clearTimeout(timer)
      const dom = performance.now()
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() }))
    }
    const observer = new MutationObserver(() => {
      if (!done && signature() !== before) finish()
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    const timer = setTimeout(() => {
      if (done) return
      done = true
      observer.disconnect()
      reject(new Error('timeout'))
    }, plan.timeoutMs)
  })
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  const samples: ListOpenSample[] = []
  const failures: string[] = []
  const open = async (kind: 'group' | 'date', target: string, act: () => void) => {
    const before = signature()
    const changed = whenChanged(before)
    const start = performance.now()
    act()
    try {
      const at = await changed
      samples.push({ kind, target, rows: rows().length, domMs: at.dom - start, frameMs: at.frame - start })
    } catch {
      failures.push(`${kind} ${target}: the list did not change within ${plan.timeoutMs} ms`)
    }
    await pause(300)
  }
  for (const group of plan.groups) {
    await open('group', group, () => {
      select.value = group
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
  }
  // React tracks an input's value: set it through the native setter, then announce the input.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  for (const date of plan.dates) {
    await open('date', date, () => {
      setValue?.call(dateInput, date)
      dateInput.dispatchEvent(new Event('input', { bubbles: true }))
    })
  }
  return { samples, failures }
}

export interface CheckInPlan {
  /** The accessible name of a row's check-in button, before the child's name ('Inchecken '). */
  checkInPrefix: string
  count: number
  /** Time between two check-ins (staff do not click faster than this). */
  gapMs: number
  timeoutMs: number
}

export async function measureCheckIns(plan: CheckInPlan): Promise<{ samples: CheckInSample[]; failures: string[] }> {
  const samples: CheckInSample[] = []
  const failures: string[] = []
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  const candidates = Array.from(document.querySelectorAll<HTMLTableRowElement>('tr[data-child-id]'))
    .filter((tr) => !tr.querySelector('time')?.getAttribute('datetime'))
    .map((tr) => tr.getAttribute('data-child-id') ?? '')
    .slice(0, plan.count)
  for (const childId of candidates) {
    const row = () => document.querySelector<HTMLTableRowElement>(`tr[data-child-id="${CSS.escape(childId)}"]`)
    const button = Array.from(row()?.querySelectorAll<HTMLButtonElement>('button') ?? [])
      .find((b) => (b.getAttribute('aria-label') ?? '').startsWith(plan.checkInPrefix) && !b.disabled)
    if (!button) {
      failures.push(`${childId}: no check-in button`)
      continue
    }
    const checkedIn = () => !!row()?.querySelector('time')?.getAttribute('datetime')
    const commitsBefore = window.__idbCommits?.length ?? 0
    const shown = new Promise<{ dom: number; frame: number }>((resolve, reject) => {
      let done = false
      const finish = () => {
        done = true
        observer.disconnect()
        clearTimeout(timer)
        const dom = performance.now()
        requestAnimationFrame(() => resolve({ dom, frame: performance.now() }))
      }
      const observer = new MutationObserver(() => {
        if (!done && checkedIn()) finish()
      })
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
      const timer = setTimeout(() => {
        if (done) return
        done = true
        observer.disconnect()
        reject(new Error('timeout'))
      }, plan.timeoutMs)
    })
    const start = performance.now()
    button.click()
    try {
      const at = await shown
      const stored = (window.__idbCommits ?? []).slice(commitsBefore).find((c) => c.at >= start && c.db.endsWith('--attendance'))
      samples.push({ childId, domMs: at.dom - start, frameMs: at.frame - start, storedMs: stored ? stored.at - start : null })
    } catch {
      failures.push(`${childId}: no check-in time shown within ${plan.timeoutMs} ms`)
    }
    await pause(plan.gapMs)
  }
  return { samples, failures }
}
