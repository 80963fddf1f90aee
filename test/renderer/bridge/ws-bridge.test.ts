// The renderer's WebSocket bridge against a tiny real WebSocket server (the `ws` package) that speaks
// the contract's framing: calls, errors, events, a dropped connection and the way back.
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import type { AddressInfo } from 'node:net'
import type { BridgeEvents, WsEvent, WsRequest, WsResponse } from '../../../shared/api'
import { createWsBridge, type WsBridge } from '../../../renderer/src/bridge/ws-bridge'
import { pcHostBridgeUrl } from '../../../renderer/src/bridge/get-bridge'
import { waitFor } from '../support/wait-for'

type Handler = (request: WsRequest, socket: WebSocket) => WsResponse | null

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function host(handler: Handler, port = 0) {
  const server = new WebSocketServer({ host: '127.0.0.1', port })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const sockets = new Set<WebSocket>()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('message', (data) => {
      const reply = handler(JSON.parse(String(data)) as WsRequest, socket)
      if (reply) socket.send(JSON.stringify(reply))
    })
  })
  const close = () => new Promise<void>((resolve) => {
    for (const socket of sockets) socket.terminate()
    server.close(() => resolve())
  })
  cleanups.push(close)
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/bridge?token=t`,
    port: (server.address() as AddressInfo).port,
    sockets,
    broadcast: (frame: WsEvent | string) => sockets.forEach((s) => s.send(typeof frame === 'string' ? frame : JSON.stringify(frame))),
    close,
  }
}

function bridgeTo(url: string, requestTimeoutMs = 2_000): WsBridge {
  const bridge = createWsBridge({ url, createSocket: (u) => new WebSocket(u), reconnectDelayMs: () => 20, requestTimeoutMs })
  cleanups.push(() => bridge.close())
  return bridge
}

const status = { online: true, lastSyncAt: null, serverOffsetMs: 250, serverUrl: 'http://127.0.0.1:3030' }

describe('WebSocket bridge to the PC host', () => {
  it('answers calls, passes errors with their code, and delivers events', async () => {
    const h = await host((req) =>
      req.method === 'sync.status' ? { id: req.id, result: status } : { id: req.id, error: { code: 'server-refused', message: 'nee' } })
    const bridge = bridgeTo(h.url)
    // Sent before the socket is open: waits for it.
    await expect(bridge.invoke('sync.status', {})).resolves.toEqual(status)
    await expect(bridge.invoke('app.info', {})).rejects.toMatchObject({ code: 'server-refused', message: 'nee' })

    const events: BridgeEvents['sync.event'][] = []
    const off = bridge.on('sync.event', (e) => events.push(e))
    h.broadcast('not json')
    h.broadcast({ event: 'sync.event', payload: { kind: 'resync' } })
    await waitFor(() => events.length === 1, 2_000, 'event')
    off()
    h.broadcast({ event: 'sync.event', payload: { kind: 'resync' } })
    await new Promise((r) => setTimeout(r, 50))
    expect(events).toHaveLength(1)
  })

  it('delivers every event of the contract (F1: session changes, a revoked PC) and drops unknown ones', async () => {
    const h = await host(() => null)
    const bridge = bridgeTo(h.url)
    const seen: string[] = []
    bridge.on('session.changed', (state) => seen.push(`session:${state.locked}`))
    bridge.on('device.revoked', (payload) => seen.push(`revoked:${payload.deviceId}`))
    await waitFor(() => bridge.connected, 2_000, 'connected')
    h.broadcast(JSON.stringify({ event: 'made.up', payload: {} }))
    h.broadcast({ event: 'session.changed', payload: { user: null, locked: true, mode: null, offlineUntil: null, today: [] } })
    h.broadcast({ event: 'device.revoked', payload: { deviceId: 'pc-1' } })
    await waitFor(() => seen.length === 2, 2_000, 'both events')
    expect(seen).toEqual(['session:true', 'revoked:pc-1'])
  })

  it('fails a call in flight when the connection drops, reconnects, and asks for a resync', async () => {
    let answer = false
    const h = await host((req) => (answer ? { id: req.id, result: status } : null))
    const bridge = bridgeTo(h.url)
    const events: BridgeEvents['sync.event'][] = []
    bridge.on('sync.event', (e) => events.push(e))

    const lost = bridge.invoke('sync.status', {})
    await waitFor(() => h.sockets.size === 1, 2_000, 'connection')
    await new Promise((r) => setTimeout(r, 20))
    for (const socket of h.sockets) socket.terminate()
    await expect(lost).rejects.toMatchObject({ code: 'bridge-disconnected' })

    answer = true
    await waitFor(() => bridge.connected, 2_000, 'reconnect')
    expect(events).toEqual([{ kind: 'resync' }])
    await expect(bridge.invoke('sync.status', {})).resolves.toEqual(status)
  })

  it('keeps calls made while the host is down and sends them when it is back', async () => {
    const first = await host((req) => ({ id: req.id, result: status }))
    const bridge = bridgeTo(first.url, 5_000)
    await bridge.invoke('sync.status', {})
    await first.close()
    await waitFor(() => !bridge.connected, 2_000, 'disconnect')
    const waiting = bridge.invoke('sync.status', {})
    await host((req) => ({ id: req.id, result: { ...status, online: false } }), first.port)
    await expect(waiting).resolves.toMatchObject({ online: false })
  })

  it('times out a call nobody answers, and refuses calls after close', async () => {
    const h = await host(() => null)
    const bridge = bridgeTo(h.url, 100)
    await expect(bridge.invoke('sync.status', {})).rejects.toMatchObject({ code: 'bridge-timeout' })
    bridge.close()
    await expect(bridge.invoke('sync.status', {})).rejects.toMatchObject({ code: 'bridge-closed' })
  })
})

describe('pcHostBridgeUrl', () => {
  it('derives the WebSocket address from the page address and its token', () => {
    expect(pcHostBridgeUrl('http://127.0.0.1:41234/?token=a%2Bb')).toBe('ws://127.0.0.1:41234/bridge?token=a%2Bb')
    expect(pcHostBridgeUrl('http://127.0.0.1:41234/')).toBeNull()
  })
})
