// The thin Electron wiring, tested on the BUILT bundles (DESIGN §3): out/main/index.js runs in Node
// against a stand-in `electron`; out/preload/index.cjs runs in a bare VM context like a sandboxed
// preload, with only `electron` to require.
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { methodNames } from '../../../shared/api/contract'
import * as electron from '../support/electron-stand-in'
import { buildMainAndPreload, type BuiltBundles } from '../support/build-bundles'
import { FAKE_DEVICE_TOKEN, registerArgs, startFakeSyncServer, type FakeSyncServer } from '../support/fake-sync-server'

vi.mock('electron', () => import('../support/electron-stand-in'))

let bundles: BuiltBundles
let userData: string
let server: FakeSyncServer

beforeAll(async () => {
  bundles = await buildMainAndPreload()
  userData = await mkdtemp(join(tmpdir(), 'locatiedesk-userdata-'))
  server = await startFakeSyncServer()
  electron.app.userData = userData
  process.env['LOCATIEDESK_SERVER_URL'] = server.url
  await import(/* @vite-ignore */ pathToFileURL(bundles.main).href)
  await vi.waitFor(() => expect(electron.FakeBrowserWindow.instances[0]?.loaded).toHaveLength(1))
}, 120_000)

afterAll(async () => {
  electron.app.emit('will-quit')
  delete process.env['LOCATIEDESK_SERVER_URL']
  await server?.close()
  await bundles?.remove()
  await rm(userData, { recursive: true, force: true })
})

type Handler = (event: unknown, args: unknown) => Promise<unknown>
function handler(method: string): Handler {
  const found = electron.handlers.get(method)
  if (!found) throw new Error(`no handler for ${method}`)
  return found as Handler
}
const ownPage = () => pathToFileURL(join(bundles.outDir, 'renderer', 'index.html')).href

describe('main process (built bundle, stand-in electron)', () => {
  it('opens one window with the secure web preferences and the built preload', () => {
    expect(electron.FakeBrowserWindow.instances).toHaveLength(1)
    const window = electron.FakeBrowserWindow.instances[0]!
    const prefs = window.options.webPreferences ?? {}
    expect(prefs).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true,
      nodeIntegrationInSubFrames: false, webviewTag: false, allowRunningInsecureContent: false,
    })
    expect(prefs.preload).toBe(bundles.preload)
    expect(existsSync(String(prefs.preload))).toBe(true)
    expect(window.loaded).toEqual([`file:${join(bundles.outDir, 'renderer', 'index.html')}`])
    expect(electron.app.sandboxEnabled).toBe(true)
  })

  it('sets a strict Content-Security-Policy header, replacing any other', () => {
    const hook = electron.sessionHooks.headers
    expect(hook).not.toBeNull()
    let answered: Record<string, string[]> | undefined
    hook!({ responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } }, (r) => (answered = r.responseHeaders))
    expect(answered?.['X-Other']).toEqual(['1'])
    expect(answered?.['content-security-policy']).toBeUndefined()
    const csp = answered?.['Content-Security-Policy']?.[0] ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self';")
    expect(csp).not.toMatch(/unsafe-(eval|inline)/)
  })

  it('denies every permission request and check', () => {
    const granted: boolean[] = []
    electron.sessionHooks.permissionRequest!({}, 'media', (g) => granted.push(g))
    electron.sessionHooks.permissionRequest!({}, 'notifications', (g) => granted.push(g))
    expect(granted).toEqual([false, false])
    expect(electron.sessionHooks.permissionCheck!({}, 'geolocation')).toBe(false)
  })

  it('prevents navigation and denies new windows in every web contents', () => {
    const contents = new electron.FakeWebContents()
    electron.app.emit('web-contents-created', {}, contents)
    const navigate = { preventDefault: vi.fn() }
    contents.emit('will-navigate', navigate, 'https://evil.example/')
    expect(navigate.preventDefault).toHaveBeenCalled()
    const webview = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler!({ url: 'https://www.example.nl/hulp' })).toEqual({ action: 'deny' })
    expect(electron.opened).toEqual(['https://www.example.nl/hulp']) // only https goes to the OS browser
  })

  it('registers exactly one ipcMain.handle per contract method, and nothing else', () => {
    expect([...electron.handlerCounts.keys()].sort()).toEqual([...methodNames].sort())
    expect([...electron.handlerCounts.values()].every((count) => count === 1)).toBe(true)
  })

  it('refuses a call from a foreign frame and answers the app’s own frame', async () => {
    for (const senderFrame of [{ url: 'https://evil.example/' }, { url: 'file:///tmp/evil.html' }, null]) {
      expect(await handler('app.info')({ senderFrame }, {})).toMatchObject({ ok: false, error: { code: 'bridge.forbidden' } })
    }
    const answer = (await handler('app.info')({ senderFrame: { url: ownPage() } }, {})) as { ok: boolean; result: Record<string, unknown> }
    expect(answer.ok).toBe(true)
    expect(answer.result).toMatchObject({ shell: 'electron', version: '0.1.0-test', locale: 'nl', device: null, idleLockMs: 5 * 60_000 })
    const device = JSON.parse(await readFile(join(userData, 'device.json'), 'utf8')) as { deviceId: string }
    expect(answer.result.deviceId).toBe(device.deviceId)
  })

  it('validates arguments before a service sees them', async () => {
    const answer = await handler('sync.pull')({ senderFrame: { url: ownPage() } }, { collection: 'children', checkpoint: null, batchSize: -1 })
    expect(answer).toMatchObject({ ok: false, error: { code: 'bridge.invalid-args' } })
    expect(server.requests.some((r) => r.path.includes('/pull'))).toBe(false)
  })

  it('keeps the database key in safeStorage, the same on every call', async () => {
    const frame = { senderFrame: { url: ownPage() } }
    const first = (await handler('db.encryptionKey')(frame, {})) as { result: { key: string } }
    const second = (await handler('db.encryptionKey')(frame, {})) as { result: { key: string } }
    expect(first.result.key.length).toBeGreaterThanOrEqual(32)
    expect(second.result.key).toBe(first.result.key)
    expect(await readFile(join(userData, 'secrets.json'), 'utf8')).not.toContain(first.result.key)
  })

  it('registers the PC, keeping its device token in safeStorage and out of the window', async () => {
    const frame = { senderFrame: { url: ownPage() } }
    const answer = (await handler('device.register')(frame, registerArgs)) as { ok: boolean; result: Record<string, unknown> }
    expect(answer).toMatchObject({ ok: true, result: { deviceId: 'pc-fake' } })
    const secrets = await readFile(join(userData, 'secrets.json'), 'utf8')
    expect(secrets).not.toContain(FAKE_DEVICE_TOKEN)
    expect(JSON.stringify(answer)).not.toContain(FAKE_DEVICE_TOKEN)
    expect(((await handler('app.info')(frame, {})) as { result: { deviceId: string } }).result.deviceId).toBe('pc-fake')
  })

  it('forwards session changes to the window', async () => {
    const window = electron.FakeBrowserWindow.instances[0]!
    const frame = { senderFrame: { url: ownPage() } }
    await handler('session.signIn')(frame, { staffId: 'marieke.jansen', password: 'demo-marieke' })
    await vi.waitFor(() => expect(window.webContents.sent).toContainEqual(expect.objectContaining({
      channel: 'locatiedesk:event:session.changed', payload: expect.objectContaining({ user: expect.objectContaining({ id: 'marieke.jansen' }) }),
    })))
    expect(JSON.stringify(window.webContents.sent)).not.toMatch(/token/i)
    // The OS locking its screen locks the app's session too.
    electron.powerMonitor.emit('lock-screen')
    await vi.waitFor(() => expect(window.webContents.sent).toContainEqual(expect.objectContaining({
      channel: 'locatiedesk:event:session.changed', payload: expect.objectContaining({ locked: true }),
    })))
  })

  it('forwards server events to the window and reconnects the event stream on resume', async () => {
    const window = electron.FakeBrowserWindow.instances[0]!
    await vi.waitFor(() => expect(window.webContents.sent).toContainEqual({ channel: 'locatiedesk:event:sync.event', payload: { kind: 'resync' } }))
    const connects = server.streamConnects
    electron.powerMonitor.emit('resume')
    await vi.waitFor(() => expect(server.streamConnects).toBe(connects + 1))
  })

  it('logs to userData/logs: the start, the connection, updates off while unpackaged, and console output', async () => {
    const log = () => readFile(join(userData, 'logs', 'main.log'), 'utf8')
    await vi.waitFor(async () => expect(await log()).toContain(`sync: verbonden met ${server.url}`))
    const text = await log()
    expect(text).toMatch(/Locatiedesk 0\.1\.0-test start \(electron, /)
    expect(text).toContain('updates: uit (geen geïnstalleerde versie (ontwikkeling))')
    // console.warn of the IPC guard (the refused foreign frame above) lands in the file too.
    expect(text).toContain('refused app.info from https://evil.example/')
  })
})

describe('print.pdf (built bundle, stand-in electron)', () => {
  const frame = () => ({ senderFrame: { url: ownPage() } })
  const html = '<!doctype html><title>Noodlijst</title><h1>Noodlijst Egeltjes</h1>'
  const printWindows = () => electron.FakeBrowserWindow.instances.filter((w) => w.options.webPreferences?.partition === 'locatiedesk-print')

  it('renders in a hidden, sandboxed window with no preload and no JavaScript, and writes Documents/Locatiedesk/<name>', async () => {
    electron.app.documents = join(userData, 'Documenten')
    const answer = await handler('print.pdf')(frame(), { html, fileName: 'Noodlijst Egeltjes.pdf' })
    const path = join(userData, 'Documenten', 'Locatiedesk', 'Noodlijst Egeltjes.pdf')
    expect(answer).toEqual({ ok: true, result: { path } })
    expect(printWindows()).toHaveLength(1)
    const window = printWindows()[0]!
    expect(window.options.show).toBe(false)
    const prefs = window.options.webPreferences ?? {}
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    expect(prefs).not.toHaveProperty('preload')
    expect(window.webContents.printed).toEqual([{ pageSize: 'A4', printBackground: true }])
    expect(window.destroyed).toBe(true)
    expect(await readFile(path, 'utf8')).toBe(`%PDF-1.7 stand-in\n${html}`)
    // The app's own window is untouched: still one window with the preload.
    expect(electron.FakeBrowserWindow.instances[0]!.options.webPreferences?.preload).toBe(bundles.preload)
  })

  it('serves the document once, with the print CSP, from a session that answers nothing else', async () => {
    const window = printWindows()[0]!
    const [served] = window.served
    expect(served).toMatchObject({ status: 200, body: html })
    expect(served!.url).toMatch(/^https:\/\/afdruk\.locatiedesk\.invalid\//)
    expect(served!.headers['content-security-policy']).toContain("default-src 'none'")
    expect(served!.headers['content-security-policy']).toContain("script-src 'none'")
    const printSession = electron.partitions.get('locatiedesk-print')!
    expect([...printSession.protocolHandlers.keys()].sort()).toEqual(['file', 'http', 'https'])
    for (const url of [served!.url, 'https://www.example.nl/foto.png', 'http://127.0.0.1:3030/sync/children/pull', 'file:///etc/passwd']) {
      const response = await printSession.protocolHandlers.get(new URL(url).protocol.slice(0, -1))!({ url })
      expect(response.status).toBe(404)
    }
    const granted: boolean[] = []
    printSession.permissionRequest!({}, 'media', (g) => granted.push(g))
    expect(granted).toEqual([false])
    expect(printSession.permissionCheck!({}, 'clipboard-read')).toBe(false)
  })

  it('takes a free name for the next printout, and refuses a bad name or a foreign frame without rendering', async () => {
    const again = await handler('print.pdf')(frame(), { html, fileName: 'Noodlijst Egeltjes.pdf' })
    expect(again).toEqual({ ok: true, result: { path: join(userData, 'Documenten', 'Locatiedesk', 'Noodlijst Egeltjes (2).pdf') } })
    const windows = printWindows().length
    expect(await handler('print.pdf')(frame(), { html, fileName: '../../.bashrc.pdf' })).toMatchObject({ ok: false, error: { code: 'bridge.invalid-args' } })
    expect(await handler('print.pdf')({ senderFrame: { url: 'https://evil.example/' } }, { html, fileName: 'x.pdf' }))
      .toMatchObject({ ok: false, error: { code: 'bridge.forbidden' } })
    expect(printWindows()).toHaveLength(windows)
  })
})

describe('preload (built bundle, sandbox-like context)', () => {
  function loadPreload(invokeAnswer: unknown) {
    const exposed: Record<string, unknown> = {}
    const listeners = new Map<string, unknown[]>()
    const invoked: unknown[][] = []
    const stand = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invoked.push(args)
          return invokeAnswer
        },
        on: (channel: string, fn: unknown) => listeners.set(channel, [...(listeners.get(channel) ?? []), fn]),
        removeListener: (channel: string, fn: unknown) => listeners.set(channel, (listeners.get(channel) ?? []).filter((f) => f !== fn)),
      },
    }
    return { exposed, listeners, invoked, stand }
  }

  async function run(answer: unknown) {
    const loaded = loadPreload(answer)
    const code = await readFile(bundles.preload, 'utf8')
    const module = { exports: {} }
    const require = (name: string) => {
      if (name !== 'electron') throw new Error(`sandboxed preload may not require ${name}`)
      return loaded.stand
    }
    runInNewContext(code, { require, module, exports: module.exports, console })
    return loaded
  }

  type Api = { invoke(m: string, a: unknown): Promise<unknown>; on(e: string, cb: (p: unknown) => void): () => void }

  it('exposes exactly window.locatiedesk = { invoke, on }', async () => {
    const { exposed } = await run({ ok: true, result: 1 })
    expect(Object.keys(exposed)).toEqual(['locatiedesk'])
    expect(Object.keys(exposed.locatiedesk as object).sort()).toEqual(['invoke', 'on'])
  })

  it('invokes contract methods only and unwraps main’s answer', async () => {
    const ok = await run({ ok: true, result: { deviceId: 'd' } })
    const api = ok.exposed.locatiedesk as Api
    expect(await api.invoke('app.info', {})).toEqual({ deviceId: 'd' })
    expect(ok.invoked).toEqual([['app.info', {}]])
    await expect(api.invoke('shell.exec', {})).rejects.toMatchObject({ code: 'bridge.unknown-method' })
    expect(ok.invoked).toHaveLength(1)
    const failing = (await run({ ok: false, error: { code: 'sync.offline', message: 'weg' } })).exposed.locatiedesk as Api
    await expect(failing.invoke('sync.status', {})).rejects.toEqual({ code: 'sync.offline', message: 'weg' })
  })

  it('subscribes to contract events only, and unsubscribes', async () => {
    const { exposed, listeners } = await run({ ok: true, result: null })
    const api = exposed.locatiedesk as Api
    const seen: unknown[] = []
    const off = api.on('sync.status', (p) => seen.push(p))
    const channel = 'locatiedesk:event:sync.status'
    const [forward] = (listeners.get(channel) ?? []) as ((e: unknown, p: unknown) => void)[]
    forward!({}, { online: true })
    expect(seen).toEqual([{ online: true }])
    off()
    expect(listeners.get(channel)).toEqual([])
    expect(() => api.on('ipc-internal', () => {})).toThrow(/unknown event/)
  })
})
