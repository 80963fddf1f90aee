// The Electron side of updates: the feed from the environment or the installed app's app-update.yml,
// and electron-updater's autoUpdater, imported only when a feed is on (it needs a real Electron).
// A ready update is logged and told to the window (onReady → the bridge's `app.update` event); it
// installs at the next quit.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { AppLog } from '../logging/app-logger'
import { chooseUpdateFeed } from './feed'
import { startUpdateService, type UpdateService, type Updater } from './update-service'

export function startElectronUpdates(app: { isPackaged: boolean }, log: AppLog, onReady: (version: string) => void): Promise<UpdateService> {
  // process.resourcesPath exists only inside Electron; unpackaged the feed is off before it is read.
  const builtIn = join(process.resourcesPath ?? '', 'app-update.yml')
  const feed = chooseUpdateFeed({
    envUrl: process.env['LOCATIEDESK_UPDATE_URL'],
    packaged: app.isPackaged === true,
    builtInConfig: { path: builtIn, exists: app.isPackaged === true && existsSync(builtIn) },
  })
  return startUpdateService({
    feed,
    log,
    onReady,
    updater: async (): Promise<Updater> => {
      const { autoUpdater } = await import('electron-updater')
      autoUpdater.logger = log
      return autoUpdater
    },
  })
}
