// Registered PCs for the server's tests: every /sync/* call needs a device token (R19). addDevice
// stores one directly (fast, no manager needed); the device routes' own tests register through HTTP.
import type { Staff } from '../../../shared/domain'
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync'
import type { Db } from '../../../server/db/db'
import { newDeviceId } from '../../../server/devices/device-admin'
import { insertDevice, revokeDevice } from '../../../server/devices/device-store'
import { insertInBatches } from '../../../server/demo/document-batches'
import type { Caller } from '../../../server/sync/checks/check'

export interface TestDevice {
  deviceId: string
  token: string
  caller: Caller
  /** Protocol version and Bearer token: what every /sync/* call of this PC sends. */
  headers: Record<string, string>
}

export const syncHeaders = (token: string): Record<string, string> =>
  ({ [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), authorization: `Bearer ${token}` })

export async function addDevice(
  db: Db, locationIds: readonly string[] | 'all', options: { id?: string; name?: string; registeredBy?: string } = {},
): Promise<TestDevice> {
  const { record, token } = await insertDevice(db, {
    // A test may give the id its documents' `device` field names; the server's own ids are random.
    id: options.id ?? newDeviceId(), name: options.name ?? 'test-pc', locationIds, registeredBy: options.registeredBy ?? 'test', registeredAt: new Date(),
  })
  return { deviceId: record.deviceId, token, caller: { deviceId: record.deviceId, locations: record.locationIds }, headers: syncHeaders(token) }
}

export async function revokeTestDevice(db: Db, device: TestDevice): Promise<void> {
  await revokeDevice(db, device.deviceId, 'test', new Date())
}

/** Staff documents (no accounts): the authors that pushed facts name in `by`, for the role checks. */
export async function addStaff(db: Db, staff: readonly Staff[]): Promise<void> {
  await insertInBatches(db, { staff }, { author: 'test', device: null, clientTime: null })
}

export function staffMember(id: string, role: Staff['role'], locationIds: string[]): Staff {
  return { id, name: id, role, locationIds, active: true, updatedAt: '2026-01-01T00:00:00.000Z' }
}
