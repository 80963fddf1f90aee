// What the screens need from the running app, handed down through React context: the database, the
// sync engine, the bridge's status, and who/where for the facts written (by, device).
import { createContext, useContext } from 'react'
import type { AppInfo, Bridge } from '../../../shared/api'
import type { SyncStatusStore } from '../bridge/sync-status'
import type { LocatiedeskDatabase } from '../db/collection-types'
import type { SyncEngine } from '../db/sync-engine'

export interface AppServices {
  bridge: Bridge
  info: AppInfo
  db: LocatiedeskDatabase
  sync: SyncEngine
  status: SyncStatusStore
  /** The staff member recorded as `by`. */
  staffId: string
}

export const AppServicesContext = createContext<AppServices | null>(null)

export function useServices(): AppServices {
  const services = useContext(AppServicesContext)
  if (!services) throw new Error('useServices outside the app shell')
  return services
}
