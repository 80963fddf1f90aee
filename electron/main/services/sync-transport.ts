// The PC's only connection to the server (DESIGN §1): pull and push over HTTP with retries, the
// server's event stream, the online/offline verdict and the offset between this PC's clock and the
// server's. Independent of Electron, so the PC host runs exactly this in plain Node.
// Every call carries this PC's device token (DESIGN §5): without one nothing is sent, and when the
// server says the token is revoked, syncing stops until the PC is registered again.
import { setMaxListeners } from 'node:events'
import type { BridgeEvents, SyncStatus } from '../../../shared/api/contract'
import {
  DEVICE_HEADER, PROTOCOL_HEADER, PROTOCOL_VERSION, SERVER_TIME_HEADER,
  type Checkpoint, type PullResponse, type PullWindow, type PushRow, type PushResponse,
} from '../../../shared/sync/wire'
import { backoffDelay, interruptibleSleep, type BackoffPolicy } from './backoff'
import { openEventStream, type EventStream } from './event-stream'
import { parseChangeEvent, parsePullResponse, parsePushResponse } from './wire-guards'
import { SessionError } from './session-error'
import { isDeviceRevocation, isRetryable, serverCodeOf, TransportError } from './transport-error'

export type SyncEvent = BridgeEvents['sync.event']

export interface SyncTransportOptions {
  serverUrl: string
  /** Sent as x-device-id for the server's logs; the server trusts only the token's device. */
  deviceId: string | (() => string)
  fetch?: typeof globalThis.fetch
  now?: () => number
  random?: () => number
  /** Tries per request, the first included (RxDB retries a failed pull/push later anyway). */
  attempts?: number
  retryBackoff?: BackoffPolicy
  streamBackoff?: BackoffPolicy
  requestTimeoutMs?: number
  streamIdleTimeoutMs?: number
  /** At most one 'sync.status' per this many ms unless `online` flips (first sync pulls many batches). */
  statusThrottleMs?: number
  /** The device token of the registered PC; null until registered (then nothing is sent). */
  token: () => string | null
}

export interface SyncTransport {
  /** `window`: only documents dated inside it (a new PC's first pass around today). */
  pull(collection: string, checkpoint: Checkpoint | null, batchSize: number, window?: PullWindow): Promise<PullResponse>
  push(collection: string, rows: PushRow[]): Promise<PushResponse>
  status(): SyncStatus
  onStatus(listener: (status: SyncStatus) => void): () => void
  onEvent(listener: (event: SyncEvent) => void): () => void
  /** The server refused the device token (revoked or unknown): syncing has stopped. */
  onRevoked(listener: () => void): () => void
  /** Open the event stream (idempotent); a no-op without a device token. After a new registration it starts syncing again. */
  startEvents(): void
  /** After sleep or a network change: reopen the event stream now. */
  reconnect(): void
  close(): void
}

export function createSyncTransport(options: SyncTransportOptions): SyncTransport {
  const fetchFn = options.fetch ?? globalThis.fetch
  const now = options.now ?? Date.now
  const random = options.random ?? Math.random
  const attempts = options.attempts ?? 5
  const retryBackoff = options.retryBackoff ?? { baseMs: 250, maxMs: 5_000 }
  const streamBackoff = options.streamBackoff ?? { baseMs: 500, maxMs: 10_000 }
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000
  const throttleMs = options.statusThrottleMs ?? 1_000
  const base = options.serverUrl.replace(/\/+$/, '')
  const closing = new AbortController()
  // Every request in flight listens to it (AbortSignal.any): a first sync runs a dozen pulls at once,
  // which is not the leak Node's default warning at 10 listeners is meant to catch.
  setMaxListeners(100, closing.signal)
  const statusListeners = new Set<(status: SyncStatus) => void>()
  const eventListeners = new Set<(event: SyncEvent) => void>()
  const revokedListeners = new Set<() => void>()
  const deviceId = typeof options.deviceId === 'string' ? () => options.deviceId as string : options.deviceId
  let revoked = false
  const state: SyncStatus = { online: false, lastSyncAt: null, serverOffsetMs: 0, serverUrl: options.serverUrl }
  let lastEmit = 0
  let trailing: ReturnType<typeof setTimeout> | undefined
  let stream: EventStream | null = null
  let streamOpen = false

  function headers(): Record<string, string> {
    const h: Record<string, string> = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), [DEVICE_HEADER]: deviceId() }
    const token = options.token()
    if (token) h.authorization = `Bearer ${token}`
    return h
  }

  function emitStatus(): void {
    clearTimeout(trailing)
    trailing = undefined
    lastEmit = now()
    const snapshot = { ...state }
    for (const listener of statusListeners) listener(snapshot)
  }

  function statusChanged(onlineFlipped: boolean): void {
    if (closing.signal.aborted) return
    const elapsed = now() - lastEmit
    if (onlineFlipped || elapsed >= throttleMs) return emitStatus()
    trailing ??= setTimeout(emitStatus, throttleMs - elapsed)
  }

  function setOnline(online: boolean): void {
    const flipped = state.online !== online
    state.online = online
    if (flipped) statusChanged(true)
    // The server answers again while the event stream waits out its backoff: reopen it now, so
    // changes made elsewhere in the meantime arrive (the server sends 'resync' on connect).
    if (online && flipped && stream && !streamOpen) stream.reconnect()
  }

  /** Stop for good (until a new registration): no stream, no requests, offline, and tell whoever listens. */
  function revoke(): void {
    if (revoked) return
    revoked = true
    stream?.close()
    stream = null
    streamOpen = false
    setOnline(false)
    for (const listener of revokedListeners) listener()
  }

  function refuseUnlessRegistered(): void {
    if (revoked) throw new SessionError('pc-ingetrokken')
    if (options.token() === null) throw new SessionError('niet-geregistreerd')
  }

  /** PC clock minus server clock, measured against the middle of the round trip. */
  function noteServerTime(response: Response, sentAt: number): void {
    const serverTime = Date.parse(response.headers.get(SERVER_TIME_HEADER) ?? '')
    if (Number.isNaN(serverTime)) return
    state.serverOffsetMs = Math.round((sentAt + now()) / 2 - serverTime)
  }

  async function once(path: string, body: unknown): Promise<unknown> {
    const sentAt = now()
    let response: Response
    let text: string
    try {
      response = await fetchFn(base + path, {
        method: 'POST',
        headers: { ...headers(), 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.any([AbortSignal.timeout(requestTimeoutMs), closing.signal]),
      })
      text = await response.text()
    } catch (error) {
      setOnline(false)
      throw new TransportError('sync.offline', `server not reachable: ${error instanceof Error ? error.message : String(error)}`)
    }
    noteServerTime(response, sentAt)
    if (isDeviceRevocation(response.status, serverCodeOf(text))) {
      revoke()
      throw new SessionError('pc-ingetrokken')
    }
    if (response.status >= 500) {
      setOnline(false)
      throw new TransportError('sync.server', `server error ${response.status}`, response.status)
    }
    setOnline(true)
    if (response.status === 426) throw new TransportError('sync.outdated', 'this app is older than the server allows', 426)
    if (!response.ok) throw new TransportError('sync.refused', refusal(response.status, text), response.status)
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      throw new TransportError('sync.bad-response', `server answered ${response.status} without JSON`, response.status)
    }
    state.lastSyncAt = new Date(now()).toISOString()
    statusChanged(false)
    return value
  }

  async function request(path: string, body: unknown): Promise<unknown> {
    let lastError: unknown
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await interruptibleSleep(backoffDelay(retryBackoff, attempt - 1, random), closing.signal)
      if (closing.signal.aborted) break
      refuseUnlessRegistered()
      try {
        return await once(path, body)
      } catch (error) {
        lastError = error
        if (!isRetryable(error)) throw error
      }
    }
    throw lastError ?? new TransportError('sync.offline', 'transport closed')
  }

  function deliver(event: SyncEvent): void {
    for (const listener of eventListeners) listener(event)
  }

  return {
    async pull(collection, checkpoint, batchSize, window) {
      const body = window ? { checkpoint, batchSize, window: { from: window.from, to: window.to } } : { checkpoint, batchSize }
      const value = await request(`/sync/${encodeURIComponent(collection)}/pull`, body)
      return parsePullResponse(value)
    },
    async push(collection, rows) {
      const value = await request(`/sync/${encodeURIComponent(collection)}/push`, { rows })
      return parsePushResponse(value)
    },
    status: () => ({ ...state }),
    onStatus(listener) {
      statusListeners.add(listener)
      return () => statusListeners.delete(listener)
    },
    onEvent(listener) {
      eventListeners.add(listener)
      return () => eventListeners.delete(listener)
    },
    onRevoked(listener) {
      revokedListeners.add(listener)
      return () => revokedListeners.delete(listener)
    },
    startEvents() {
      if (stream || closing.signal.aborted || options.token() === null) return
      revoked = false
      stream = openEventStream({
        url: `${base}/sync/events`,
        headers,
        fetch: fetchFn,
        backoff: streamBackoff,
        random,
        idleTimeoutMs: options.streamIdleTimeoutMs ?? 45_000,
        onOpen(response) {
          streamOpen = true
          noteServerTime(response, now())
          setOnline(true)
        },
        onMessage(message) {
          if (message.event === 'resync') return deliver({ kind: 'resync' })
          if (message.event !== 'change') return
          const change = parseChangeEvent(message.data)
          if (change) deliver({ kind: 'change', change })
        },
        onDrop(error) {
          streamOpen = false
          if (error instanceof TransportError && isDeviceRevocation(error.status, error.serverCode)) return revoke()
          setOnline(false)
        },
      })
    },
    reconnect() {
      stream?.reconnect()
    },
    close() {
      closing.abort()
      clearTimeout(trailing)
      stream?.close()
      stream = null
      statusListeners.clear()
      eventListeners.clear()
      revokedListeners.clear()
    },
  }
}

function refusal(status: number, body: string): string {
  let detail = body.slice(0, 300)
  try {
    const parsed: unknown = JSON.parse(body)
    if (parsed && typeof parsed === 'object' && 'message' in parsed && typeof parsed.message === 'string') detail = parsed.message
  } catch {
    // not JSON: keep the text
  }
  return `server refused (${status})${detail ? `: ${detail}` : ''}`
}
