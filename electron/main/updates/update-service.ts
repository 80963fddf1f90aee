// Background updates on a shared location PC: check at start and every few hours, download quietly,
// and install only when the app quits (autoInstallOnAppQuit). Never quitAndInstall: a restart under a
// staff member's hands would lose what they were doing. A failed check (offline is normal on a
// location PC) is logged and tried again at the next interval, never shown as a crash.
import type { AppLog } from '../logging/app-logger'
import type { UpdateFeed } from './feed'

/** The part of electron-updater's autoUpdater this service uses (a stand-in in the tests). */
export interface Updater {
  autoDownload: boolean
  autoInstallOnAppQuit: boolean
  setFeedURL(options: { provider: 'generic'; url: string }): void
  checkForUpdates(): Promise<unknown>
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'update-available' | 'update-downloaded', listener: (info: { version: string }) => void): unknown
}

export type UpdateState =
  | { state: 'off'; reason: string }
  | { state: 'idle' | 'checking' | 'downloading' }
  | { state: 'ready'; version: string }

export interface UpdateServiceOptions {
  feed: UpdateFeed
  /** Loaded only when the feed is on: electron-updater requires a real Electron on load. */
  updater: () => Promise<Updater>
  log: AppLog
  everyMs?: number
  /** An update is downloaded and installs at the next quit (the lead may show it in the window). */
  onReady?: (version: string) => void
}

export interface UpdateService {
  state(): UpdateState
  /** One check now; resolves when it is done (or skipped). Never rejects. */
  check(): Promise<void>
  stop(): void
}

export const defaultUpdateIntervalMs = 4 * 60 * 60_000

export async function startUpdateService(options: UpdateServiceOptions): Promise<UpdateService> {
  const { feed, log } = options
  if (feed.kind === 'off') {
    log.info(`updates: uit (${feed.reason})`)
    const state: UpdateState = { state: 'off', reason: feed.reason }
    return { state: () => state, check: async () => {}, stop: () => {} }
  }
  const everyMs = options.everyMs ?? defaultUpdateIntervalMs
  let state: UpdateState = { state: 'idle' }
  let updater: Updater
  try {
    updater = await options.updater()
  } catch (error) {
    log.error('updates: electron-updater kon niet laden', error)
    state = { state: 'off', reason: 'electron-updater niet beschikbaar' }
    return { state: () => state, check: async () => {}, stop: () => {} }
  }
  updater.autoDownload = true
  updater.autoInstallOnAppQuit = true
  if (feed.kind === 'url') updater.setFeedURL({ provider: 'generic', url: feed.url })
  log.info(`updates: feed ${feed.kind === 'url' ? feed.url : feed.configPath}`)

  updater.on('error', (error) => {
    log.warn(`updates: mislukt (${error.message}); volgende poging over ${Math.round(everyMs / 60_000)} min`)
    if (state.state !== 'ready') state = { state: 'idle' }
  })
  updater.on('update-available', ({ version }) => {
    log.info(`updates: versie ${version} gevonden, downloaden op de achtergrond`)
    state = { state: 'downloading' }
  })
  updater.on('update-downloaded', ({ version }) => {
    log.info(`updates: versie ${version} klaar; wordt geïnstalleerd bij het afsluiten van de app`)
    state = { state: 'ready', version }
    options.onReady?.(version)
  })

  let running: Promise<void> | null = null
  const check = (): Promise<void> => {
    // One check at a time, and none once an update waits for the next quit.
    if (running || state.state === 'ready' || state.state === 'downloading') return running ?? Promise.resolve()
    state = { state: 'checking' }
    running = updater.checkForUpdates()
      .then(() => {
        if (state.state === 'checking') state = { state: 'idle' }
      })
      .catch((error: unknown) => {
        log.warn(`updates: controle mislukt (${error instanceof Error ? error.message : String(error)})`)
        if (state.state === 'checking') state = { state: 'idle' }
      })
      .finally(() => {
        running = null
      })
    return running
  }
  const timer = setInterval(() => void check(), everyMs)
  timer.unref?.()
  void check()
  return { state: () => state, check, stop: () => clearInterval(timer) }
}
