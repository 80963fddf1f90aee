// The WebSocket `/bridge` of a PC host: the contract's WsRequest/WsResponse/WsEvent framing over
// one connection per browser page, after the request guard has let it in.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import type { WsEvent, WsResponse } from '../../shared/api/contract'
import type { Dispatch } from '../main/ipc/dispatch'
import type { EventHub } from '../main/services/event-hub'
import { checkBridgeRequest } from './request-guard'

export const BRIDGE_PATH = '/bridge'

export interface WsBridgeOptions {
  dispatch: Dispatch
  events: EventHub
  token: string
  port: () => number
}

export interface WsBridgeHost {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void
  close(): void
}

function refuse(socket: Duplex, status: 401 | 403 | 404, reason: string): void {
  const text = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' }[status]
  socket.end(`HTTP/1.1 ${status} ${text}\r\nconnection: close\r\ncontent-type: text/plain\r\n\r\n${reason}`)
}

/** The request part of a frame, or null for anything a real client never sends. */
function parseRequest(data: RawData, isBinary: boolean): { id: number; method: unknown; args: unknown } | null {
  if (isBinary) return null
  let value: unknown
  try {
    value = JSON.parse(data.toString())
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const frame = value as Record<string, unknown>
  if (typeof frame.id !== 'number' || !Number.isSafeInteger(frame.id)) return null
  return { id: frame.id, method: frame.method, args: frame.args }
}

export function createWsBridge(options: WsBridgeOptions): WsBridgeHost {
  // Pushes are bounded by the server at 5 MB; leave room for JSON overhead, refuse anything larger.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 8 * 1024 * 1024 })

  wss.on('connection', (socket: WebSocket) => {
    const send = (frame: WsResponse | WsEvent) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame))
    }
    const unsubscribe = options.events.subscribe(({ event, payload }) => send({ event, payload }))
    socket.on('message', async (data, isBinary) => {
      const request = parseRequest(data, isBinary)
      if (!request) return socket.close(1003, 'not a bridge request')
      const answer = await options.dispatch(request.method, request.args)
      send(answer.ok ? { id: request.id, result: answer.result } : { id: request.id, error: answer.error })
    })
    socket.on('close', unsubscribe)
    socket.on('error', () => socket.terminate())
  })

  return {
    handleUpgrade(request, socket, head) {
      const url = new URL(request.url ?? '/', 'http://host')
      if (url.pathname !== BRIDGE_PATH) return refuse(socket, 404, 'no such endpoint')
      const verdict = checkBridgeRequest(
        { host: request.headers.host, origin: request.headers.origin, token: url.searchParams.get('token') },
        options.port(),
        options.token,
      )
      if (!verdict.ok) {
        console.warn(`pc-host: refused bridge connection: ${verdict.reason}`)
        return refuse(socket, verdict.status, verdict.reason)
      }
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request))
    },
    close() {
      for (const client of wss.clients) client.terminate()
      wss.close()
    },
  }
}
