// Registering, listing and revoking PCs for a signed-in staff member (device-rights.ts decides who
// may). Device ids are the server's: a PC cannot pick an id that another PC's notices are tagged with.
import { randomBytes } from 'node:crypto'
import type { DeviceListItem, RegisterDeviceRequest, RegisterDeviceResponse } from '../../shared/api'
import type { Staff } from '../../shared/domain'
import type { Db } from '../db/db'
import { deviceMessages, listReach, mayRegister, mayRevoke } from './device-rights'
import { insertDevice, listDevices, readDevice, revokeDevice, type DeviceRecord } from './device-store'

export type DeviceRefusal = { ok: false; status: 403 | 404; code: 'geen-recht' | 'niet-gevonden'; message: string }
export type DeviceResult<T> = { ok: true; value: T } | DeviceRefusal

const forbidden = (message: string): DeviceRefusal => ({ ok: false, status: 403, code: 'geen-recht', message })

/** 'pc-' and 12 hex digits: short enough for the `device` field of every fact (refId, ≤ 64). */
export function newDeviceId(): string {
  return `pc-${randomBytes(6).toString('hex')}`
}

export async function registerDevice(
  db: Db, actor: Staff, request: RegisterDeviceRequest, now: Date,
): Promise<DeviceResult<RegisterDeviceResponse>> {
  const locationIds = request.locationIds === 'all' ? 'all' : [...new Set(request.locationIds)]
  const verdict = mayRegister(actor, locationIds)
  if (!verdict.ok) return forbidden(verdict.message)
  const { record, token } = await insertDevice(db, {
    id: newDeviceId(), name: request.name.trim(), locationIds, registeredBy: actor.id, registeredAt: now,
  })
  const { deviceId, name, registeredAt, registeredBy } = record
  return { ok: true, value: { deviceId, name, locationIds: record.locationIds, registeredAt, registeredBy, deviceToken: token } }
}

export async function devicesFor(db: Db, actor: Staff): Promise<DeviceResult<DeviceListItem[]>> {
  const reach = listReach(actor)
  if (reach === null) return forbidden(deviceMessages.notAllowed)
  return { ok: true, value: (await listDevices(db, reach)).map(listItem) }
}

export async function revokeDeviceAs(db: Db, actor: Staff, id: string, now: Date): Promise<DeviceResult<DeviceListItem>> {
  return db.tx(async (q) => {
    const device = await readDevice(q, id)
    if (device === null) return { ok: false, status: 404, code: 'niet-gevonden', message: deviceMessages.notFound }
    const verdict = mayRevoke(actor, device)
    if (!verdict.ok) return forbidden(verdict.message)
    const revoked = await revokeDevice(q, id, actor.id, now)
    return { ok: true, value: listItem(revoked ?? device) }
  })
}

function listItem(record: DeviceRecord): DeviceListItem {
  const { deviceId, name, locationIds, registeredAt, registeredBy, revokedAt, lastSeenAt } = record
  return { deviceId, name, locationIds, registeredAt, registeredBy, revokedAt, lastSeenAt }
}
