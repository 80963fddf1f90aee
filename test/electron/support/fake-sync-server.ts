// A tiny stand-in for the central server (node:http on 127.0.0.1): it speaks just enough of the wire
// (POST /sync/:collection/pull|push, GET /sync/events, and a registration: POST /auth/sign-in,
// /devices, /auth/sign-out) for the transport and PC host tests to control every answer, drop
// streams at will and see every request. The real server is tested in test/server.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Recorded {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: string
  at: number
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface FakeSyncServer {
  url: string
  requests: Recorded[]
  /** Answers for POST requests, used in order; when empty, `fallback` answers. */
  replies: Reply[]
  fallback: (request: Recorded) => Reply
  /** Open event streams. */
  streams: ServerResponse[]
  streamConnects: number
  /** Send a new stream's headers at once (false: hold them back until the first write). */
  flushStreamHeaders: boolean
  /** When set, GET /sync/events is answered with this instead of a stream (a refused device). */
  streamRefusal: Reply | null
  /** What every new stream gets first (the real server sends `resync`). */
  onStreamOpen: (response: ServerResponse) => void
  sendEvent(event: string, data: unknown): void
  dropStreams(): void
  close(): Promise<void>
}

export function sseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}

/** The device token the stand-in hands out at registration. */
export const FAKE_DEVICE_TOKEN = 'fake-device-token-0123456789abcdef'

const standIn: Record<string, Reply> = {
  '/auth/sign-in': {
    status: 200,
    body: {
      token: 'fake-staff-token-0123456789abcdef', expiresAt: '2099-01-01T00:00:00.000Z', pinVerified: false,
      staff: { id: 'marieke.jansen', name: 'Marieke Jansen', role: 'manager', locationIds: ['loc-a'] },
    },
  },
  '/devices': {
    status: 201,
    body: {
      deviceId: 'pc-fake', name: 'Test-pc', locationIds: ['loc-a'], registeredAt: '2026-03-02T07:00:00.000Z',
      registeredBy: 'marieke.jansen', deviceToken: FAKE_DEVICE_TOKEN,
    },
  },
  '/auth/sign-out': { status: 204 },
}

/** What a registration through the bridge sends (the stand-in accepts any). */
export const registerArgs = { staffId: 'marieke.jansen', password: 'demo-marieke', name: 'Test-pc' }

export async function startFakeSyncServer(): Promise<FakeSyncServer> {
  const fake: FakeSyncServer = {
    url: '',
    requests: [],
    replies: [],
    fallback: (request) => standIn[request.path] ?? ({
      status: 200,
      body: request.path.endsWith('/push') ? { conflicts: [] } : { documents: [], checkpoint: null },
    }),
    streams: [],
    streamConnects: 0,
    flushStreamHeaders: true,
    streamRefusal: null,
    onStreamOpen: (response) => response.write(sseFrame('resync', {})),
    sendEvent(event, data) {
      for (const stream of fake.streams) stream.write(sseFrame(event, data))
    },
    dropStreams() {
      for (const stream of fake.streams.splice(0)) stream.destroy()
    },
    close: async () => {},
  }
  const server = createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.on('end', () => {
      const recorded: Recorded = { method: request.method ?? '', path: request.url ?? '', headers: request.headers, body, at: performance.now() }
      fake.requests.push(recorded)
      if (request.method === 'GET' && request.url === '/sync/events') {
        fake.streamConnects++
        if (fake.streamRefusal) {
          response.writeHead(fake.streamRefusal.status, { 'content-type': 'application/json' })
          response.end(JSON.stringify(fake.streamRefusal.body ?? {}))
          return
        }
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-server-time': new Date().toISOString() })
        if (fake.flushStreamHeaders) response.flushHeaders()
        fake.streams.push(response)
        response.on('close', () => {
          const index = fake.streams.indexOf(response)
          if (index !== -1) fake.streams.splice(index, 1)
        })
        fake.onStreamOpen(response)
        return
      }
      const reply = fake.replies.shift() ?? fake.fallback(recorded)
      response.writeHead(reply.status, {
        'content-type': 'application/json',
        'x-server-time': new Date().toISOString(),
        ...reply.headers,
      })
      response.end(reply.body === undefined ? '' : JSON.stringify(reply.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.close = async () => {
    fake.dropStreams()
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return fake
}
