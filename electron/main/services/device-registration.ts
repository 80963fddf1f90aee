// This PC as a registered device (F1, DESIGN §5): a manager signs in once to register it for their
// locations; the server answers a device token, which main keeps in the secret store and sends on
// every sync call. The registration itself (no secret) is a file in the data folder. The manager's
// sign-in is ended right away: registering a PC is not starting work on it.
import { join } from 'node:path'
import type { Args, DeviceRegistration } from '../../../shared/api/contract'
import { readJsonFile, writePrivateJsonFile } from './private-file'
import type { SecretStore } from './secret-store'
import { isRegistration, registration, type ServerClient } from './server-client'
import { SessionError, sessionErrorOf } from './session-error'

export const REGISTRATION_FILE = 'registration.json'
export const DEVICE_TOKEN_SECRET = 'device.token'

type StoredRegistration = DeviceRegistration & { revokedAt?: string }

export interface DeviceService {
  /** Null until registered, and again once the server said this PC is revoked. */
  current(): DeviceRegistration | null
  /** The device token for sync calls; never leaves main. */
  token(): string | null
  register(args: Args<'device.register'>): Promise<DeviceRegistration>
  /** The server no longer accepts this PC: forget the token, keep the registration on file marked revoked. */
  revoked(): Promise<void>
}

export interface DeviceServiceOptions {
  dataDir: string
  secrets: SecretStore
  client: ServerClient
  now: () => Date
}

export async function loadDeviceService(options: DeviceServiceOptions): Promise<DeviceService> {
  const file = join(options.dataDir, REGISTRATION_FILE)
  const stored = await readJsonFile(file)
  if (stored !== undefined && !isRegistration(stored)) throw new Error(`${file} is not a device registration; refusing to replace it silently`)
  let device: DeviceRegistration | null = stored && !('revokedAt' in stored) ? registration(stored) : null
  let token = device ? await options.secrets.get(DEVICE_TOKEN_SECRET) : null
  // A registration without its token (secret store lost or reset) cannot sync: register again.
  if (token === null) device = null
  let busy = false

  return {
    current: () => (device ? registration(device) : null),
    token: () => token,
    async register(args) {
      if (device) throw new SessionError('geen-recht', 'Deze pc is al geregistreerd')
      if (busy) throw new SessionError('geen-recht', 'Deze pc wordt al geregistreerd')
      busy = true
      try {
        const answer = await registerOnServer(options.client, args)
        // Token first: a crash between the two writes leaves "not registered", never a registration without its token.
        await options.secrets.set(DEVICE_TOKEN_SECRET, answer.deviceToken)
        const kept = registration(answer)
        await writePrivateJsonFile(file, kept)
        token = answer.deviceToken
        device = kept
        return registration(kept)
      } finally {
        busy = false
      }
    },
    async revoked() {
      if (!device) return
      const record: StoredRegistration = { ...device, revokedAt: options.now().toISOString() }
      device = null
      token = null
      await options.secrets.delete(DEVICE_TOKEN_SECRET)
      await writePrivateJsonFile(file, record)
    },
  }
}

async function registerOnServer(client: ServerClient, args: Args<'device.register'>) {
  let signedIn
  try {
    signedIn = await client.signIn({ staffId: args.staffId, password: args.password })
  } catch (error) {
    throw sessionErrorOf(error, 'niet-actief')
  }
  try {
    const { staff } = signedIn
    const locationIds = args.locationIds ?? (staff.role === 'klantenservice' ? 'all' : staff.locationIds)
    return await client.registerDevice(signedIn.token, { name: args.name, locationIds })
  } catch (error) {
    throw sessionErrorOf(error, 'geen-recht')
  } finally {
    await client.signOut(signedIn.token)
  }
}
