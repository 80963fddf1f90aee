// The bridge over a WebSocket to a PC host (development and end-to-end tests, DESIGN §3): the same
// `Bridge` as Electron's preload, so nothing above this file knows which transport it runs on.
// The connection comes back by itself; calls made while it is down wait for it (up to a timeout).
import type { Args, Bridge, BridgeEvents, EventName, MethodName, Result, WsRequest } from '../../../shared/api'
import { BridgeFailure } from './bridge-failure'
import { parseFrame } from './ws-frames'

/** What this client needs of a WebSocket: the browser's and the `ws` package's both fit. */
export interface SocketLike {
  readonly readyState: number
  send(data: string): void
  close(): void
  /** Used for 'open', 'close', 'error' and 'message' (whose event carries `data`). */
  addEventListener(type: string, listener: (event: { readonly type: string; readonly data?: unknown }) => void): void
}

export interface WsBridgeOptions {
  url: string
  createSocket?: (url: string) => SocketLike
  /** Delay before the n-th reconnect attempt in a row (n starts at 1). */
  reconnectDelayMs?: (attempt: number) => number
  /** A call not answered within this time fails (the replication retries it; pushes are idempotent). */
  requestTimeoutMs?: number
}

export interface WsBridge extends Bridge {
  /** Stop for good: no reconnect, open calls fail. */
  close(): void
  readonly connected: boolean
}

const OPEN = 1

interface OpenCall {
  frame: string
  sent: boolean
  resolve: (value: unknown) => void
  reject: (error: BridgeFailure) => void
  timer: ReturnType<typeof setTimeout>
}

function defaultDelay(attempt: number): number {
  const base = Math.min(5_000, 250 * 2 ** (attempt - 1))
  return base / 2 + Math.random() * (base / 2)
}

export function createWsBridge(options: WsBridgeOptions): WsBridge {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url))
  const delay = options.reconnectDelayMs ?? defaultDelay
  const timeoutMs = options.requestTimeoutMs ?? 60_000
  const calls = new Map<number, OpenCall>()
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  let nextId = 1
  let socket: SocketLike | null = null
  let everConnected = false
  let failedAttempts = 0
  let closed = false
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined

  function emit(event: EventName, payload: unknown): void {
    for (const listener of listeners.get(event) ?? []) listener(payload)
  }

  function flush(): void {
    if (!socket || socket.readyState !== OPEN) return
    for (const call of calls.values()) {
      if (call.sent) continue
      socket.send(call.frame)
      call.sent = true
    }
  }

  function connect(): void {
    const current = createSocket(options.url)
    socket = current
    current.addEventListener('open', () => {
      if (socket !== current) return
      failedAttempts = 0
      if (everConnected) {
        // Events may have been missed while the connection was down: ask the replication for a full
        // pull, exactly as the server does on a new event stream (RxDB's 'RESYNC').
        emit('sync.event', { kind: 'resync' } satisfies BridgeEvents['sync.event'])
      }
      everConnected = true
      flush()
    })
    current.addEventListener('message', (event) => {
      if (typeof event.data !== 'string') return
      const frame = parseFrame(event.data)
      if (!frame) return
      if ('event' in frame) {
        emit(frame.event, frame.payload)
        return
      }
      const call = calls.get(frame.id)
      if (!call) return
      calls.delete(frame.id)
      clearTimeout(call.timer)
      if ('error' in frame) call.reject(new BridgeFailure(frame.error))
      else call.resolve(frame.result)
    })
    current.addEventListener('close', () => {
      if (socket !== current) return
      socket = null
      // A call already sent may or may not have run on the host: fail it so the caller retries
      // (pulls are reads, pushes are idempotent). Calls not yet sent wait for the next connection.
      for (const [id, call] of calls) {
        if (!call.sent) continue
        calls.delete(id)
        clearTimeout(call.timer)
        call.reject(new BridgeFailure({ code: 'bridge-disconnected', message: 'Verbinding met de PC-host verbroken' }))
      }
      if (closed) return
      failedAttempts += 1
      reconnectTimer = setTimeout(connect, delay(failedAttempts))
    })
    // 'error' is always followed by 'close'; listening keeps it from surfacing as an unhandled error.
    current.addEventListener('error', () => {})
  }

  connect()

  return {
    get connected() {
      return socket?.readyState === OPEN
    },
    invoke<M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>> {
      if (closed) return Promise.reject(new BridgeFailure({ code: 'bridge-closed', message: 'De bridge is gesloten' }))
      const id = nextId++
      const request: WsRequest = { id, method, args }
      return new Promise<Result<M>>((resolve, reject) => {
        const timer = setTimeout(() => {
          calls.delete(id)
          reject(new BridgeFailure({ code: 'bridge-timeout', message: `Geen antwoord op ${method}` }))
        }, timeoutMs)
        // The host validates arguments and answers per the contract; the result type is the contract's.
        calls.set(id, { frame: JSON.stringify(request), sent: false, resolve: resolve as (value: unknown) => void, reject, timer })
        flush()
      })
    },
    on<E extends EventName>(event: E, listener: (payload: BridgeEvents[E]) => void): () => void {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      const untyped = listener as (payload: unknown) => void
      set.add(untyped)
      return () => set.delete(untyped)
    },
    close() {
      closed = true
      clearTimeout(reconnectTimer)
      for (const call of calls.values()) {
        clearTimeout(call.timer)
        call.reject(new BridgeFailure({ code: 'bridge-closed', message: 'De bridge is gesloten' }))
      }
      calls.clear()
      socket?.close()
    },
  }
}
