// Builds the Fastify app from its parts. Tests drive it with app.inject() or a real listen on
// port 0; main.ts listens on the configured port. The app never opens or closes the database:
// whoever built it owns the Db.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { MAX_BODY_BYTES, SERVER_TIME_HEADER } from '../shared/sync'
import type { Db } from './db/db'
import { registerBillingRoute } from './billing/billing-route'
import { requireDevice } from './devices/device-guard'
import { createDeviceRevocations } from './devices/device-revocations'
import { registerAuthRoutes } from './routes/auth-routes'
import { registerDeviceRoutes } from './routes/device-routes'
import { frameworkErrorReply, registerErrorReplies } from './routes/error-replies'
import { registerEventsRoute } from './routes/events-route'
import { registerHealthRoute } from './routes/health-route'
import { registerImportRoutes } from './import/import-route'
import { registerOutbox } from './outbox/outbox-plugin'
import { registerPortalRoutes } from './portal/portal-routes'
import { registerOpenApi } from './routes/openapi'
import { registerPrivacyRoutes } from './privacy/privacy-routes'
import { requireProtocol } from './routes/protocol-guard'
import { refuseUnstorableRequest } from './routes/storable-request'
import { registerStaffRoutes } from './routes/staff-routes'
import { registerSyncRoutes } from './routes/sync-routes'
import { createLocalChangeBus, type ChangeBus } from './sync/change-bus'
import { createOrderedPublisher } from './sync/ordered-publisher'
import { createPushValidator, validatePush as defaultValidatePush, type ValidatePush } from './sync/validate-push'
import { serverVersion } from './version'

export interface AppOptions {
  db: Db
  /** Defaults to an in-process bus; on a real PostgreSQL, main.ts passes one that spans server instances (sync/open-change-bus.ts). */
  bus?: ChangeBus
  /** Defaults to every check on the app's clock (`now`, sync/validate-push.ts); tests may pass their own checks. */
  validatePush?: ValidatePush
  /**
   * The server's clock: the time header, the push checks, sessions, devices, the outbox. The real
   * clock by default; tests move it (a simulated month offline). Not the database's own now(), which
   * stamps the stored rows' server_time.
   */
  now?: () => Date
  version?: string
  logger?: FastifyServerOptions['logger']
  /** Interval of the SSE keep-alive comment (15 s; tests shorten it). */
  keepAliveMs?: number
  /** How often an open event stream checks that its PC is still registered (60 s; tests shorten it). */
  deviceCheckMs?: number
  bodyLimit?: number
}

export function buildApp(options: AppOptions): FastifyInstance {
  const now = options.now ?? (() => new Date())
  const validatePush = options.validatePush ?? (options.now ? createPushValidator({ clock: options.now }) : defaultValidatePush)
  const bus = options.bus ?? createLocalChangeBus()
  // One publisher for every writer (sync pushes, staff changes): it keeps their events in commit order.
  const publisher = createOrderedPublisher(bus)
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? MAX_BODY_BYTES,
    frameworkErrors: frameworkErrorReply,
  })
  // First, before any route: the OpenAPI document is built from the routes declared after it.
  registerOpenApi(app, options.version ?? serverVersion)
  // Framework refusals and uncaught errors answer like every route: a Dutch code and message.
  registerErrorReplies(app)
  // Before any route's own hooks: no id or filter may carry text the database cannot hold.
  app.addHook('preValidation', refuseUnstorableRequest)

  // Every answer carries the server's clock, so the PC keeps its offset current (SPEC §4).
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header(SERVER_TIME_HEADER, now().toISOString())
    return payload
  })

  registerHealthRoute(app, options.version ?? serverVersion, now)
  // Accounts and PCs (F1): sign-in, managers managing staff, registering and revoking PCs.
  const revocations = createDeviceRevocations()
  registerAuthRoutes(app, { db: options.db, now })
  registerStaffRoutes(app, { db: options.db, publisher, now })
  registerDeviceRoutes(app, { db: options.db, revocations, now })
  registerBillingRoute(app, { db: options.db, now })
  registerPrivacyRoutes(app, { db: options.db, publisher, now })
  registerImportRoutes(app, { db: options.db, publisher, now })
  registerOutbox(app, { db: options.db, publisher, now })
  registerPortalRoutes(app, { db: options.db, publisher, validatePush, now })

  void app.register(async (sync) => {
    // An outdated client is told so first (426), whatever its token; then only a registered PC passes (R19).
    sync.addHook('onRequest', requireProtocol)
    sync.addHook('onRequest', requireDevice(options.db, now))
    registerSyncRoutes(sync, { db: options.db, publisher, validatePush, now })
    registerEventsRoute(sync, {
      bus, db: options.db, revocations, now, keepAliveMs: options.keepAliveMs ?? 15_000, deviceCheckMs: options.deviceCheckMs ?? 60_000,
    })
  })

  return app
}
