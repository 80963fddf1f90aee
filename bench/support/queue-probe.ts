// Measured inside the app's page, with its own clock, on Goedkeuren aanvragen: from `Zoeken` to the
// new rows in the DOM (a MutationObserver, right after React commits), to the next animation frame,
// and to R11's room shown in every row; and from `Toepassen` (or, when approvals without room ask
// their one reason, from `Toch goedkeuren`) to the decisions stored and the rows gone from the queue.
// Serialised into the page by Playwright (its source is sent): self-contained, helpers inside.

export interface QueueSearch {
  groupId: string
  from: string
  to: string
  /** Requests the search must find (the workload knows). */
  expected: number
}

export interface SearchSample extends QueueSearch {
  rows: number
  /** ms from the click on Zoeken to the rows in the DOM / the frame after / room shown in every row. */
  domMs: number
  frameMs: number
  roomMs: number
}

export interface BulkSample extends QueueSearch {
  selected: number
  /** Approvals without room asked their one reason (the clock then starts at its confirmation). */
  askedReason: boolean
  /** ms to the outcome shown (every decision and settlement stored), to the last IndexedDB commit of requests before it, and to the rows gone + a frame. */
  outcomeMs: number
  storedMs: number | null
  goneMs: number
  outcome: string
}

export interface QueueProbeInput {
  searches: QueueSearch[]
  /** A search, then select all, `Acties` = Goedkeuren, `Toepassen`. */
  bulk: QueueSearch | null
  reason: string
  /** Rows the screen renders at most (its page size). */
  page: number
  gapMs: number
  timeoutMs: number
}

export async function queueProbe(input: QueueProbeInput): Promise<{ searches: SearchSample[]; bulk: BulkSample | null; failures: string[] }> {
  const failures: string[] = []
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  const byLabel = <E extends HTMLElement>(root: ParentNode, text: string): E => {
    const label = Array.from(root.querySelectorAll('label')).find((l) => l.childNodes[0]?.textContent?.trim() === text)
    const element = label?.htmlFor ? document.getElementById(label.htmlFor) : label?.querySelector('select, input, textarea')
    if (!element) throw new Error(`no field labelled ${text}`)
    return element as E
  }
  /** Resolves at the first DOM change after which `done()` holds: { dom, frame } on the page's clock. */
  const when = (done: () => boolean) => new Promise<{ dom: number; frame: number }>((resolve, reject) => {
    let finished = false
    const check = () => {
      if (finished || !done()) return
      finished = true
      observer.disconnect()
      clearTimeout(timer)
      const dom = performance.now()
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() }))
    }
    const observer = new MutationObserver(check)
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    const timer = setTimeout(() => {
      if (finished) return
      finished = true
      observer.disconnect()
      reject(new Error('timeout'))
    }, input.timeoutMs)
    check()
  })
  const setInput = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value)
    el.dispatchEvent(new Event('input', { bubbles: true }))
  }
  const setSelect = (el: HTMLSelectElement, value: string) => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(el, value)
    el.dispatchEvent(new Event('change', { bubbles: true }))
  }
  const rows = () => Array.from(document.querySelectorAll<HTMLTableRowElement>('table.approval-table tbody tr'))
  const count = () => Number(document.querySelector('.approval-count')?.getAttribute('data-count') ?? '-1')

  async function search(s: QueueSearch): Promise<SearchSample> {
    const form = document.querySelector<HTMLFormElement>('form[role="search"]')
    if (!form) throw new Error('no search form')
    setSelect(byLabel<HTMLSelectElement>(form, 'Groep'), s.groupId)
    setInput(byLabel<HTMLInputElement>(form, 'Van'), s.from)
    setInput(byLabel<HTMLInputElement>(form, 'Tot'), s.to)
    await pause(50)
    const shown = () => count() === s.expected && rows().length === Math.min(s.expected, input.page)
      && rows().every((tr) => tr.getAttribute('data-group-id') === s.groupId)
    const withRoom = () => shown() && document.querySelector('table.approval-table td[data-room="unknown"]') === null
    const inDom = when(shown)
    const roomShown = when(withRoom)
    const start = performance.now()
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click()
    const at = await inDom
    const room = await roomShown
    return { ...s, rows: rows().length, domMs: at.dom - start, frameMs: at.frame - start, roomMs: room.frame - start }
  }

  const searches: SearchSample[] = []
  for (const s of input.searches) {
    try {
      searches.push(await search(s))
    } catch (error) {
      failures.push(`search ${s.groupId} ${s.from}..${s.to}: ${String(error)}`)
    }
    await pause(input.gapMs)
  }
  if (input.bulk === null) return { searches, bulk: null, failures }

  const b = input.bulk
  try {
    await search(b)
    document.querySelector<HTMLInputElement>('table.approval-table thead input[type="checkbox"]')?.click()
    const bar = document.querySelector<HTMLElement>('.approval-bulk')
    if (!bar) throw new Error('no Acties bar')
    setSelect(byLabel<HTMLSelectElement>(bar, 'Acties'), 'goedgekeurd')
    const apply = bar.querySelector<HTMLButtonElement>('button')
    await when(() => apply !== null && !apply.disabled)
    const selected = Number((bar.querySelector('span')?.textContent ?? '').match(/\d+/)?.[0] ?? 0)
    const previous = document.querySelector('.approval-outcome')
    const commitsBefore = window.__idbCommits?.length ?? 0
    let start = performance.now()
    apply?.click()
    const asked = await Promise.race([
      when(() => document.querySelector('dialog[open] textarea') !== null).then(() => true),
      when(() => { const o = document.querySelector('.approval-outcome'); return o !== null && o !== previous }).then(() => false),
    ])
    if (asked) {
      const dialog = document.querySelector<HTMLDialogElement>('dialog[open]')!
      setInput(dialog.querySelector('textarea')!, input.reason)
      const confirm = dialog.querySelector<HTMLButtonElement>('button[type="submit"]')
      await when(() => confirm !== null && !confirm.disabled)
      start = performance.now()
      confirm?.click()
    }
    const outcome = await when(() => { const o = document.querySelector('.approval-outcome'); return o !== null && o !== previous })
    const gone = await when(() => count() === b.expected - selected || (count() === 0 && selected >= b.expected))
    const commits = (window.__idbCommits ?? []).slice(commitsBefore).filter((c) => c.at >= start && c.at <= outcome.dom && c.db.endsWith('--requests'))
    return {
      searches, failures, bulk: {
        ...b, selected, askedReason: asked, outcomeMs: outcome.dom - start, storedMs: commits.length ? commits.at(-1)!.at - start : null,
        goneMs: gone.frame - start, outcome: document.querySelector('.approval-outcome')?.textContent ?? '',
      },
    }
  } catch (error) {
    failures.push(`bulk ${b.groupId}: ${String(error)}`)
    return { searches, bulk: null, failures }
  }
}
