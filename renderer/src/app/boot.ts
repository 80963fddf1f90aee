// Starting the app: the bridge first (main holds the database key and knows the server), then the
// local database, then the replication. The screens render as soon as the database is open; data
// arrives while the first sync runs, today's first.
import type { Bridge } from '../../../shared/api'
import { amsterdamDate } from '../../../shared/calendar'
import { serverNow, watchSyncStatus } from '../bridge/sync-status'
import { openDatabase } from '../db/database'
import { browserStorage } from '../db/storage'
import { startSync } from '../db/sync-engine'
import { mark } from '../db/timing-marks'
import type { AppServices } from './app-services'
import { UNSIGNED_STAFF_ID } from './session'

export async function boot(bridge: Bridge, dev: boolean): Promise<AppServices> {
  mark('boot')
  const status = watchSyncStatus(bridge)
  const [info, { key }, current] = await Promise.all([
    bridge.invoke('app.info', {}),
    bridge.invoke('db.encryptionKey', {}),
    bridge.invoke('sync.status', {}),
  ])
  mark('bridge-ready')
  const db = await openDatabase({ storage: await browserStorage(dev), password: key, dev })
  mark('database-open')
  // Today on the server's clock: a new PC fetches the days around it before the history (DESIGN §4).
  const sync = await startSync({ db, bridge, serverUrl: current.serverUrl, today: amsterdamDate(serverNow(current)) })
  return { bridge, info, db, sync, status, staffId: UNSIGNED_STAFF_ID }
}
