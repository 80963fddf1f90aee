// The date window of a first-sync pull through the main process: the bridge arguments are checked
// (shape, real calendar dates, order) before the transport sees them, and the transport sends the
// window to the server only when there is one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDispatcher } from '../../../../electron/main/ipc/dispatch'
import { validateArgs } from '../../../../electron/main/ipc/validate'
import { createHandlers } from '../../../../electron/main/services/handlers'
import type { SessionService } from '../../../../electron/main/services/session-service'
import { createSyncTransport, type SyncTransport } from '../../../../electron/main/services/sync-transport'
import { startFakeSyncServer, type FakeSyncServer } from '../../support/fake-sync-server'

const window = { from: '2026-11-16', to: '2026-12-21' }

describe('sync.pull arguments with a window', () => {
  it.each([
    [{ from: '2026-11-16' }],
    [{ from: '2026-11-16', to: '2026-12-21', extra: true }],
    [{ from: '16-11-2026', to: '2026-12-21' }],
    [{ from: '2026-02-30', to: '2026-03-01' }],
    [{ from: '2026-12-21', to: '2026-11-16' }],
    [{ from: 20261116, to: '2026-12-21' }],
    ['vandaag'],
  ])('refuses %j', (bad) => {
    expect(validateArgs('sync.pull', { collection: 'attendance', checkpoint: null, batchSize: 10, window: bad })).toMatchObject({ code: 'bridge.invalid-args' })
  })

  it('accepts a window, a one-day window and no window', () => {
    for (const args of [
      { collection: 'attendance', checkpoint: null, batchSize: 10, window },
      { collection: 'attendance', checkpoint: { seq: 3 }, batchSize: 10, window: { from: '2024-02-29', to: '2024-02-29' } },
      { collection: 'attendance', checkpoint: null, batchSize: 10 },
    ]) expect(validateArgs('sync.pull', args)).toBeNull()
  })

  it('hands the window to the transport, and leaves it out when absent', async () => {
    const pull = vi.fn(async () => ({ documents: [], checkpoint: null }))
    const transport = { pull, push: vi.fn(), status: vi.fn(), onStatus: vi.fn(), onEvent: vi.fn(), startEvents: vi.fn(), reconnect: vi.fn(), close: vi.fn() } as unknown as SyncTransport
    const dispatch = createDispatcher(createHandlers({
      transport, device: { current: () => null, register: vi.fn() }, session: {} as SessionService,
      localDeviceId: 'd', version: '1', shell: 'pc-host', locale: 'nl', idleLockMs: 1, secret: async () => 'k',
      pdf: { print: vi.fn() },
    }))
    expect(await dispatch('sync.pull', { collection: 'requests', checkpoint: null, batchSize: 5, window })).toEqual({ ok: true, result: { documents: [], checkpoint: null } })
    expect(pull).toHaveBeenLastCalledWith('requests', null, 5, window)
    await dispatch('sync.pull', { collection: 'requests', checkpoint: { seq: 2 }, batchSize: 5 })
    expect(pull).toHaveBeenLastCalledWith('requests', { seq: 2 }, 5)
    expect((await dispatch('sync.pull', { collection: 'requests', checkpoint: null, batchSize: 5, window: { from: '2026-12-01', to: '2026-11-01' } })))
      .toMatchObject({ ok: false, error: { code: 'bridge.invalid-args' } })
    expect(pull).toHaveBeenCalledTimes(2)
  })
})

describe('sync transport pull with a window', () => {
  let server: FakeSyncServer
  let transport: SyncTransport
  beforeEach(async () => {
    server = await startFakeSyncServer()
    transport = createSyncTransport({ serverUrl: server.url, deviceId: 'pc-nieuw', token: () => 'device-token', statusThrottleMs: 0 })
  })
  afterEach(async () => {
    transport.close()
    await server.close()
  })

  it('sends the window in the pull body only when given', async () => {
    const page = { documents: [{ id: '2026-11-23:g1', _deleted: false, date: '2026-11-23' }], checkpoint: { seq: 9 } }
    server.replies.push({ status: 200, body: page }, { status: 200, body: { documents: [], checkpoint: null } })
    expect(await transport.pull('attendance', null, 100, window)).toEqual(page)
    await transport.pull('attendance', { seq: 9 }, 100)
    const bodies = server.requests.filter((r) => r.path === '/sync/attendance/pull').map((r) => JSON.parse(r.body) as unknown)
    expect(bodies).toEqual([{ checkpoint: null, batchSize: 100, window }, { checkpoint: { seq: 9 }, batchSize: 100 }])
  })
})
