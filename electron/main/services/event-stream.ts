// The client side of `GET /sync/events`: one long-lived Server-Sent Events response, reopened with
// backoff whenever it fails or ends, and reopened at once on request (resume from sleep, where the
// old TCP connection is often dead without anyone having noticed).
import { backoffDelay, interruptibleSleep, type BackoffPolicy } from './backoff'
import { SseParser, type SseMessage } from './sse-parser'
import { serverCodeOf, TransportError } from './transport-error'

export interface EventStreamOptions {
  url: string
  headers: () => Record<string, string>
  fetch: typeof globalThis.fetch
  backoff: BackoffPolicy
  random?: () => number
  /** No byte for this long means a dead stream (the server sends a comment every 15 s). */
  idleTimeoutMs: number
  onOpen: (response: Response) => void
  onMessage: (message: SseMessage) => void
  /** The stream failed or ended (not called for close() or reconnect()); it may close() the stream from here. */
  onDrop: (error: unknown) => void
}

export interface EventStream {
  /** Drop the current connection (if any) and connect again now, with the backoff reset. */
  reconnect(): void
  close(): void
}

const RECONNECT = 'reconnect'

export function openEventStream(options: EventStreamOptions): EventStream {
  const random = options.random ?? Math.random
  let closed = false
  let attempt = 0
  let connection = new AbortController()
  let sleeping = new AbortController()

  async function connectOnce(signal: AbortSignal): Promise<void> {
    // The watchdog runs from the first moment: a cut cable can also leave the request itself hanging.
    let idle = setTimeout(onIdle, options.idleTimeoutMs)
    function onIdle(): void {
      connection.abort(new TransportError('sync.offline', 'event stream silent for too long'))
    }
    try {
      await readStream(signal, () => {
        clearTimeout(idle)
        idle = setTimeout(onIdle, options.idleTimeoutMs)
      })
    } finally {
      clearTimeout(idle)
    }
  }

  async function readStream(signal: AbortSignal, alive: () => void): Promise<void> {
    const response = await options.fetch(options.url, {
      headers: { ...options.headers(), accept: 'text/event-stream' },
      signal,
    })
    alive()
    if (!response.ok || !response.body) {
      // A refusal is a small ErrorBody: its code tells a revoked PC from a passing failure.
      const text = response.ok ? '' : await response.text().catch(() => '')
      await response.body?.cancel().catch(() => {})
      const code = response.status >= 500 ? 'sync.server' : response.status === 426 ? 'sync.outdated' : 'sync.refused'
      throw new TransportError(code, `event stream answered ${response.status}`, response.status, serverCodeOf(text))
    }
    if (!(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
      await response.body.cancel()
      throw new TransportError('sync.bad-response', 'event stream is not text/event-stream', response.status)
    }
    options.onOpen(response)
    const parser = new SseParser((message) => {
      // A stream that delivers is healthy: only then forget earlier failures, so a server that
      // accepts and drops at once is still retried with growing delays.
      attempt = 0
      options.onMessage(message)
    })
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        alive()
        parser.push(value)
      }
    } finally {
      reader.cancel().catch(() => {})
    }
    throw new TransportError('sync.offline', 'event stream ended')
  }

  async function run(): Promise<void> {
    while (!closed) {
      connection = new AbortController()
      const signal = connection.signal
      try {
        await connectOnce(signal)
      } catch (error) {
        if (closed) break
        if (signal.aborted && signal.reason === RECONNECT) continue
        options.onDrop(signal.aborted ? signal.reason : error)
      }
      if (closed) break
      sleeping = new AbortController()
      await interruptibleSleep(backoffDelay(options.backoff, attempt++, random), sleeping.signal)
    }
  }

  void run()

  return {
    reconnect() {
      if (closed) return
      attempt = 0
      connection.abort(RECONNECT)
      sleeping.abort()
    },
    close() {
      closed = true
      connection.abort(new TransportError('sync.offline', 'closed'))
      sleeping.abort()
    },
  }
}
