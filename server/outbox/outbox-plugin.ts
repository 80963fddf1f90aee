// The outbox's place in the server: buildApp registers its route (registerOutbox), and main.ts starts
// its worker (startOutbox) with the app's own publisher, so the `verzonden` facts it writes reach the
// PCs in commit order with every other write. Tests build apps without a worker and drive
// deliverDue themselves.
import type { FastifyInstance } from 'fastify'
import type { Db } from '../db/db'
import type { OrderedPublisher } from '../sync/ordered-publisher'
import { outboxConfig } from './outbox-config'
import { registerOutboxRoutes } from './outbox-routes'
import { senderFromConfig } from './outbox-sender-from-config'
import { startOutboxWorker, type OutboxWorker } from './outbox-worker'

interface OutboxDeps {
  db: Db
  publisher: OrderedPublisher
  /** The app's clock: when messages fall due and were delivered. */
  now?: () => Date
}

const registered = new WeakMap<FastifyInstance, OutboxDeps>()

export function registerOutbox(app: FastifyInstance, deps: OutboxDeps): void {
  registered.set(app, deps)
  registerOutboxRoutes(app, deps.now ? { db: deps.db, now: deps.now } : { db: deps.db })
}

/** Starts the delivery worker from the environment (outbox-config.ts); it stops when the app closes. */
export function startOutbox(app: FastifyInstance, env: Record<string, string | undefined> = process.env): OutboxWorker {
  const deps = registered.get(app)
  if (deps === undefined) throw new Error('startOutbox: the app has no outbox (registerOutbox in buildApp)')
  const config = outboxConfig(env)
  const worker = startOutboxWorker({
    ...deps, sender: senderFromConfig(config.sender), maxAttempts: config.maxAttempts, everyMs: config.everyMs, log: app.log,
  })
  app.addHook('onClose', async () => worker.stop())
  app.log.info({ sender: config.sender.kind, everySeconds: config.everyMs / 1000 }, 'outbox worker started')
  return worker
}
