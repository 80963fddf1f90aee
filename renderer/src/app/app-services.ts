// What the screens need from the running app, handed down through React context: the database, the
// sync engine, the bridge's status, who is signed in (the `by` of every fact) on which PC (`device`),
// and what they may do here.
import { createContext, useContext } from 'react'
import type { SessionState, StaffProfile } from '../../../shared/api'
import type { PcServices } from './boot'
import type { Permissions } from './permissions'
import type { SessionStore } from './session-store'

export interface AppServices extends PcServices {
  session: SessionState
  sessions: SessionStore
  user: StaffProfile
  /** The staff member recorded as `by`: the signed-in user. */
  staffId: string
  permissions: Permissions
  /** Main reported this PC revoked: only looking is left. */
  revoked: boolean
}

export const AppServicesContext = createContext<AppServices | null>(null)

export function useServices(): AppServices {
  const services = useContext(AppServicesContext)
  if (!services) throw new Error('useServices outside the app shell')
  return services
}
