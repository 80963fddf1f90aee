import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy'

// The proxy is the tool every offline test relies on: prove it forwards, cuts, delays and resets.
describe('tcp proxy', () => {
  let server: http.Server
  let proxy: TcpProxy

  beforeEach(async () => {
    server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => res.end(`echo:${req.url}:${body}`))
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    proxy = await startTcpProxy({ host: '127.0.0.1', port: (server.address() as AddressInfo).port })
  })
  afterEach(async () => {
    await proxy.close()
    server.closeAllConnections()
    await new Promise<void>((r) => server.close(() => r()))
  })

  const get = (path: string) => fetch(`${proxy.url}${path}`, { headers: { connection: 'close' } }).then((r) => r.text())

  it('forwards requests and bodies both ways', async () => {
    expect(await get('/a')).toBe('echo:/a:')
    const res = await fetch(`${proxy.url}/b`, { method: 'POST', body: 'x'.repeat(200_000) })
    expect(await res.text()).toBe(`echo:/b:${'x'.repeat(200_000)}`)
  })

  it('counts the bytes the client sent through it', async () => {
    expect(proxy.bytesFromClient()).toBe(0)
    await fetch(`${proxy.url}/count`, { method: 'POST', body: 'y'.repeat(1_000), headers: { connection: 'close' } }).then((r) => r.text())
    // The request line and headers come on top of the body.
    expect(proxy.bytesFromClient()).toBeGreaterThan(1_000)
  })

  it('refuses connections while cut and forwards again after restore', async () => {
    proxy.cut()
    await expect(get('/cut')).rejects.toThrow()
    proxy.restore()
    expect(await get('/back')).toBe('echo:/back:')
  })

  it('drops an open connection when cut', async () => {
    // A long-lived response, like an SSE stream: the server never ends it.
    server.removeAllListeners('request')
    server.on('request', (_req, res) => { res.writeHead(200); res.write('start') })
    const res = await fetch(`${proxy.url}/stream`)
    const reader = res.body!.getReader()
    const first = await reader.read()
    expect(new TextDecoder().decode(first.value)).toBe('start')
    expect(proxy.openConnections()).toBe(1)
    proxy.cut()
    await expect(reader.read()).rejects.toThrow()
    expect(proxy.openConnections()).toBe(0)
  })

  it('delays traffic without reordering it', async () => {
    proxy.setDelay(150)
    const started = performance.now()
    expect(await get('/slow')).toBe('echo:/slow:')
    expect(performance.now() - started).toBeGreaterThanOrEqual(290) // request and response each delayed
    proxy.setDelay(0)
  })

  it('resets open connections but accepts new ones', async () => {
    server.removeAllListeners('request')
    server.on('request', (req, res) => {
      if (req.url === '/hang') { res.writeHead(200); res.write('.'); return }
      res.end('fresh')
    })
    const res = await fetch(`${proxy.url}/hang`)
    const reader = res.body!.getReader()
    await reader.read()
    proxy.resetAll()
    await expect(reader.read()).rejects.toThrow()
    expect(await get('/new')).toBe('fresh')
  })
})
