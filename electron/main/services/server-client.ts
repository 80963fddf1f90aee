// The server's account routes as main calls them (shared/api/server-http.ts): sign-in, sign-out and
// PC registration. Unlike the sync transport these calls are never retried: a person waits for the
// answer, and "no answer within ~5 s" is itself the answer that sends sign-in down the offline path.
import type { DeviceRegistration, StaffProfile } from '../../../shared/api/contract'
import type { RegisterDeviceRequest, RegisterDeviceResponse, SignInRequest, SignInResponse } from '../../../shared/api/server-http'
import { roles } from '../../../shared/domain/enums'
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync/wire'

/** No usable answer: network down, connection refused, timeout, or a 5xx. Sign-in may go offline. */
export class ServerUnreachable extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ServerUnreachable'
  }
}

/** A definite answer other than 2xx: the server's stable `code` (if any) and Dutch message. */
export class ServerRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message)
    this.name = 'ServerRefusal'
  }
}

export interface ServerClientOptions {
  serverUrl: string
  fetch?: typeof globalThis.fetch
  /** How long a person waits for the server before main decides it is unreachable. */
  timeoutMs?: number
}

export interface ServerClient {
  signIn(request: SignInRequest): Promise<SignInResponse>
  /** Best effort: ends the server's session of that token; failures are swallowed. */
  signOut(token: string): Promise<void>
  registerDevice(staffToken: string, request: RegisterDeviceRequest): Promise<RegisterDeviceResponse>
}

export function createServerClient(options: ServerClientOptions): ServerClient {
  const fetchFn = options.fetch ?? globalThis.fetch
  const timeoutMs = options.timeoutMs ?? 5_000
  const base = options.serverUrl.replace(/\/+$/, '')

  async function post(path: string, body: unknown, token?: string): Promise<unknown> {
    const headers: Record<string, string> = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) }
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (token) headers.authorization = `Bearer ${token}`
    let response: Response
    let text: string
    try {
      response = await fetchFn(base + path, {
        method: 'POST', headers, signal: AbortSignal.timeout(timeoutMs),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      text = await response.text()
    } catch (error) {
      throw new ServerUnreachable(`server not reachable: ${error instanceof Error ? error.message : String(error)}`)
    }
    if (response.status >= 500) throw new ServerUnreachable(`server error ${response.status}`)
    const value = parseJson(text)
    if (!response.ok) throw refusalOf(response.status, value)
    return value
  }

  return {
    async signIn(request) {
      const answer = await post('/auth/sign-in', request)
      if (isRecord(answer) && typeof answer.token === 'string' && typeof answer.expiresAt === 'string' && isStaffProfile(answer.staff)) {
        return { token: answer.token, expiresAt: answer.expiresAt, staff: profile(answer.staff), pinVerified: answer.pinVerified === true }
      }
      throw new ServerUnreachable('sign-in answer does not match the protocol')
    },
    async signOut(token) {
      await post('/auth/sign-out', undefined, token).catch(() => {})
    },
    async registerDevice(staffToken, request) {
      const answer = await post('/devices', request, staffToken)
      if (isRecord(answer) && typeof answer.deviceToken === 'string' && answer.deviceToken.length > 0 && isRegistration(answer)) {
        return { ...registration(answer), deviceToken: answer.deviceToken }
      }
      throw new ServerUnreachable('device registration answer does not match the protocol')
    },
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function refusalOf(status: number, body: unknown): ServerRefusal {
  const code = isRecord(body) && typeof body.code === 'string' ? body.code : undefined
  const message = isRecord(body) && typeof body.message === 'string' && body.message.length > 0 ? body.message : `server refused (${status})`
  return new ServerRefusal(status, code, message)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

export function isStaffProfile(value: unknown): value is StaffProfile {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string'
    && (roles as readonly unknown[]).includes(value.role) && isStringList(value.locationIds)
}

/** Only the contract's fields: whatever else a server adds never reaches the renderer. */
export function profile(value: StaffProfile): StaffProfile {
  return { id: value.id, name: value.name, role: value.role, locationIds: [...value.locationIds] }
}

export function isRegistration(value: unknown): value is DeviceRegistration {
  return isRecord(value) && typeof value.deviceId === 'string' && value.deviceId.length > 0 && typeof value.name === 'string'
    && (value.locationIds === 'all' || isStringList(value.locationIds))
    && typeof value.registeredAt === 'string' && typeof value.registeredBy === 'string'
}

export function registration(value: DeviceRegistration): DeviceRegistration {
  return {
    deviceId: value.deviceId, name: value.name,
    locationIds: value.locationIds === 'all' ? 'all' : [...value.locationIds],
    registeredAt: value.registeredAt, registeredBy: value.registeredBy,
  }
}
