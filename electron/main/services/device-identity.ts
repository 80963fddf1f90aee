// The device id: generated once per PC (per simulated PC in the PC host) and kept, so the server
// can record where every change was made (DESIGN §5) and later scope a device credential to it.
// Not a secret: it identifies, it does not authenticate.
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { readJsonFile, writePrivateJsonFile } from './private-file'

export interface DeviceIdentity {
  deviceId: string
  createdAt: string
}

export const DEVICE_FILE = 'device.json'

export async function loadDeviceIdentity(dataDir: string, now: () => Date = () => new Date()): Promise<DeviceIdentity> {
  const file = join(dataDir, DEVICE_FILE)
  const stored = await readJsonFile(file)
  if (isIdentity(stored)) return stored
  if (stored !== undefined) throw new Error(`${file} is not a device identity; refusing to replace it silently`)
  const identity: DeviceIdentity = { deviceId: randomUUID(), createdAt: now().toISOString() }
  await writePrivateJsonFile(file, identity)
  return identity
}

function isIdentity(value: unknown): value is DeviceIdentity {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.deviceId === 'string' && v.deviceId.length > 0 && typeof v.createdAt === 'string'
}
