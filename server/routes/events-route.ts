// GET /sync/events: one Server-Sent Events stream for all collections. `resync` on connect makes a
// client that was away run a full pull (RxDB's 'RESYNC'); `change` follows every committed write;
// a comment line keeps proxies from closing an idle connection.
import type { FastifyInstance } from 'fastify'
import { SERVER_TIME_HEADER, type ChangeEvent } from '../../shared/sync'
import type { ChangeBus } from '../sync/change-bus'

/** A client this far behind is cut off: it reconnects, gets `resync` and pulls what it missed. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024

export interface EventsRouteOptions {
  bus: ChangeBus
  keepAliveMs: number
}

export function registerEventsRoute(app: FastifyInstance, options: EventsRouteOptions): void {
  const open = new Set<() => void>()

  app.get('/sync/events', (request, reply) => {
    reply.hijack()
    const res = reply.raw
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      [SERVER_TIME_HEADER]: new Date().toISOString(),
    })
    const write = (chunk: string) => {
      if (res.writableLength > MAX_BUFFERED_BYTES) return end()
      res.write(chunk)
    }
    const send = (event: 'resync' | 'change', data: ChangeEvent | Record<string, never>) =>
      write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)

    const unsubscribe = options.bus.subscribe((change) => send('change', change))
    const keepAlive = setInterval(() => write(`: ${new Date().toISOString()}\n\n`), options.keepAliveMs)
    function end() {
      if (!open.delete(end)) return
      clearInterval(keepAlive)
      unsubscribe()
      if (!res.writableEnded) res.end()
    }
    open.add(end)
    res.on('close', end)
    send('resync', {})
  })

  // Open streams would keep app.close() waiting for ever: end them first.
  app.addHook('preClose', async () => {
    for (const end of [...open]) end()
  })
}
