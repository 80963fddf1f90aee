// GET /sync/events: one Server-Sent Events stream for all collections. `resync` on connect makes a
// client that was away run a full pull (RxDB's 'RESYNC'); `change` follows every committed write;
// a comment line keeps proxies from closing an idle connection.
// Each stream belongs to one registered PC (the device guard ran before) and carries only the
// documents that PC covers (R19, the same tags as pull); a change with nothing for it is not sent.
// Revoking the PC ends its stream: at once on this instance, on others at the next token check.
import type { FastifyInstance } from 'fastify'
import { SERVER_TIME_HEADER, type ChangeEvent } from '../../shared/sync'
import type { Queryable } from '../db/db'
import { bearerToken } from '../auth/authenticate'
import { authenticateDevice, isCaller } from '../devices/authenticate-device'
import { callerOf } from '../devices/device-guard'
import type { DeviceRevocations } from '../devices/device-revocations'
import type { ChangeBus } from '../sync/change-bus'
import type { Caller } from '../sync/checks/check'
import { callerTags, scopeTags } from '../sync/scope-tags'
import { security } from './openapi'
import { protocolHeaders, syncRefusals } from './sync-routes'

/** A client this far behind is cut off: it reconnects, gets `resync` and pulls what it missed. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024

export interface EventsRouteOptions {
  bus: ChangeBus
  db: Queryable
  revocations: DeviceRevocations
  keepAliveMs: number
  /** How often an open stream checks that its PC is still registered (a revocation on another instance). */
  deviceCheckMs: number
  /** The server's clock (buildApp's): the time header and the device checks. */
  now?: () => Date
}

/** The part of a change this PC covers, or null when nothing in it is for this PC. */
export function changeFor(caller: Caller, change: ChangeEvent): ChangeEvent | null {
  const tags = new Set(callerTags(caller))
  const documents = change.documents.filter((doc) => scopeTags(change.collection, doc).some((t) => tags.has(t)))
  if (documents.length === 0) return null
  // The checkpoint stays the change's: the documents left out were never for this PC.
  return documents.length === change.documents.length ? change : { ...change, documents }
}

export function registerEventsRoute(app: FastifyInstance, options: EventsRouteOptions): void {
  const now = options.now ?? (() => new Date())
  const open = new Set<() => void>()

  app.get('/sync/events', {
    schema: {
      tags: ['sync'], summary: 'Server-Sent Events: `resync` on connect, `change` after every write this PC covers', security: security.device,
      headers: protocolHeaders,
      response: { 200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...syncRefusals },
    },
  }, (request, reply) => {
    const caller = callerOf(request)
    const token = bearerToken(request.headers.authorization)
    reply.hijack()
    const res = reply.raw
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      [SERVER_TIME_HEADER]: now().toISOString(),
    })
    const write = (chunk: string) => {
      if (res.writableLength > MAX_BUFFERED_BYTES) return end()
      res.write(chunk)
    }
    const send = (event: 'resync' | 'change', data: ChangeEvent | Record<string, never>) =>
      write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)

    const unsubscribe = options.bus.subscribe((change) => {
      const visible = changeFor(caller, change)
      if (visible !== null) send('change', visible)
    })
    const unwatch = options.revocations.onRevoked((deviceId) => {
      if (deviceId === caller.deviceId) end()
    })
    const keepAlive = setInterval(() => write(`: ${now().toISOString()}\n\n`), options.keepAliveMs)
    const deviceCheck = setInterval(() => {
      authenticateDevice(options.db, token, now()).then(
        (auth) => { if (!isCaller(auth)) end() },
        (error: unknown) => request.log.warn({ err: error }, 'event stream: device check failed'),
      )
    }, options.deviceCheckMs)
    function end() {
      if (!open.delete(end)) return
      clearInterval(keepAlive)
      clearInterval(deviceCheck)
      unsubscribe()
      unwatch()
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
