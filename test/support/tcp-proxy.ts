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
  /** Delay each chunk in both directions by this many ms (0 = none). */
  setDelay(ms: number): void
  /** Reset (RST) every open connection once; new connections still work. */
  resetAll(): void
  /** Connections currently open through the proxy. */
  openConnections(): number
  /** Bytes the PC has sent through the proxy so far (a test waits for a request to leave). */
  bytesFromClient(): number
  close(): Promise<void>
}

export async function startTcpProxy(target: { host: string; port: number }, listenPort = 0): Promise<TcpProxy> {
  let isCut = false
  let delayMs = 0
  let fromClient = 0
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>()

  // Writes are queued per direction so that a delay never reorders bytes.
  const pipe = (from: net.Socket, to: net.Socket) => {
    let chain = Promise.resolve()
    from.on('data', (chunk) => {
      if (delayMs === 0) {
        if (!to.destroyed) to.write(chunk)
        return
      }
      const wait = delayMs
      chain = chain.then(() => new Promise<void>((resolve) => setTimeout(() => {
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
    pipe(client, upstream)
    pipe(upstream, client)
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
    setDelay(ms: number) {
      delayMs = Math.max(0, ms)
    },
    resetAll,
    openConnections: () => pairs.size,
    bytesFromClient: () => fromClient,
    close() {
      resetAll()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
