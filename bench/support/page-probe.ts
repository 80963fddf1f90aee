// Runs inside the app's page from its first moment (a Playwright init script) and notes, with the
// page's own clock (performance.now(): ms since navigation started), when the screen reaches each
// state. A MutationObserver sees the DOM change as it happens; polling from outside would add its
// own delay to every figure.

export interface ProbeMarks {
  /** The first rows of the Aanwezigheidslijst: today usable. */
  rowsAt?: number
  rows?: number
  /** Every change of the list's row count: [ms, rows]. The list is complete at the last change. */
  rowCounts?: [number, number][]
  group?: string
  date?: string
  /** The first-sync bar says the history is being fetched: master data and the window are stored. */
  historyAt?: number
  barSeenAt?: number
  /** The first-sync bar is gone (after it was seen). */
  barGoneAt?: number
}

declare global {
  interface Window {
    __benchMarks?: ProbeMarks
  }
}

/** Serialised by Playwright (function source): it may use nothing from outside its own body. */
export function installProbe(historyLabel: string): void {
  const marks: ProbeMarks = { rowCounts: [] }
  window.__benchMarks = marks
  const check = () => {
    const now = performance.now()
    const rows = document.querySelectorAll('table.attendance-list tbody tr[data-child-id]')
    const counts = marks.rowCounts ?? []
    if (rows.length !== (counts.at(-1)?.[1] ?? 0)) counts.push([now, rows.length])
    if (marks.rowsAt === undefined) {
      if (rows.length > 0) {
        marks.rowsAt = now
        marks.rows = rows.length
        const select = document.querySelector<HTMLSelectElement>('.attendance-controls select')
        marks.group = select?.selectedOptions[0]?.textContent ?? ''
        marks.date = document.querySelector<HTMLInputElement>('.attendance-controls input[type="date"]')?.value ?? ''
      }
    }
    const bar = document.querySelector('.first-sync')
    if (bar) {
      marks.barSeenAt ??= now
      if (marks.historyAt === undefined && (bar.textContent ?? '').includes(historyLabel)) marks.historyAt = now
    } else if (marks.barSeenAt !== undefined && marks.barGoneAt === undefined && document.querySelector('.attendance')) {
      marks.barGoneAt = now
    }
  }
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true })
}

/**
 * tsx (esbuild with keepNames) wraps named functions in a `__name(fn, 'name')` helper that exists
 * only in Node. Functions this benchmark serialises into a page carry those calls with them, so the
 * page gets a stand-in first.
 */
export const keepNamesShim = { content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' }
