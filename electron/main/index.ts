// The Electron main process: security first, then the services, IPC and the one window.
// Everything with logic lives in services/ (also run by the PC host in Node), ipc/ and security/.
import { app, BrowserWindow, ipcMain, powerMonitor, safeStorage, session, shell } from 'electron'
import { join } from 'node:path'
import { createElectronPdfRenderer } from './print/electron-pdf-renderer'
import { createPdfPrinter } from './print/pdf-printer'
import { eventChannel } from './ipc/channels'
import { createDispatcher } from './ipc/dispatch'
import { registerIpc } from './ipc/register'
import { createAppLog, type AppLog } from './logging/app-logger'
import { logUncaughtErrors, routeConsoleToLog } from './logging/process-errors'
import { logServiceEvents, logStart } from './logging/service-events'
import { createAppUrlCheck } from './security/app-url'
import { contentSecurityPolicy } from './security/csp'
import { hardenContents, hardenSession, secureWebPreferences } from './security/harden'
import { createServices } from './services/create-services'
import { createSafeStorageSecretStore } from './services/secret-store'
import { startElectronUpdates } from './updates/electron-updates'

const rendererDir = join(import.meta.dirname, '../renderer')
const preload = join(import.meta.dirname, '../preload/index.cjs')
const devServerUrl = process.env['ELECTRON_RENDERER_URL']
const serverUrl = process.env['LOCATIEDESK_SERVER_URL'] ?? 'http://127.0.0.1:3030'

app.enableSandbox()
// A second instance would share this PC's secrets and database: it hands over to the first and quits.
const primary = app.requestSingleInstanceLock()
if (!primary) app.quit()
app.on('web-contents-created', (_event, contents) => hardenContents(contents, (url) => void shell.openExternal(url)))
app.on('window-all-closed', () => app.quit())

async function start(log: AppLog): Promise<void> {
  logStart(log, { shell: 'electron', version: app.getVersion(), serverUrl })
  hardenSession(session.defaultSession, contentSecurityPolicy({ devServerUrl }))
  const dataDir = app.getPath('userData')
  const services = await createServices({
    serverUrl,
    dataDir,
    secrets: createSafeStorageSecretStore(dataDir, safeStorage),
    shell: 'electron',
    pdf: createPdfPrinter({
      render: createElectronPdfRenderer({ BrowserWindow, fromPartition: (partition) => session.fromPartition(partition) }),
      directory: () => join(app.getPath('documents'), 'Locatiedesk'),
    }),
    version: app.getVersion(),
    locale: app.getLocale().startsWith('en') ? 'en' : 'nl',
  })
  registerIpc(ipcMain, createDispatcher(services.handlers), createAppUrlCheck({ rendererDir, devServerUrl }))
  powerMonitor.on('resume', () => services.transport.reconnect())
  // The OS locking the screen (Win+L) locks the app too: the next person needs a PIN or password.
  powerMonitor.on('lock-screen', () => void services.session.lock())
  logServiceEvents(log, services)
  const updates = await startElectronUpdates(app, log, (version) => services.events.emit('app.update', { version }))
  app.on('will-quit', () => {
    updates.stop()
    services.close()
  })

  const window = new BrowserWindow({ width: 1280, height: 800, show: false, webPreferences: secureWebPreferences(preload) })
  services.events.subscribe(({ event, payload }) => {
    if (!window.isDestroyed()) window.webContents.send(eventChannel(event), payload)
  })
  window.once('ready-to-show', () => window.show())
  app.on('second-instance', () => window.show())
  await (devServerUrl ? window.loadURL(devServerUrl) : window.loadFile(join(rendererDir, 'index.html')))
}

if (primary) {
  // userData/logs, rotated, scrubbed of personal data (logging/); console output and uncaught errors go there too.
  const log = createAppLog({ dir: join(app.getPath('userData'), 'logs'), level: process.env['LOCATIEDESK_LOG_LEVEL'], console: 'info' })
  routeConsoleToLog(log)
  logUncaughtErrors(log)
  app.whenReady().then(() => start(log)).catch((error: unknown) => {
    log.error('Locatiedesk could not start', error)
    app.quit()
  })
}
