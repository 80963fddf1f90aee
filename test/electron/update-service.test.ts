// Our wrapper around electron-updater, with an EventEmitter standing in for autoUpdater: which feed is
// used, when it checks, that a downloaded update waits for the next quit, and that failures (offline)
// are logged, not thrown.
import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppLog } from '../../electron/main/logging/app-logger'
import { chooseUpdateFeed } from '../../electron/main/updates/feed'
import { startUpdateService, type Updater } from '../../electron/main/updates/update-service'

class FakeUpdater extends EventEmitter implements Updater {
  autoDownload = false
  autoInstallOnAppQuit = false
  feeds: unknown[] = []
  checks = 0
  quitAndInstall = vi.fn()
  /** What the next checkForUpdates does. */
  next: () => Promise<unknown> = async () => null
  setFeedURL(options: { provider: 'generic'; url: string }): void {
    this.feeds.push(options)
  }
  checkForUpdates(): Promise<unknown> {
    this.checks++
    return this.next()
  }
}

function recordingLog(): AppLog & { lines: string[] } {
  const lines: string[] = []
  const write = (level: string) => (...params: unknown[]) => lines.push(`${level} ${params.map(String).join(' ')}`)
  return { lines, error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug'), file: 'mem' }
}

const hour = 60 * 60_000
const builtIn = { path: '/opt/Locatiedesk/resources/app-update.yml', exists: true }

describe('chooseUpdateFeed', () => {
  it('takes LOCATIEDESK_UPDATE_URL first, then the installed app-update.yml, else off', () => {
    expect(chooseUpdateFeed({ envUrl: ' https://updates.example.nl/ld/ ', packaged: true, builtInConfig: builtIn }))
      .toEqual({ kind: 'url', url: 'https://updates.example.nl/ld/' })
    expect(chooseUpdateFeed({ envUrl: undefined, packaged: true, builtInConfig: builtIn }))
      .toEqual({ kind: 'built-in', configPath: builtIn.path })
    expect(chooseUpdateFeed({ envUrl: '', packaged: true, builtInConfig: { ...builtIn, exists: false } })).toMatchObject({ kind: 'off' })
  })

  it('is off for an unpackaged app whatever is set, and for a URL that is not http(s)', () => {
    expect(chooseUpdateFeed({ envUrl: 'https://updates.example.nl/', packaged: false, builtInConfig: builtIn })).toMatchObject({ kind: 'off' })
    expect(chooseUpdateFeed({ envUrl: 'file:///etc/', packaged: true, builtInConfig: builtIn }))
      .toEqual({ kind: 'off', reason: 'LOCATIEDESK_UPDATE_URL is geen http(s)-adres: file:///etc/' })
  })
})

describe('startUpdateService', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('with the feed off, never loads the updater and says why in the log', async () => {
    const load = vi.fn(async () => new FakeUpdater())
    const log = recordingLog()
    const service = await startUpdateService({ feed: { kind: 'off', reason: 'geen feed' }, updater: load, log })
    await vi.advanceTimersByTimeAsync(24 * hour)
    expect(load).not.toHaveBeenCalled()
    expect(service.state()).toEqual({ state: 'off', reason: 'geen feed' })
    expect(log.lines).toEqual(['info updates: uit (geen feed)'])
  })

  it('sets the generic feed from the URL, downloads in the background and installs only at quit', async () => {
    const updater = new FakeUpdater()
    const service = await startUpdateService({ feed: { kind: 'url', url: 'https://updates.example.nl/ld/' }, updater: async () => updater, log: recordingLog() })
    expect(updater.feeds).toEqual([{ provider: 'generic', url: 'https://updates.example.nl/ld/' }])
    expect(updater.autoDownload).toBe(true)
    expect(updater.autoInstallOnAppQuit).toBe(true)
    service.stop()
  })

  it('keeps the built-in feed (no setFeedURL)', async () => {
    const updater = new FakeUpdater()
    const service = await startUpdateService({ feed: { kind: 'built-in', configPath: builtIn.path }, updater: async () => updater, log: recordingLog() })
    expect(updater.feeds).toEqual([])
    expect(updater.checks).toBe(1)
    service.stop()
  })

  it('checks at start and then every interval, one check at a time', async () => {
    const updater = new FakeUpdater()
    let finish: () => void = () => {}
    updater.next = () => new Promise((resolve) => (finish = () => resolve(null)))
    const service = await startUpdateService({ feed: { kind: 'built-in', configPath: builtIn.path }, updater: async () => updater, log: recordingLog(), everyMs: 4 * hour })
    expect(updater.checks).toBe(1)
    expect(service.state()).toEqual({ state: 'checking' })
    await vi.advanceTimersByTimeAsync(4 * hour) // the first check still hangs: no second one on top
    expect(updater.checks).toBe(1)
    finish()
    await vi.advanceTimersByTimeAsync(0)
    expect(service.state()).toEqual({ state: 'idle' })
    updater.next = async () => null
    await vi.advanceTimersByTimeAsync(4 * hour - 1)
    expect(updater.checks).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(updater.checks).toBe(2)
    await vi.advanceTimersByTimeAsync(8 * hour)
    expect(updater.checks).toBe(4)
    service.stop()
    await vi.advanceTimersByTimeAsync(24 * hour)
    expect(updater.checks).toBe(4)
  })

  it('once an update is downloaded: tells onReady, stops checking and never restarts the app itself', async () => {
    const updater = new FakeUpdater()
    const ready = vi.fn()
    const log = recordingLog()
    const service = await startUpdateService({ feed: { kind: 'built-in', configPath: builtIn.path }, updater: async () => updater, log, everyMs: hour, onReady: ready })
    updater.emit('update-available', { version: '0.2.0' })
    expect(service.state()).toEqual({ state: 'downloading' })
    updater.emit('update-downloaded', { version: '0.2.0' })
    expect(ready).toHaveBeenCalledWith('0.2.0')
    expect(service.state()).toEqual({ state: 'ready', version: '0.2.0' })
    const checks = updater.checks
    await vi.advanceTimersByTimeAsync(10 * hour)
    expect(updater.checks).toBe(checks)
    expect(updater.quitAndInstall).not.toHaveBeenCalled()
    expect(log.lines).toContain('info updates: versie 0.2.0 klaar; wordt geïnstalleerd bij het afsluiten van de app')
    service.stop()
  })

  it('logs a failed check (offline) and an updater error, and tries again at the next interval', async () => {
    const updater = new FakeUpdater()
    updater.next = async () => {
      throw new Error('net::ERR_INTERNET_DISCONNECTED')
    }
    const log = recordingLog()
    const service = await startUpdateService({ feed: { kind: 'url', url: 'https://updates.example.nl/' }, updater: async () => updater, log, everyMs: hour })
    await vi.advanceTimersByTimeAsync(0)
    expect(service.state()).toEqual({ state: 'idle' })
    expect(log.lines).toContain('warn updates: controle mislukt (net::ERR_INTERNET_DISCONNECTED)')
    updater.emit('error', new Error('sha512 checksum mismatch'))
    expect(log.lines).toContain('warn updates: mislukt (sha512 checksum mismatch); volgende poging over 60 min')
    updater.next = async () => null
    await vi.advanceTimersByTimeAsync(hour)
    expect(updater.checks).toBe(2)
    await expect(service.check()).resolves.toBeUndefined()
    service.stop()
  })

  it('an updater that cannot load leaves updates off, logged, without throwing', async () => {
    const log = recordingLog()
    const service = await startUpdateService({
      feed: { kind: 'url', url: 'https://updates.example.nl/' },
      updater: async () => {
        throw new Error('Electron failed to install correctly')
      },
      log,
    })
    expect(service.state()).toEqual({ state: 'off', reason: 'electron-updater niet beschikbaar' })
    expect(log.lines[0]).toMatch(/^error updates: electron-updater kon niet laden Error: Electron failed/)
  })
})
