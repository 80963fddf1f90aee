// A socket-level TCP proxy for tests: it sits between one PC and the server so that a test can
// cut that PC's connection (refuse new connections and drop open ones), delay traffic or reset
// connections, without touching the bridge or the server. Used by end-to-end and reliability tests.
import net from 'node:net'

export interface TcpProxy {
  /** The port the PC should talk to; traffic is forwarded to target. */
  readonly port: number
  readonly url: string
  /** Cut: drop every open connection and refuse new ones until restore(). */
  cut(): void
  restore(): void
  /**
   * Delay each chunk by this many ms (0 = none), in both directions or in one: 'toServer' holds the
   * PC's requests back, 'toClient' the server's answers (the server has the request, the PC waits).
   */
  setDelay(ms: number, direction?: DelayDirection): void
  /** Reset (RST) every open connection once; new connections still work. */
  resetAll(): void
  /** Connections currently open through the proxy. */
  openConnections(): number
  /** Bytes the PC has sent through the proxy so far (a test waits for a request to leave). */
  bytesFromClient(): number
  /**
   * The HTTP request lines ("POST /sync/attendance/push HTTP/1.1") the PC has sent so far, in order,
   * as the proxy received them (before any delay): a test knows which request is on the wire.
   */
  requestsFromClient(): readonly string[]
  /**
   * The same requests with, for each, whether the server's answer has reached the proxy (answers come
   * in request order on a connection; a delay toward the client may still hold it there).
   */
  exchanges(): readonly Exchange[]
  close(): Promise<void>
}

export interface Exchange {
  readonly request: string
  readonly answered: boolean
}

export type DelayDirection = 'both' | 'toServer' | 'toClient'

export async function startTcpProxy(target: { host: string; port: number }, listenPort = 0): Promise<TcpProxy> {
  let isCut = false
  const delayMs = { toServer: 0, toClient: 0 }
  let fromClient = 0
  const exchanges: { request: string; answered: boolean }[] = []
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>()

  // Writes are queued per direction so that a delay never reorders bytes.
  const pipe = (from: net.Socket, to: net.Socket, direction: keyof typeof delayMs) => {
    let chain = Promise.resolve()
    // Chunks still waiting out an earlier delay: while there are any, a chunk without delay queues
    // behind them too (a delay set back to 0 must not let new bytes overtake held ones).
    let held = 0
    from.on('data', (chunk) => {
      const wait = delayMs[direction]
      if (wait === 0 && held === 0) {
        if (!to.destroyed) to.write(chunk)
        return
      }
      held += 1
      chain = chain.then(() => new Promise<void>((resolve) => setTimeout(() => {
        held -= 1
        if (!to.destroyed) to.write(chunk)
        resolve()
      }, wait)))
    })
    // A closed side closes the other only after the delayed bytes have gone out.
    const finish = () => { void chain.then(() => to.end()) }
    from.on('end', finish)
    from.on('close', finish)
  }

  const server = net.createServer((client) => {
    if (isCut) {
      client.resetAndDestroy()
      return
    }
    const upstream = net.connect(target.port, target.host)
    const pair = { client, upstream }
    pairs.add(pair)
    const drop = () => {
      pairs.delete(pair)
      client.destroy()
      upstream.destroy()
    }
    const forget = () => {
      if (client.destroyed && upstream.destroyed) pairs.delete(pair)
    }
    client.on('error', drop)
    upstream.on('error', drop)
    client.on('close', forget)
    upstream.on('close', forget)
    client.on('data', (chunk: Buffer) => { fromClient += chunk.length })
    // This connection's requests still waiting for their answer, oldest first.
    const waiting: { request: string; answered: boolean }[] = []
    client.on('data', lineReader(REQUEST_LINE, (line) => {
      const exchange = { request: line, answered: false }
      exchanges.push(exchange)
      waiting.push(exchange)
    }))
    upstream.on('data', lineReader(STATUS_LINE, () => {
      const exchange = waiting.shift()
      if (exchange) exchange.answered = true
    }))
    pipe(client, upstream, 'toServer')
    pipe(upstream, client, 'toClient')
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(listenPort, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('proxy has no TCP address')

  const resetAll = () => {
    for (const { client, upstream } of [...pairs]) {
      client.resetAndDestroy()
      upstream.resetAndDestroy()
    }
    pairs.clear()
  }

  return {
    port: address.port,
    url: `http://127.0.0.1:${address.port}`,
    cut() {
      isCut = true
      resetAll()
    },
    restore() {
      isCut = false
    },
    setDelay(ms: number, direction: DelayDirection = 'both') {
      if (direction !== 'toClient') delayMs.toServer = Math.max(0, ms)
      if (direction !== 'toServer') delayMs.toClient = Math.max(0, ms)
    },
    resetAll,
    openConnections: () => pairs.size,
    bytesFromClient: () => fromClient,
    requestsFromClient: () => exchanges.map((e) => e.request),
    exchanges: () => exchanges.map((e) => ({ ...e })),
    close() {
      resetAll()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** A request line, and an answer's status line; a JSON body cannot hold one (it escapes CR and LF), so no anchor is needed. */
const REQUEST_LINE = /(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S* HTTP\/1\.[01]\r\n/g
const STATUS_LINE = /HTTP\/1\.[01] \d{3}[^\r\n]*\r\n/g

/**
 * One direction of one connection, read for lines matching `pattern`: a line split over two chunks is
 * found once its end arrives (up to 2 KB of unmatched tail is kept), and a line found is never found again.
 */
function lineReader(pattern: RegExp, found: (line: string) => void): (chunk: Buffer) => void {
  let tail = ''
  return (chunk) => {
    const text = tail + chunk.toString('latin1')
    let end = 0
    for (const match of text.matchAll(pattern)) {
      found(match[0].slice(0, -2))
      end = match.index + match[0].length
    }
    tail = text.slice(Math.max(end, text.length - 2_048))
  }
}
