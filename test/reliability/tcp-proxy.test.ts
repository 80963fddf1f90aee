import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import http from 'node:http'
import net from 'node:net'
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

  it('lists the request lines the client sent, as they arrive and once each', async () => {
    await fetch(`${proxy.url}/sync/attendance/push`, { method: 'POST', body: 'GET /not-a-request HTTP/1.1', headers: { connection: 'close' } }).then((r) => r.text())
    expect(proxy.requestsFromClient()).toEqual(['POST /sync/attendance/push HTTP/1.1'])
    // Raw bytes: one line split over two writes, then two requests in one write on the same connection.
    const socket = net.connect(proxy.port, '127.0.0.1')
    await new Promise<void>((r) => socket.once('connect', () => r()))
    const before = proxy.bytesFromClient()
    socket.write('GET /spl')
    // The first half has arrived: no line yet.
    await expect.poll(() => proxy.bytesFromClient()).toBe(before + 8)
    expect(proxy.requestsFromClient()).toHaveLength(1)
    socket.write('it HTTP/1.1\r\nhost: x\r\n\r\nGET /second HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n')
    await expect.poll(() => proxy.requestsFromClient().length).toBe(3)
    expect(proxy.requestsFromClient().slice(1)).toEqual(['GET /split HTTP/1.1', 'GET /second HTTP/1.1'])
    socket.destroy()
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

  it('keeps the order when a delay is lifted while bytes are still held', async () => {
    // A raw echo server: the bytes arrive at the target in the order they were sent.
    // Both ends may be reset when the proxy closes: that is not what this test is about.
    const echo = net.createServer((socket) => {
      socket.on('error', () => undefined)
      socket.pipe(socket)
    })
    await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r))
    const direct = await startTcpProxy({ host: '127.0.0.1', port: (echo.address() as AddressInfo).port })
    try {
      const socket = net.connect(Number(new URL(direct.url).port), '127.0.0.1')
      socket.on('error', () => undefined)
      await new Promise<void>((r) => socket.once('connect', () => r()))
      let seen = ''
      socket.on('data', (chunk: Buffer) => { seen += chunk.toString() })
      direct.setDelay(300)
      socket.write('first,')
      await new Promise((r) => setTimeout(r, 50))
      direct.setDelay(0)
      socket.write('second')
      await expect.poll(() => seen, { timeout: 5_000 }).toBe('first,second')
      socket.end()
    } finally {
      await direct.close()
      await new Promise<void>((r) => echo.close(() => r()))
    }
  })

  it('holds back only the answers when delayed toward the client: the server has the request, the client waits', async () => {
    let received = ''
    server.removeAllListeners('request')
    server.on('request', (req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => { received = body; res.end('ok') })
    })
    proxy.setDelay(60_000, 'toClient')
    let answered = false
    void fetch(`${proxy.url}/push`, { method: 'POST', body: 'change-1' }).then(() => { answered = true }, () => undefined)
    await expect.poll(() => received).toBe('change-1')
    // The answer has reached the proxy, and waits there.
    await expect.poll(() => proxy.exchanges()).toEqual([{ request: 'POST /push HTTP/1.1', answered: true }])
    expect(answered).toBe(false)
    // The other direction is not delayed, and setting it leaves the answers held.
    proxy.setDelay(0, 'toServer')
    let second = ''
    server.removeAllListeners('request')
    server.on('request', (req, res) => { second = req.url ?? ''; res.end() })
    void fetch(`${proxy.url}/next`, { headers: { connection: 'close' } }).catch(() => undefined)
    await expect.poll(() => second).toBe('/next')
    await expect.poll(() => proxy.exchanges().map((e) => e.answered)).toEqual([true, true])
    expect(answered).toBe(false)
    proxy.resetAll()
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
