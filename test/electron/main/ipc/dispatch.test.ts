import { describe, expect, it, vi } from 'vitest'
import { methodNames } from '../../../../shared/api/contract'
import { createDispatcher } from '../../../../electron/main/ipc/dispatch'
import { validateArgs } from '../../../../electron/main/ipc/validate'
import type { PdfPrinter } from '../../../../electron/main/print/pdf-printer'
import { PrintError } from '../../../../electron/main/print/print-error'
import { createHandlers } from '../../../../electron/main/services/handlers'
import { SessionError } from '../../../../electron/main/services/session-error'
import type { SessionService } from '../../../../electron/main/services/session-service'
import type { SyncTransport } from '../../../../electron/main/services/sync-transport'
import { TransportError } from '../../../../electron/main/services/transport-error'
import type { SessionState } from '../../../../shared/api/contract'

function fakeTransport(overrides: Partial<SyncTransport> = {}): SyncTransport {
  return {
    pull: vi.fn(async () => ({ documents: [], checkpoint: null })),
    push: vi.fn(async () => ({ conflicts: [] })),
    status: () => ({ online: true, lastSyncAt: null, serverOffsetMs: 0, serverUrl: 'http://s' }),
    onStatus: () => () => {},
    onEvent: () => () => {},
    onRevoked: () => () => {},
    startEvents: vi.fn(),
    reconnect: () => {},
    close: () => {},
    ...overrides,
  }
}

const nobody: SessionState = { user: null, locked: false, mode: null, offlineUntil: null, today: [], signing: null }

function fakeSession(): SessionService {
  return {
    current: () => nobody,
    signIn: vi.fn(async () => nobody),
    switchTo: vi.fn(async () => nobody),
    lock: vi.fn(async () => nobody),
    signOut: vi.fn(async () => nobody),
    enterSigning: vi.fn(async () => nobody),
    signed: vi.fn(async () => nobody),
    leaveSigning: vi.fn(async () => nobody),
  }
}

const registration = { deviceId: 'srv-7', name: 'Groep 1', locationIds: ['loc-a'], registeredAt: '2026-03-02T07:00:00.000Z', registeredBy: 'marieke.jansen' }

function handlers(transport = fakeTransport(), session = fakeSession(), registered = false, pdf: PdfPrinter = { print: vi.fn(async () => ({ path: '/pdf/x.pdf' })) }) {
  const device = { current: () => (registered ? registration : null), register: vi.fn(async () => registration) }
  return createHandlers({
    transport, device, session, localDeviceId: 'dev-1', version: '1.0.0', shell: 'pc-host', locale: 'nl', idleLockMs: 300_000, secret: async () => 'k', pdf,
  })
}

describe('handlers and dispatch', () => {
  it('serve exactly the contract methods', () => {
    expect(Object.keys(handlers()).sort()).toEqual([...methodNames].sort())
  })

  it('pass valid calls to the services', async () => {
    const transport = fakeTransport()
    const dispatch = createDispatcher(handlers(transport))
    expect(await dispatch('app.info', {})).toEqual({
      ok: true, result: { version: '1.0.0', deviceId: 'dev-1', device: null, idleLockMs: 300_000, shell: 'pc-host', locale: 'nl' },
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
    ['session.signIn', { staffId: 'anouk.devries' }],
    ['session.signIn', { staffId: '', password: 'x' }],
    ['session.signIn', { staffId: 'a'.repeat(65), password: 'x' }],
    ['session.signIn', { staffId: 'anouk.devries', password: 'x'.repeat(257) }],
    ['session.signIn', { staffId: 'anouk.devries', password: 'x', pin: '123' }],
    ['session.signIn', { staffId: 'anouk.devries', password: 'x', pin: '123456789' }],
    ['session.signIn', { staffId: 'anouk.devries', password: 'x', pin: '12a4' }],
    ['session.signIn', { staffId: 'anouk.devries', password: 'x', token: 't' }],
    ['session.switch', { staffId: 'anouk.devries', pin: 1234 }],
    ['session.switch', { staffId: 'anouk.devries' }],
    ['session.lock', { staffId: 'anouk.devries' }],
    ['session.signOut', null],
    ['device.register', { staffId: 'm', password: 'p' }],
    ['device.register', { staffId: 'm', password: 'p', name: '   ' }],
    ['device.register', { staffId: 'm', password: 'p', name: 'pc', locationIds: [] }],
    ['device.register', { staffId: 'm', password: 'p', name: 'pc', locationIds: 'alle' }],
    ['device.register', { staffId: 'm', password: 'p', name: 'pc', locationIds: ['a', 'a'] }],
    ['device.register', { staffId: 'm', password: 'p', name: 'pc', locationIds: [''] }],
    ['print.pdf', { html: '<p>x</p>' }],
    ['print.pdf', { html: '', fileName: 'lijst.pdf' }],
    ['print.pdf', { html: 'x'.repeat(2 * 1024 * 1024 + 1), fileName: 'lijst.pdf' }],
    ['print.pdf', { html: '<p>x</p>', fileName: 'lijst.html' }],
    ['print.pdf', { html: '<p>x</p>', fileName: '../lijst.pdf' }],
    ['print.pdf', { html: '<p>x</p>', fileName: 'map/lijst.pdf' }],
    ['print.pdf', { html: '<p>x</p>', fileName: 'map\\lijst.pdf' }],
    ['print.pdf', { html: '<p>x</p>', fileName: '.verborgen.pdf' }],
    ['print.pdf', { html: '<p>x</p>', fileName: 'C:lijst.pdf' }],
    ['print.pdf', { html: '<p>x</p>', fileName: 'nul.pdf' }],
    ['print.pdf', { html: '<p>x</p>', fileName: 'lijst..pdf' }],
    ['print.pdf', { html: '<p>x</p>', fileName: `${'a'.repeat(101)}.pdf` }],
    ['print.pdf', { html: '<p>x</p>', fileName: 'lijst.pdf', path: '/etc' }],
  ] as const)('refuse invalid arguments: %s %j', async (method, args) => {
    const transport = fakeTransport()
    const session = fakeSession()
    const answer = await createDispatcher(handlers(transport, session))(method, args)
    expect(answer).toMatchObject({ ok: false, error: { code: 'bridge.invalid-args' } })
    expect(transport.pull).not.toHaveBeenCalled()
    expect(transport.push).not.toHaveBeenCalled()
    expect(session.signIn).not.toHaveBeenCalled()
    expect(session.switchTo).not.toHaveBeenCalled()
    expect(validateArgs(method, args)).not.toBeNull()
  })

  it.each([
    ['session.signIn', { staffId: 'anouk.devries', password: 'demo-anouk' }],
    ['session.signIn', { staffId: 'anouk.devries', password: 'demo-anouk', pin: '1001' }],
    ['session.signIn', { staffId: 'anouk.devries', password: 'demo-anouk', pin: '12345678' }],
    ['session.switch', { staffId: 'anouk.devries', pin: '1001' }],
    ['device.register', { staffId: 'marieke.jansen', password: 'demo-marieke', name: 'Groepsruimte 1' }],
    ['device.register', { staffId: 'linda.klantenservice', password: 'demo-linda', name: 'Centraal', locationIds: 'all' }],
    ['device.register', { staffId: 'marieke.jansen', password: 'demo-marieke', name: 'pc', locationIds: ['goverwelle'] }],
    ['print.pdf', { html: '<!doctype html><p>Noodlijst</p>', fileName: 'Noodlijst Egeltjes 2026-12-02.pdf' }],
    ['print.pdf', { html: '<p>x</p>', fileName: 'Aanwezigheid (Pieterpäd) 02-12.pdf' }],
  ] as const)('accept valid arguments: %s %j', (method, args) => {
    expect(validateArgs(method, args)).toBeNull()
  })

  it('register, then start the event stream; app.info then names the registered device', async () => {
    const transport = fakeTransport()
    const dispatch = createDispatcher(handlers(transport))
    expect(await dispatch('device.register', { staffId: 'marieke.jansen', password: 'p', name: 'Groep 1' })).toEqual({ ok: true, result: registration })
    expect(transport.startEvents).toHaveBeenCalledTimes(1)
    expect(await createDispatcher(handlers(transport, fakeSession(), true))('app.info', {})).toMatchObject({
      ok: true, result: { deviceId: 'srv-7', device: registration },
    })
  })

  it('turn session refusals into the contract BridgeError with their code and Dutch message', async () => {
    const session = { ...fakeSession(), switchTo: async () => { throw new SessionError('niet-vandaag') } }
    expect(await createDispatcher(handlers(fakeTransport(), session))('session.switch', { staffId: 'sem.bakker', pin: '1234' })).toEqual({
      ok: false, error: { code: 'niet-vandaag', message: 'Snel wisselen kan alleen naar iemand die vandaag al op deze pc is aangemeld' },
    })
  })

  it('pass print.pdf to the printer and carry its refusals as BridgeErrors', async () => {
    const print = vi.fn(async () => ({ path: '/home/pc/Documenten/Locatiedesk/Noodlijst.pdf' }))
    const args = { html: '<p>Noodlijst</p>', fileName: 'Noodlijst.pdf' }
    expect(await createDispatcher(handlers(fakeTransport(), fakeSession(), false, { print }))('print.pdf', args)).toEqual({
      ok: true, result: { path: '/home/pc/Documenten/Locatiedesk/Noodlijst.pdf' },
    })
    expect(print).toHaveBeenCalledWith(args)
    const failing: PdfPrinter = { print: async () => { throw new PrintError('print.mislukt', 'De PDF kon niet opgeslagen worden: schijf vol') } }
    expect(await createDispatcher(handlers(fakeTransport(), fakeSession(), false, failing))('print.pdf', args)).toEqual({
      ok: false, error: { code: 'print.mislukt', message: 'De PDF kon niet opgeslagen worden: schijf vol' },
    })
  })

  it('answer an unforeseen failure with a plain Dutch sentence, never its own text', async () => {
    const transport = fakeTransport({
      pull: async () => {
        throw new Error("ENOENT: no such file or directory, open '/home/pc/.config/locatiedesk/db/children.json'")
      },
    })
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const answer = await createDispatcher(handlers(transport))('sync.pull', { collection: 'children', checkpoint: null, batchSize: 1 })
    expect(answer).toEqual({ ok: false, error: { code: 'bridge.internal', message: expect.stringContaining('Er ging iets mis op deze pc') } })
    expect(JSON.stringify(answer)).not.toContain('/home/pc')
    expect(errors).toHaveBeenCalledWith('bridge handler failed', expect.any(Error))
    errors.mockRestore()
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
