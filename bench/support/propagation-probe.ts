// Measured inside the two PCs' pages for the propagation benchmark (PC A → server → PC B). Every time is
// wall-clock ms, `performance.timeOrigin + performance.now()`: both pages (and the Node process with the
// server) read the same machine clock, so a moment on A and a moment on B can be subtracted. Every
// function here is serialised into a page (Playwright sends its source): self-contained.

/** What one page saw, each with its wall-clock time. */
export interface WireLog {
  /** Read-write IndexedDB transactions that committed, and in which database. */
  commits: { at: number; db: string }[]
  /** Bridge requests the page sent (method and frame id): 'sync.push' is A's push to main. */
  sent: { at: number; id: number; method: string; collection: string | null }[]
  /** Bridge answers the page received, by frame id. */
  answers: { at: number; id: number }[]
  /** Server changes main passed on ('sync.event'), by collection. */
  events: { at: number; collection: string | null }[]
}

declare global {
  interface Window {
    __wire?: WireLog
    __watch?: { childId: string; before: string; dom?: number; frame?: number }
  }
}

/** Init script: logs IndexedDB commits and the bridge's frames (both ways), with the wall clock. */
export function installWireProbe(): void {
  const wall = () => performance.timeOrigin + performance.now()
  const log: WireLog = { commits: [], sent: [], answers: [], events: [] }
  window.__wire = log
  const transaction = IDBDatabase.prototype.transaction
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = transaction.apply(this, args)
    if (args[1] === 'readwrite') {
      const db = this.name
      tx.addEventListener('complete', () => log.commits.push({ at: wall(), db }))
    }
    return tx
  } as IDBDatabase['transaction']
  const send = WebSocket.prototype.send
  WebSocket.prototype.send = function (this: WebSocket, data: Parameters<WebSocket['send']>[0]) {
    if (typeof data === 'string' && data.includes('"sync.push"')) {
      const frame = JSON.parse(data) as { id: number; method: string; args?: { collection?: string } }
      log.sent.push({ at: wall(), id: frame.id, method: frame.method, collection: frame.args?.collection ?? null })
    }
    return send.call(this, data)
  }
  // Every socket the app opens gets a listener of its own; only the frames this benchmark needs are parsed.
  const Native = window.WebSocket
  class ProbedWebSocket extends Native {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args)
      this.addEventListener('message', (event: MessageEvent) => {
        const at = wall()
        if (typeof event.data !== 'string') return
        if (event.data.startsWith('{"event":"sync.event"')) {
          const frame = JSON.parse(event.data) as { payload?: { change?: { collection?: string } } }
          log.events.push({ at, collection: frame.payload?.change?.collection ?? null })
        } else if (log.sent.length > 0 && event.data.startsWith('{"id":')) {
          const id = Number(/^\{"id":(\d+)/.exec(event.data)?.[1])
          if (log.sent.some((s) => s.id === id)) log.answers.push({ at, id })
        }
      })
    }
  }
  window.WebSocket = ProbedWebSocket
}

export interface ChangeOnA {
  /** Wall clock at the click. */
  clickAt: number
  /** A's row showed the change (DOM), or null if it did not within the timeout. */
  domAt: number | null
}

/** On B, before A's click: note the row's state; the first DOM change of it (and the frame after) is noted. */
export function watchRow(childId: string): boolean {
  const signature = (id: string) => {
    const row = document.querySelector(`tr[data-child-id="${CSS.escape(id)}"]`)
    return row ? Array.from(row.querySelectorAll('time')).map((t) => t.getAttribute('datetime') ?? '').join('|') : null
  }
  const before = signature(childId)
  if (before === null) return false
  const watch: NonNullable<Window['__watch']> = { childId, before }
  window.__watch = watch
  const observer = new MutationObserver(() => {
    if (watch.dom !== undefined || signature(childId) === before) return
    watch.dom = performance.timeOrigin + performance.now()
    observer.disconnect()
    requestAnimationFrame(() => {
      watch.frame = performance.timeOrigin + performance.now()
    })
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
  return true
}

/** On A: click the row's `Inchecken …` or `Uitchecken …` button and wait until A's own row shows it. */
export async function clickOnA(args: { childId: string; labelPrefix: string; timeoutMs: number }): Promise<ChangeOnA> {
  const signature = (id: string) => {
    const row = document.querySelector(`tr[data-child-id="${CSS.escape(id)}"]`)
    return row ? Array.from(row.querySelectorAll('time')).map((t) => t.getAttribute('datetime') ?? '').join('|') : null
  }
  const row = document.querySelector(`tr[data-child-id="${CSS.escape(args.childId)}"]`)
  const button = Array.from(row?.querySelectorAll<HTMLButtonElement>('button') ?? [])
    .find((b) => (b.getAttribute('aria-label') ?? '').startsWith(args.labelPrefix) && !b.disabled)
  if (!button) throw new Error(`${args.childId}: no enabled "${args.labelPrefix}" button`)
  const before = signature(args.childId)
  const shown = new Promise<number | null>((resolve) => {
    const observer = new MutationObserver(() => {
      if (signature(args.childId) === before) return
      observer.disconnect()
      clearTimeout(timer)
      resolve(performance.timeOrigin + performance.now())
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    const timer = setTimeout(() => {
      observer.disconnect()
      resolve(null)
    }, args.timeoutMs)
  })
  const clickAt = performance.timeOrigin + performance.now()
  button.click()
  return { clickAt, domAt: await shown }
}

/** How far the page's wall clock (timeOrigin + now) is from Date.now(): the one-clock check. */
export function clockSkew(): number {
  return performance.timeOrigin + performance.now() - Date.now()
}
