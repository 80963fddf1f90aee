// The main-process services of one PC, assembled the same way for Electron and for the PC host;
// only the secret store and the shell name differ between the two.
import type { AppInfo } from '../../../shared/api/contract'
import { defaults } from '../../../shared/rules/defaults'
import type { PdfPrinter } from '../print/pdf-printer'
import { loadDeviceIdentity } from './device-identity'
import { loadDeviceService, type DeviceService } from './device-registration'
import { createEventHub, type EventHub } from './event-hub'
import { createHandlers, type Handlers } from './handlers'
import type { ScryptCost } from './scrypt-verifier'
import { secretGenerator, type SecretStore } from './secret-store'
import { createServerClient } from './server-client'
import { loadSessionService, type SessionService } from './session-service'
import { createSyncTransport, type SyncTransport, type SyncTransportOptions } from './sync-transport'
import { createVerifierStore } from './verifier-store'

export interface ServicesOptions {
  serverUrl: string
  /** This PC's folder: device id, registration and secrets live here. */
  dataDir: string
  secrets: SecretStore
  shell: AppInfo['shell']
  /** print.pdf: how this shell renders and where the files go (Electron: Documents/Locatiedesk). */
  pdf: PdfPrinter
  version: string
  locale: AppInfo['locale']
  /** Overrides for the transport (tests: fast backoff, a fake clock). */
  transport?: Partial<Omit<SyncTransportOptions, 'serverUrl' | 'deviceId' | 'token'>>
  /** Idle time before the screen locks (F1); defaults.idleLockMinutes. End-to-end tests shorten it. */
  idleLockMs?: number
  /** The clock of sign-in, verifier expiry and "today" (tests move it). */
  now?: () => Date
  /** How long sign-in and registration wait for the server before it counts as unreachable. */
  accountTimeoutMs?: number
  /** scrypt cost of the PC's verifiers (tests: cheap). */
  scryptCost?: ScryptCost
}

export interface Services {
  /** This PC's own id (device.json); the registered id is `device.current()?.deviceId`. */
  deviceId: string
  device: DeviceService
  session: SessionService
  handlers: Handlers
  events: EventHub
  transport: SyncTransport
  close(): void
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const now = options.now ?? (() => new Date())
  const { deviceId } = await loadDeviceIdentity(options.dataDir, now)
  const events = createEventHub()
  const client = createServerClient({
    serverUrl: options.serverUrl,
    ...(options.transport?.fetch ? { fetch: options.transport.fetch } : {}),
    ...(options.accountTimeoutMs === undefined ? {} : { timeoutMs: options.accountTimeoutMs }),
  })
  const device = await loadDeviceService({ dataDir: options.dataDir, secrets: options.secrets, client, now })
  const transport = createSyncTransport({
    ...options.transport,
    serverUrl: options.serverUrl,
    deviceId: () => device.current()?.deviceId ?? deviceId,
    token: device.token,
  })
  transport.onStatus((status) => events.emit('sync.status', status))
  transport.onEvent((event) => events.emit('sync.event', event))
  transport.onRevoked(() => {
    const revokedId = device.current()?.deviceId ?? deviceId
    // Only the token and the registration go; the renderer's data (and its unsynced changes) stay.
    // Told once it is on record, so whoever reacts (a reload) finds the PC unregistered.
    device.revoked()
      .catch((error: unknown) => console.error('could not record the revocation', error))
      .finally(() => events.emit('device.revoked', { deviceId: revokedId }))
  })
  const session = await loadSessionService({
    client,
    store: createVerifierStore(options.secrets),
    now,
    onChange: (state) => events.emit('session.changed', state),
    ...(options.scryptCost ? { cost: options.scryptCost } : {}),
  })
  // A no-op until the PC is registered; registering starts it (handlers.ts).
  transport.startEvents()
  const handlers = createHandlers({
    transport,
    device,
    session,
    localDeviceId: deviceId,
    version: options.version,
    shell: options.shell,
    locale: options.locale,
    idleLockMs: options.idleLockMs ?? defaults.idleLockMinutes * 60_000,
    secret: secretGenerator(options.secrets),
    pdf: options.pdf,
  })
  return { deviceId, device, session, handlers, events, transport, close: () => transport.close() }
}
