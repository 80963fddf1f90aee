import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SyncStatus } from '../../../../shared/api/contract'
import { createSyncTransport, type SyncEvent, type SyncTransport, type SyncTransportOptions } from '../../../../electron/main/services/sync-transport'
import { TransportError } from '../../../../electron/main/services/transport-error'
import { sseFrame, startFakeSyncServer, type FakeSyncServer } from '../../support/fake-sync-server'

let server: FakeSyncServer
let transport: SyncTransport | undefined

beforeEach(async () => {
  server = await startFakeSyncServer()
})
afterEach(async () => {
  transport?.close()
  transport = undefined
  await server.close()
})

function open(overrides: Partial<SyncTransportOptions> = {}): SyncTransport {
  transport = createSyncTransport({
    serverUrl: server.url,
    deviceId: 'pc-test',
    token: () => 'device-token-of-pc-test',
    retryBackoff: { baseMs: 20, maxMs: 200 },
    streamBackoff: { baseMs: 20, maxMs: 200 },
    random: () => 0.5,
    statusThrottleMs: 0,
    ...overrides,
  })
  return transport
}

const page = { documents: [{ id: 'a', _deleted: false, name: 'A' }], checkpoint: { seq: 7 } }

describe('sync transport over HTTP', () => {
  it('retries a 503 with growing, jittered delays and then succeeds', async () => {
    server.replies.push({ status: 503 }, { status: 503 }, { status: 200, body: page })
    const result = await open().pull('children', { seq: 3 }, 100)
    expect(result).toEqual(page)
    const pulls = server.requests.filter((r) => r.path === '/sync/children/pull')
    expect(pulls).toHaveLength(3)
    // random 0.5 → delay = step/2 + step/4: 15 ms, then 30 ms (timers may fire ≤1 ms early).
    expect(pulls[1]!.at - pulls[0]!.at).toBeGreaterThanOrEqual(14)
    expect(pulls[2]!.at - pulls[1]!.at).toBeGreaterThanOrEqual(29)
    expect(JSON.parse(pulls[2]!.body)).toEqual({ checkpoint: { seq: 3 }, batchSize: 100 })
  })

  it('sends the protocol and device headers, and the device token', async () => {
    await open().push('attendance', [{ newDocumentState: { id: 'x', _deleted: false } }])
    const push = server.requests.find((r) => r.path === '/sync/attendance/push')
    expect(push?.headers['x-locatiedesk-protocol']).toBe('1')
    expect(push?.headers['x-device-id']).toBe('pc-test')
    expect(push?.headers.authorization).toBe('Bearer device-token-of-pc-test')
    expect(push?.headers['content-type']).toBe('application/json')
  })

  it('answers a 4xx to the caller at once, without retrying', async () => {
    server.replies.push({ status: 400, body: { message: 'document id too long' } })
    const failure = await open().push('children', []).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(TransportError)
    expect(failure).toMatchObject({ code: 'sync.refused', status: 400 })
    expect((failure as Error).message).toContain('document id too long')
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
  })

  it('reports an outdated app on 426', async () => {
    server.replies.push({ status: 426, body: { message: 'upgrade' } })
    await expect(open().pull('children', null, 10)).rejects.toMatchObject({ code: 'sync.outdated' })
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
  })

  it('gives up after the configured attempts when the server keeps failing', async () => {
    server.fallback = () => ({ status: 502 })
    await expect(open({ attempts: 3 }).pull('children', null, 10)).rejects.toMatchObject({ code: 'sync.server', status: 502 })
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(3)
  })

  it('refuses a 200 answer that is not the protocol', async () => {
    server.replies.push({ status: 200, body: { rows: 'nonsense' } })
    await expect(open().pull('children', null, 10)).rejects.toMatchObject({ code: 'sync.bad-response' })
  })

  it('goes offline on failures and online on success, emitting sync.status each time', async () => {
    const seen: SyncStatus[] = []
    const t = open({ attempts: 1 })
    t.onStatus((status) => seen.push(status))
    await t.pull('children', null, 10)
    expect(t.status().online).toBe(true)
    expect(t.status().lastSyncAt).not.toBeNull()
    server.replies.push({ status: 503 })
    await expect(t.pull('children', null, 10)).rejects.toMatchObject({ code: 'sync.server' })
    expect(t.status().online).toBe(false)
    await t.pull('children', null, 10)
    // Every exchange reports (lastSyncAt moves); the online flag flips exactly twice.
    const flips = seen.map((s) => s.online).filter((online, i, all) => i === 0 || online !== all[i - 1])
    expect(flips).toEqual([true, false, true])
  })

  it('is offline with sync.offline when nothing listens', async () => {
    const url = server.url
    await server.close()
    const t = createSyncTransport({ serverUrl: url, deviceId: 'pc', token: () => 'device-token', attempts: 2, retryBackoff: { baseMs: 5, maxMs: 5 } })
    transport = t
    await expect(t.pull('children', null, 10)).rejects.toMatchObject({ code: 'sync.offline' })
    expect(t.status().online).toBe(false)
    server = await startFakeSyncServer() // for afterEach
  })

  it('keeps the offset between the PC clock and the server clock from x-server-time', async () => {
    const serverAhead = 5 * 60_000
    server.fallback = () => ({
      status: 200,
      body: { conflicts: [] },
      headers: { 'x-server-time': new Date(Date.now() + serverAhead).toISOString() },
    })
    const t = open()
    await t.push('children', [])
    // PC clock minus server clock: the server is 5 minutes ahead, so about −300 000 ms.
    expect(Math.abs(t.status().serverOffsetMs + serverAhead)).toBeLessThan(1_000)
  })
})

describe('sync transport event stream', () => {
  function collect(t: SyncTransport): SyncEvent[] {
    const events: SyncEvent[] = []
    t.onEvent((event) => events.push(event))
    return events
  }

  it('delivers resync and change events, and reconnects after the server drops the stream', async () => {
    const t = open()
    const events = collect(t)
    const statuses: boolean[] = []
    t.onStatus((s) => statuses.push(s.online))
    t.startEvents()
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'resync' }]))
    const change = { collection: 'attendance', documents: [{ id: '2026-01-05:g1', _deleted: false }], checkpoint: { seq: 12 } }
    server.sendEvent('change', change)
    server.sendEvent('change', { not: 'a change' }) // skipped, not fatal
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'resync' }, { kind: 'change', change }]))
    expect(t.status().online).toBe(true)

    server.dropStreams()
    await vi.waitFor(() => expect(server.streamConnects).toBe(2))
    await vi.waitFor(() => expect(events.at(-1)).toEqual({ kind: 'resync' }))
    expect(events).toHaveLength(3)
    expect(statuses).toEqual([true, false, true])
    const stream = server.requests.find((r) => r.path === '/sync/events')
    expect(stream?.headers['x-locatiedesk-protocol']).toBe('1')
    expect(stream?.headers.authorization).toBe('Bearer device-token-of-pc-test')
    expect(stream?.headers.accept).toBe('text/event-stream')
  })

  it('parses events split across chunks and ignores keep-alive comments', async () => {
    server.onStreamOpen = (response) => {
      const frame = `: keep-alive\n\n${sseFrame('resync', {})}`
      response.write(frame.slice(0, 9))
      setTimeout(() => response.write(frame.slice(9, 20)), 5)
      setTimeout(() => response.write(frame.slice(20)), 10)
    }
    const t = open()
    const events = collect(t)
    t.startEvents()
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'resync' }]))
  })

  it.each([
    ['after the headers', true],
    ['before any header', false],
  ])('takes a stream silent %s for dead and reconnects (a cut cable sends no FIN)', async (_when, flush) => {
    server.flushStreamHeaders = flush
    server.onStreamOpen = () => {} // then nothing: not even the keep-alive comment
    const t = open({ streamIdleTimeoutMs: 150 })
    const statuses: boolean[] = []
    t.onStatus((s) => statuses.push(s.online))
    t.startEvents()
    await vi.waitFor(() => expect(server.streamConnects).toBeGreaterThanOrEqual(2), { timeout: 3_000 })
    if (flush) {
      // Headers, then silence: online, until the watchdog takes the stream for dead.
      await vi.waitFor(() => expect(statuses.slice(0, 2)).toEqual([true, false]))
    } else {
      // No answer at all: never online.
      expect(statuses).toEqual([])
      expect(t.status().online).toBe(false)
    }
  })

  it('reconnects at once when asked (resume from sleep), without waiting out the backoff', async () => {
    const t = open({ streamBackoff: { baseMs: 60_000, maxMs: 60_000 } })
    const events = collect(t)
    t.startEvents()
    await vi.waitFor(() => expect(events).toHaveLength(1))
    t.reconnect()
    await vi.waitFor(() => expect(server.streamConnects).toBe(2))
    await vi.waitFor(() => expect(events).toHaveLength(2))
  })

  it('retries a refused stream with backoff and opens it when the server is back', async () => {
    let refuse = 2
    const realOpen = server.onStreamOpen
    server.onStreamOpen = (response) => {
      if (refuse-- > 0) {
        response.destroy()
        return
      }
      realOpen(response)
    }
    const t = open()
    const events = collect(t)
    t.startEvents()
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'resync' }]), { timeout: 3_000 })
    expect(server.streamConnects).toBe(3)
  })
})

describe('sync transport and the device token', () => {
  it('sends nothing before the PC is registered: pull and push refuse, the stream stays closed', async () => {
    const t = open({ token: () => null })
    await expect(t.pull('children', null, 10)).rejects.toMatchObject({ code: 'niet-geregistreerd' })
    await expect(t.push('children', [])).rejects.toMatchObject({ code: 'niet-geregistreerd' })
    t.startEvents()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(server.requests).toEqual([])
    expect(t.status().online).toBe(false)
  })

  it('starts the stream once a token exists (registration after start)', async () => {
    let token: string | null = null
    const t = open({ token: () => token })
    t.startEvents()
    token = 'new-device-token'
    t.startEvents()
    await vi.waitFor(() => expect(server.streamConnects).toBe(1))
    expect(server.requests[0]?.headers.authorization).toBe('Bearer new-device-token')
  })

  it('stops syncing when a call answers 403 pc-ingetrokken: revoked once, offline, no stream, no more requests', async () => {
    const t = open()
    const revoked = vi.fn()
    t.onRevoked(revoked)
    const events = collectEvents(t)
    t.startEvents()
    await vi.waitFor(() => expect(events).toEqual([{ kind: 'resync' }]))
    expect(t.status().online).toBe(true)

    server.replies.push({ status: 403, body: { statusCode: 403, error: 'Forbidden', code: 'pc-ingetrokken', message: 'Deze pc is ingetrokken' } })
    await expect(t.push('attendance', [{ newDocumentState: { id: 'x', _deleted: false } }])).rejects.toMatchObject({ code: 'pc-ingetrokken' })
    expect(revoked).toHaveBeenCalledTimes(1)
    expect(t.status().online).toBe(false)
    await vi.waitFor(() => expect(server.streams).toHaveLength(0))

    const before = server.requests.length
    await expect(t.pull('children', null, 10)).rejects.toMatchObject({ code: 'pc-ingetrokken' })
    await new Promise((resolve) => setTimeout(resolve, 150)) // longer than the stream's backoff
    expect(server.requests.length).toBe(before)
    expect(server.streamConnects).toBe(1)
    expect(revoked).toHaveBeenCalledTimes(1)
  })

  it('stops when the event stream is refused with 401 pc-onbekend, without reconnecting', async () => {
    server.streamRefusal = { status: 401, body: { statusCode: 401, error: 'Unauthorized', code: 'pc-onbekend', message: 'Onbekende pc' } }
    const t = open()
    const revoked = vi.fn()
    t.onRevoked(revoked)
    t.startEvents()
    await vi.waitFor(() => expect(revoked).toHaveBeenCalledTimes(1))
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(server.streamConnects).toBe(1)
    await expect(t.pull('children', null, 10)).rejects.toMatchObject({ code: 'pc-ingetrokken' })
  })

  it('treats another 403 as a refusal of that call only', async () => {
    const t = open()
    const revoked = vi.fn()
    t.onRevoked(revoked)
    server.replies.push({ status: 403, body: { statusCode: 403, error: 'Forbidden', code: 'geen-recht', message: 'Nee' } })
    await expect(t.pull('children', null, 10)).rejects.toMatchObject({ code: 'sync.refused', status: 403 })
    expect(revoked).not.toHaveBeenCalled()
    expect(await t.pull('children', null, 10)).toEqual({ documents: [], checkpoint: null })
  })
})

function collectEvents(t: SyncTransport): SyncEvent[] {
  const events: SyncEvent[] = []
  t.onEvent((event) => events.push(event))
  return events
}
