// Which registered PC a /sync/* call comes from: the Bearer device token, resolved to the device
// and its locations (the Caller every push check and pull filter works with). last_seen_at is
// refreshed at most once a minute, so a busy PC does not write on every pull.
import type { Queryable } from '../db/db'
import type { Caller } from '../sync/checks/check'
import { deviceByToken, touchDevice } from './device-store'

export const LAST_SEEN_EVERY_MS = 60_000

export type DeviceAuth = Caller | { revoked: true; deviceId: string } | null

export function isCaller(auth: DeviceAuth): auth is Caller {
  return auth !== null && !('revoked' in auth)
}

export async function authenticateDevice(q: Queryable, token: string | null, now: Date): Promise<DeviceAuth> {
  if (token === null) return null
  const device = await deviceByToken(q, token)
  if (device === null) return null
  if (device.revoked) return { revoked: true, deviceId: device.id }
  const staleBefore = new Date(now.getTime() - LAST_SEEN_EVERY_MS)
  if (device.lastSeenAt === null || device.lastSeenAt < staleBefore) await touchDevice(q, device.id, now, staleBefore)
  return { deviceId: device.id, locations: device.locationIds }
}
