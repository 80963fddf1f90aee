// Starting the app. First the bridge (main knows whether this PC is registered, holds the database key
// and knows the server). Only on a registered PC the local database opens and the replication starts
// (F1: nothing syncs before a manager registered the PC); the screens render as soon as the database
// is open, and data arrives while the first sync runs, today's first. Who signs in comes after that
// (session-store.ts): the replication runs for the PC, whoever works on it.
import type { AppInfo, Bridge } from '../../../shared/api'
import { amsterdamDate } from '../../../shared/calendar'
import { serverNow, watchSyncStatus, type SyncStatusStore } from '../bridge/sync-status'
import type { LocatiedeskDatabase } from '../db/collection-types'
import { openDatabase } from '../db/database'
import { browserStorage } from '../db/storage'
import { startSync, type SyncEngine } from '../db/sync-engine'
import { mark } from '../db/timing-marks'

/** What runs for the PC, whoever is signed in. */
export interface PcServices {
  bridge: Bridge
  info: AppInfo
  /** The id the server gave this PC at registration: the `device` of every fact written here. */
  deviceId: string
  db: LocatiedeskDatabase
  sync: SyncEngine
  status: SyncStatusStore
}

export async function loadInfo(bridge: Bridge): Promise<AppInfo> {
  mark('boot')
  const info = await bridge.invoke('app.info', {})
  mark('bridge-ready')
  return info
}

export async function startPc(bridge: Bridge, info: AppInfo, dev: boolean): Promise<PcServices> {
  if (!info.device) throw new Error('Deze pc is nog niet geregistreerd')
  const deviceId = info.device.deviceId
  const status = watchSyncStatus(bridge)
  const [{ key }, current] = await Promise.all([bridge.invoke('db.encryptionKey', {}), bridge.invoke('sync.status', {})])
  const db = await openDatabase({
    storage: await browserStorage(dev), password: key, dev, deviceId, now: () => serverNow(status.current()),
  })
  mark('database-open')
  // Today on the server's clock: a new PC fetches the days around it before the history (DESIGN §4).
  // R17: children who left are removed from this PC after the first sync, and daily (not from the server).
  const sync = await startSync({
    db, bridge, serverUrl: current.serverUrl, today: amsterdamDate(serverNow(current)),
    retention: { today: () => amsterdamDate(serverNow(status.current())) },
  })
  return { bridge, info, deviceId, db, sync, status }
}
