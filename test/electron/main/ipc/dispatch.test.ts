import { describe, expect, it, vi } from 'vitest'
import { methodNames } from '../../../../shared/api/contract'
import { createDispatcher } from '../../../../electron/main/ipc/dispatch'
import { validateArgs } from '../../../../electron/main/ipc/validate'
import { createHandlers } from '../../../../electron/main/services/handlers'
import type { SyncTransport } from '../../../../electron/main/services/sync-transport'
import { TransportError } from '../../../../electron/main/services/transport-error'

function fakeTransport(overrides: Partial<SyncTransport> = {}): SyncTransport {
  return {
    pull: vi.fn(async () => ({ documents: [], checkpoint: null })),
    push: vi.fn(async () => ({ conflicts: [] })),
    status: () => ({ online: true, lastSyncAt: null, serverOffsetMs: 0, serverUrl: 'http://s' }),
    onStatus: () => () => {},
    onEvent: () => () => {},
    startEvents: () => {},
    reconnect: () => {},
    close: () => {},
    ...overrides,
  }
}

function handlers(transport = fakeTransport()) {
  return createHandlers({ transport, deviceId: 'dev-1', version: '1.0.0', shell: 'pc-host', locale: 'nl', secret: async () => 'k' })
}

describe('handlers and dispatch', () => {
  it('serve exactly the contract methods', () => {
    expect(Object.keys(handlers()).sort()).toEqual([...methodNames].sort())
  })

  it('pass valid calls to the services', async () => {
    const transport = fakeTransport()
    const dispatch = createDispatcher(handlers(transport))
    expect(await dispatch('app.info', {})).toEqual({
      ok: true, result: { version: '1.0.0', deviceId: 'dev-1', shell: 'pc-host', locale: 'nl' },
    })
    expect(await dispatch('db.encryptionKey', {})).toEqual({ ok: true, result: { key: 'k' } })
    const rows = [{ newDocumentState: { id: 'a', _deleted: false, x: 1 }, assumedMasterState: { id: 'a', _deleted: false } }]
    expect(await dispatch('sync.push', { collection: 'attendance', rows })).toEqual({ ok: true, result: { conflicts: [] } })
    expect(transport.push).toHaveBeenCalledWith('attendance', rows)
    await dispatch('sync.pull', { collection: 'children', checkpoint: { seq: 4 }, batchSize: 50 })
    expect(transport.pull).toHaveBeenCalledWith('children', { seq: 4 }, 50)
  })

  it.each([
    ['app.info', { extra: 1 }],
    ['app.info', null],
    ['sync.pull', { collection: 'children', checkpoint: null }],
    ['sync.pull', { collection: 'children', checkpoint: null, batchSize: 0 }],
    ['sync.pull', { collection: 'children', checkpoint: { seq: -1 }, batchSize: 10 }],
    ['sync.pull', { collection: '../admin', checkpoint: null, batchSize: 10 }],
    ['sync.push', { collection: 'children', rows: [{ newDocumentState: { id: '', _deleted: false } }] }],
    ['sync.push', { collection: 'children', rows: [{ newDocumentState: { id: 'a' } }] }],
    ['sync.push', { collection: 'children', rows: 'all' }],
  ] as const)('refuse invalid arguments: %s %j', async (method, args) => {
    const transport = fakeTransport()
    const answer = await createDispatcher(handlers(transport))(method, args)
    expect(answer).toMatchObject({ ok: false, error: { code: 'bridge.invalid-args' } })
    expect(transport.pull).not.toHaveBeenCalled()
    expect(transport.push).not.toHaveBeenCalled()
    expect(validateArgs(method, args)).not.toBeNull()
  })

  it('refuse unknown methods', async () => {
    expect(await createDispatcher(handlers())('fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'bridge.unknown-method' } })
    expect(await createDispatcher(handlers())('constructor', {})).toMatchObject({ ok: false, error: { code: 'bridge.unknown-method' } })
  })

  it('turn transport failures into the contract BridgeError with the same code', async () => {
    const transport = fakeTransport({
      pull: async () => {
        throw new TransportError('sync.refused', 'server refused (400): nee', 400)
      },
    })
    expect(await createDispatcher(handlers(transport))('sync.pull', { collection: 'children', checkpoint: null, batchSize: 1 })).toEqual({
      ok: false, error: { code: 'sync.refused', message: 'server refused (400): nee' },
    })
  })
})
