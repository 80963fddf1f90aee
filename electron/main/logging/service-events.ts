// What the log records about a running PC, the same in Electron and in the PC host: the start,
// connection changes with the server and a revoked registration. No ids of children or staff.
import type { Services } from '../services/create-services'
import type { AppLog } from './app-logger'

export function logStart(log: AppLog, info: { shell: string; version: string; serverUrl: string }): void {
  log.info(`Locatiedesk ${info.version} start (${info.shell}, ${process.platform} ${process.arch}, Node ${process.versions.node}), server ${info.serverUrl}`)
}

/** Logs the services' events until the returned function is called. */
export function logServiceEvents(log: AppLog, services: Pick<Services, 'events'>): () => void {
  let online: boolean | null = null
  return services.events.subscribe(({ event, payload }) => {
    if (event === 'sync.status' && payload.online !== online) {
      online = payload.online
      if (online) log.info(`sync: verbonden met ${payload.serverUrl}`)
      else log.warn(`sync: geen verbinding met ${payload.serverUrl} (laatste sync ${payload.lastSyncAt ?? 'nooit'})`)
    }
    if (event === 'device.revoked') log.warn(`PC-registratie ingetrokken door de server (apparaat ${payload.deviceId}): sync gestopt`)
  })
}
