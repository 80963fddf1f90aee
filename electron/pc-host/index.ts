// A PC host (DESIGN §3): the main-process services of one simulated PC in plain Node, serving the
// built renderer to a browser and the bridge over a WebSocket. Development and tests only; never
// part of a packaged build. One PC host per simulated PC, each with its own data folder.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import type { AppInfo } from '../../shared/api/contract'
import { createDispatcher } from '../main/ipc/dispatch'
import { createAppLog } from '../main/logging/app-logger'
import { logServiceEvents, logStart } from '../main/logging/service-events'
import { createPdfPrinter, type PdfPrinter } from '../main/print/pdf-printer'
import { contentSecurityPolicy } from '../main/security/csp'
import type { EventHub } from '../main/services/event-hub'
import { createServices, type ServicesOptions } from '../main/services/create-services'
import { createDevFileSecretStore } from '../main/services/secret-store'
import { createChromiumPdfRenderer } from './chromium-pdf-renderer'
import { hostFor, isOwnHost } from './request-guard'
import { createStaticHandler } from './static-files'
import { startWakeDetector } from './wake-detector'
import { createWsBridge } from './ws-bridge'

export interface PcHostOptions {
  serverUrl: string
  dataDir: string
  /** 0 (the default) picks a free port. */
  port?: number
  rendererDir?: string
  locale?: AppInfo['locale']
  /** Transport overrides (tests: fast backoff). */
  transport?: ServicesOptions['transport']
  /** Idle time before the screen locks, in ms (end-to-end tests: e.g. 1500). */
  idleLockMs?: number
  /** Tests: the clock of sign-in and verifier expiry, the scrypt cost of verifiers, the account calls' timeout. */
  now?: ServicesOptions['now']
  scryptCost?: ServicesOptions['scryptCost']
  accountTimeoutMs?: number
  /** print.pdf; by default Playwright's Chromium renders, into this PC's `<dataDir>/pdf/`. */
  pdf?: PdfPrinter
}

export interface PcHost {
  /** The page to open: http://127.0.0.1:PORT/?token=… */
  url: string
  token: string
  port: number
  /** The registered device id, or this PC's own id until a manager registers it. */
  readonly deviceId: string
  /** What Electron's main alone emits (a downloaded update): development tools and tests emit it here. */
  emit: EventHub['emit']
  close(): Promise<void>
}

export const defaultRendererDir = resolve(import.meta.dirname, '../../out/renderer')

async function packageVersion(): Promise<string> {
  const raw: unknown = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
  const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined
  return typeof version === 'string' ? version : '0.0.0'
}

export async function startPcHost(options: PcHostOptions): Promise<PcHost> {
  const dataDir = resolve(options.dataDir)
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  // The same log as the Electron app (rotated, scrubbed), in <dataDir>/logs; file only, as several hosts share a terminal.
  const log = createAppLog({ dir: join(dataDir, 'logs'), level: process.env['LOCATIEDESK_LOG_LEVEL'], id: `pc-host-${dataDir}` })
  const version = await packageVersion()
  logStart(log, { shell: 'pc-host', version, serverUrl: options.serverUrl })
  const services = await createServices({
    serverUrl: options.serverUrl,
    dataDir,
    secrets: createDevFileSecretStore(dataDir),
    shell: 'pc-host',
    pdf: options.pdf ?? createPdfPrinter({ render: createChromiumPdfRenderer(), directory: () => join(dataDir, 'pdf') }),
    version,
    locale: options.locale ?? 'nl',
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.idleLockMs === undefined ? {} : { idleLockMs: options.idleLockMs }),
    ...(options.now ? { now: options.now } : {}),
    ...(options.scryptCost ? { scryptCost: options.scryptCost } : {}),
    ...(options.accountTimeoutMs === undefined ? {} : { accountTimeoutMs: options.accountTimeoutMs }),
  })
  const stopLogging = logServiceEvents(log, services)
  const token = randomBytes(24).toString('base64url')
  let port = 0
  let serveStatic: ReturnType<typeof createStaticHandler> | null = null
  const bridge = createWsBridge({ dispatch: createDispatcher(services.handlers), events: services.events, token, port: () => port })

  const server = createServer((request, response) => {
    // DNS rebinding: a page on another name that resolves to 127.0.0.1 must not read the app either.
    if (!isOwnHost(request.headers.host, port) || !serveStatic) {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden host')
      return
    }
    serveStatic(request, response).catch(() => response.destroy())
  })
  server.on('upgrade', (request, socket, head) => bridge.handleUpgrade(request, socket, head))

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  port = (server.address() as AddressInfo).port
  const csp = contentSecurityPolicy({ connectSrc: [`ws://${hostFor(port)}`] })
  serveStatic = createStaticHandler(options.rendererDir ?? defaultRendererDir, csp)
  const wake = startWakeDetector({ onWake: () => services.transport.reconnect() })

  return {
    url: `http://${hostFor(port)}/?token=${token}`,
    token,
    port,
    get deviceId() {
      return services.device.current()?.deviceId ?? services.deviceId
    },
    emit: (event, payload) => services.events.emit(event, payload),
    async close() {
      wake.stop()
      stopLogging()
      bridge.close()
      services.close()
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}
