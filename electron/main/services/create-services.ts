// The main-process services of one PC, assembled the same way for Electron and for the PC host;
// only the secret store and the shell name differ between the two.
import type { AppInfo } from '../../../shared/api/contract'
import { loadDeviceIdentity } from './device-identity'
import { createEventHub, type EventHub } from './event-hub'
import { createHandlers, type Handlers } from './handlers'
import { secretGenerator, type SecretStore } from './secret-store'
import { createSyncTransport, type SyncTransport, type SyncTransportOptions } from './sync-transport'

export interface ServicesOptions {
  serverUrl: string
  /** This PC's folder: device id and secrets live here. */
  dataDir: string
  secrets: SecretStore
  shell: AppInfo['shell']
  version: string
  locale: AppInfo['locale']
  /** Overrides for the transport (tests: fast backoff, a fake clock). */
  transport?: Partial<Omit<SyncTransportOptions, 'serverUrl' | 'deviceId'>>
}

export interface Services {
  deviceId: string
  handlers: Handlers
  events: EventHub
  transport: SyncTransport
  close(): void
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const { deviceId } = await loadDeviceIdentity(options.dataDir)
  const transport = createSyncTransport({ ...options.transport, serverUrl: options.serverUrl, deviceId })
  const events = createEventHub()
  transport.onStatus((status) => events.emit('sync.status', status))
  transport.onEvent((event) => events.emit('sync.event', event))
  transport.startEvents()
  const handlers = createHandlers({
    transport,
    deviceId,
    version: options.version,
    shell: options.shell,
    locale: options.locale,
    secret: secretGenerator(options.secrets),
  })
  return { deviceId, handlers, events, transport, close: () => transport.close() }
}
