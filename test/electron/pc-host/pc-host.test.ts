import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import WebSocket from 'ws'
import type { SessionState } from '../../../shared/api/contract'
import { startPcHost, type PcHost } from '../../../electron/pc-host/index'
import { pdfText } from '../support/pdf-text'
import { FAKE_DEVICE_TOKEN, registerArgs, startFakeSyncServer, type FakeSyncServer } from '../support/fake-sync-server'

let server: FakeSyncServer
let root: string
let rendererDir: string
let host: PcHost
let other: PcHost

const fast = { streamBackoff: { baseMs: 20, maxMs: 200 }, retryBackoff: { baseMs: 5, maxMs: 20 } }

beforeAll(async () => {
  server = await startFakeSyncServer()
  root = await mkdtemp(join(tmpdir(), 'locatiedesk-pchost-'))
  rendererDir = join(root, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Locatiedesk</title>')
  await writeFile(join(root, 'outside.txt'), 'secret')
  host = await startPcHost({ serverUrl: server.url, dataDir: join(root, 'pc-1'), rendererDir, transport: fast })
  other = await startPcHost({ serverUrl: server.url, dataDir: join(root, 'pc-2'), rendererDir, transport: fast })
})

afterAll(async () => {
  await host?.close()
  await other?.close()
  await server?.close()
  await rm(root, { recursive: true, force: true })
})

/** Status of a raw upgrade request with chosen headers: 101 when the bridge accepts it. */
function upgradeStatus(h: PcHost, headers: { host?: string; origin?: string; token?: string | null; path?: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const token = headers.token === undefined ? h.token : headers.token
    const req = request({
      host: '127.0.0.1',
      port: h.port,
      path: headers.path ?? `/bridge${token === null ? '' : `?token=${encodeURIComponent(token)}`}`,
      headers: {
        host: headers.host ?? `127.0.0.1:${h.port}`,
        ...(headers.origin === '' ? {} : { origin: headers.origin ?? `http://127.0.0.1:${h.port}` }),
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': Buffer.from('0123456789abcdef').toString('base64'),
      },
    })
    req.on('upgrade', (response, socket) => {
      socket.destroy()
      resolve(response.statusCode ?? 0)
    })
    req.on('response', (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

function get(h: PcHost, path: string, hostHeader = `127.0.0.1:${h.port}`): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: h.port, path, headers: { host: hostHeader } }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

interface Client {
  call(method: string, args: unknown, timeoutMs?: number): Promise<Record<string, unknown>>
  frames: Record<string, unknown>[]
  close(): void
}

async function connect(h: PcHost): Promise<Client> {
  const socket = new WebSocket(`ws://127.0.0.1:${h.port}/bridge?token=${h.token}`, { origin: `http://127.0.0.1:${h.port}` })
  const frames: Record<string, unknown>[] = []
  socket.on('message', (data) => frames.push(JSON.parse(data.toString()) as Record<string, unknown>))
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  let id = 0
  return {
    frames,
    async call(method, args, timeoutMs = 1_000) {
      const callId = ++id
      socket.send(JSON.stringify({ id: callId, method, args }))
      await vi.waitFor(() => expect(frames.some((f) => f.id === callId)).toBe(true), { timeout: timeoutMs })
      return frames.find((f) => f.id === callId)!
    },
    close: () => socket.close(),
  }
}

describe('PC host bridge', () => {
  it('prints a 127.0.0.1 URL with a random token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`)
    expect(host.token.length).toBeGreaterThanOrEqual(32)
    expect(other.token).not.toBe(host.token)
  })

  it('accepts the right token, Origin and Host', async () => {
    expect(await upgradeStatus(host, {})).toBe(101)
  })

  it('refuses a wrong or missing token', async () => {
    expect(await upgradeStatus(host, { token: 'wrong' })).toBe(401)
    expect(await upgradeStatus(host, { token: other.token })).toBe(401)
    expect(await upgradeStatus(host, { token: null })).toBe(401)
  })

  it('refuses a foreign Origin, or none', async () => {
    expect(await upgradeStatus(host, { origin: 'http://evil.example' })).toBe(403)
    expect(await upgradeStatus(host, { origin: `http://localhost:${host.port}` })).toBe(403)
    expect(await upgradeStatus(host, { origin: '' })).toBe(403)
  })

  it('refuses a foreign Host (DNS rebinding)', async () => {
    expect(await upgradeStatus(host, { host: `evil.example:${host.port}` })).toBe(403)
    expect(await upgradeStatus(host, { host: `127.0.0.1:${host.port + 1}` })).toBe(403)
  })

  it('refuses other paths', async () => {
    expect(await upgradeStatus(host, { path: `/other?token=${host.token}` })).toBe(404)
  })

  it('answers app.info with this PC’s device id; two PCs have two ids, kept across restarts', async () => {
    const client = await connect(host)
    const answer = await client.call('app.info', {})
    expect(answer.result).toMatchObject({ deviceId: host.deviceId, device: null, idleLockMs: 5 * 60_000, shell: 'pc-host', locale: 'nl' })
    client.close()
    const second = await connect(other)
    expect(((await second.call('app.info', {})).result as { deviceId: string }).deviceId).toBe(other.deviceId)
    second.close()
    expect(other.deviceId).not.toBe(host.deviceId)

    const again = await startPcHost({ serverUrl: server.url, dataDir: join(root, 'pc-1'), rendererDir, transport: fast })
    try {
      expect(again.deviceId).toBe(host.deviceId)
      expect(again.token).not.toBe(host.token)
    } finally {
      await again.close()
    }
  })

  it('validates arguments and answers errors in the contract framing', async () => {
    const client = await connect(host)
    expect((await client.call('sync.pull', { collection: 'children' })).error).toMatchObject({ code: 'bridge.invalid-args' })
    expect((await client.call('process.exit', {})).error).toMatchObject({ code: 'bridge.unknown-method' })
    client.close()
  })

  it('takes the idle lock time from its options', async () => {
    const quick = await startPcHost({ serverUrl: server.url, dataDir: join(root, 'pc-quick'), rendererDir, transport: fast, idleLockMs: 1_500 })
    try {
      const client = await connect(quick)
      expect((await client.call('app.info', {})).result).toMatchObject({ idleLockMs: 1_500 })
      client.close()
    } finally {
      await quick.close()
    }
  })

  it('syncs nothing before registration; after it, passes sync calls with the device token, and server events to the page', async () => {
    const client = await connect(host)
    expect((await client.call('sync.pull', { collection: 'children', checkpoint: null, batchSize: 10 })).error).toMatchObject({ code: 'niet-geregistreerd' })
    expect(server.requests.filter((r) => r.path.startsWith('/sync/'))).toEqual([])
    const registered = await client.call('device.register', registerArgs)
    expect(registered.result).toMatchObject({ deviceId: 'pc-fake', name: 'Test-pc' })
    expect(JSON.stringify(client.frames)).not.toContain(FAKE_DEVICE_TOKEN)
    expect(host.deviceId).toBe('pc-fake')
    await vi.waitFor(() => expect(server.streams).toHaveLength(1))

    server.replies.push({ status: 200, body: { documents: [{ id: 'k1', _deleted: false }], checkpoint: { seq: 1 } } })
    const answer = await client.call('sync.pull', { collection: 'children', checkpoint: null, batchSize: 10 })
    expect(answer.result).toEqual({ documents: [{ id: 'k1', _deleted: false }], checkpoint: { seq: 1 } })
    const pull = server.requests.filter((r) => r.path === '/sync/children/pull').at(-1)
    expect(pull?.headers['x-device-id']).toBe('pc-fake')
    expect(pull?.headers.authorization).toBe(`Bearer ${FAKE_DEVICE_TOKEN}`)

    const change = { collection: 'children', documents: [{ id: 'k2', _deleted: false }], checkpoint: { seq: 2 } }
    server.sendEvent('change', change)
    await vi.waitFor(() => expect(client.frames).toContainEqual({ event: 'sync.event', payload: { kind: 'change', change } }))
    expect(((await client.call('sync.status', {})).result as { online: boolean }).online).toBe(true)
    client.close()
  })

  it('prints to PDF with Chromium into the PC’s own pdf/ folder', async () => {
    const client = await connect(host)
    const html = '<!doctype html><title>Noodlijst</title><style>body{font-family:sans-serif}</style><h1>Noodlijst Egeltjes</h1>'
    // Chromium starts for the print: seconds, not the bridge's usual milliseconds.
    const answer = await client.call('print.pdf', { html, fileName: 'Noodlijst Egeltjes.pdf' }, 20_000)
    expect(answer.result).toEqual({ path: join(root, 'pc-1', 'pdf', 'Noodlijst Egeltjes.pdf') })
    const pdf = await readFile(join(root, 'pc-1', 'pdf', 'Noodlijst Egeltjes.pdf'))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdfText(pdf)).toContain('Noodlijst Egeltjes')
    expect((await client.call('print.pdf', { html, fileName: '../Noodlijst.pdf' })).error).toMatchObject({ code: 'bridge.invalid-args' })
    client.close()
  }, 30_000)

  it('keeps the database key per PC', async () => {
    const a = await connect(host)
    const b = await connect(other)
    const keyA = ((await a.call('db.encryptionKey', {})).result as { key: string }).key
    expect(((await a.call('db.encryptionKey', {})).result as { key: string }).key).toBe(keyA)
    expect(((await b.call('db.encryptionKey', {})).result as { key: string }).key).not.toBe(keyA)
    a.close()
    b.close()
  })

  it('serves Tekenmodus (session.signing.*) with its refusals, and tells the page every change', async () => {
    const signingHost = await startPcHost({
      serverUrl: server.url, dataDir: join(root, 'pc-signing'), rendererDir, transport: fast, scryptCost: { N: 1024, r: 8, p: 1 },
    })
    try {
      const client = await connect(signingHost)
      const enterArgs = { sheetId: 'loc-a:2026-12-02', draft: { childId: 'kind-1', dayPart: 'hele dag', parentName: 'Petra de Boer' } }
      expect((await client.call('session.signing.enter', enterArgs)).error).toMatchObject({ code: 'tekenmodus.niet-aangemeld' })
      // The stand-in server signs anyone in as marieke.jansen, a manager, without a PIN.
      await client.call('session.signIn', { staffId: 'marieke.jansen', password: 'demo-marieke' })
      const entered = (await client.call('session.signing.enter', enterArgs)).result as SessionState
      expect(entered.signing).toMatchObject({ sheetId: 'loc-a:2026-12-02', draft: enterArgs.draft })
      await vi.waitFor(() => expect(client.frames).toContainEqual({ event: 'session.changed', payload: entered }))
      expect(((await client.call('session.signing.signed', {})).result as SessionState).signing?.draft).toBeNull()
      expect((await client.call('session.signing.leave', { staffId: 'marieke.jansen', pin: '1001' })).error).toMatchObject({ code: 'geen-pincode' })
      expect((await client.call('session.signing.leave', { staffId: 'marieke.jansen' })).error).toMatchObject({ code: 'bridge.invalid-args' })
      const left = (await client.call('session.signing.leave', { staffId: 'marieke.jansen', password: 'demo-marieke' })).result as SessionState
      expect(left).toMatchObject({ user: { id: 'marieke.jansen' }, signing: null })
      client.close()
    } finally {
      await signingHost.close()
    }
  })
})

describe('PC host pages', () => {
  it('serves the built renderer with the CSP and no referrer', async () => {
    const page = await get(host, `/?token=${host.token}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Locatiedesk</title>')
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ws://127.0.0.1:${host.port}`)
    expect(page.headers['content-security-policy']).toContain("script-src 'self';")
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect((await get(host, '/aanwezigheid')).body).toContain('<title>Locatiedesk</title>') // client-side route
  })

  it('refuses a foreign Host and anything outside the renderer folder', async () => {
    expect((await get(host, '/', `evil.example:${host.port}`)).status).toBe(403)
    expect((await get(host, '/%2e%2e/outside.txt')).status).toBe(404)
    expect((await get(host, '/..%2foutside.txt')).status).toBe(404)
    expect((await get(host, '/missing.js')).status).toBe(404)
  })
})
