// What the signed-in user may do on this PC, in one place so that every screen asks the same way:
// the shared permission matrix for the role (SPEC §1, R11, R16, R18), R19's location scope of both the
// user AND this PC (a PC registered for Goverwelle shows nothing of Bloemendaal, whoever signs in), and
// a revoked PC, on which only looking is left. Controls a role may not use are left out, not disabled;
// the server refuses them anyway.
import type { DeviceRegistration, StaffProfile } from '../../../shared/api'
import { can as roleCan, deviceInScope, inScope, type Action, type PermissionContext } from '../../../shared/rules'

export interface Permissions {
  /** The role may do this, and this PC still may work. */
  can(action: Action, ctx?: PermissionContext): boolean
  /** Data of this location may be shown and changed here: the user's and the PC's scope both cover it. */
  covers(locationId: string): boolean
}

/** Actions that only look: still allowed on a revoked PC. */
function onlyLooks(action: Action): boolean {
  return action.endsWith('.bekijken')
}

export function deviceCovers(device: Pick<DeviceRegistration, 'locationIds'> | null, locationId: string): boolean {
  return device !== null && deviceInScope(device.locationIds, locationId)
}

export function permissionsFor(
  user: Pick<StaffProfile, 'role' | 'locationIds'>, device: Pick<DeviceRegistration, 'locationIds'> | null, options: { revoked?: boolean } = {},
): Permissions {
  return {
    can: (action, ctx) => (!options.revoked || onlyLooks(action)) && roleCan(user.role, action, ctx),
    covers: (locationId) => inScope(user, locationId) && deviceCovers(device, locationId),
  }
}
