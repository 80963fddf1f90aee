// The server's HTTP API besides the sync protocol (shared/sync): sign-in and PC registration (F1).
// Main (electron/main) calls it, the server (server/routes) answers it; both use these shapes.
// Staff routes take `Authorization: Bearer <sign-in token>`; /sync/* and /sync/events take
// `Authorization: Bearer <device token>` of a registered, not revoked PC (R19, DESIGN §5).
import type { DeviceRegistration, StaffProfile } from './contract'

/** POST /auth/sign-in. With `pin`, the server also checks the PIN (the PC then keeps a PIN verifier for the quick switch). */
export interface SignInRequest {
  staffId: string
  password: string
  pin?: string
}

export interface SignInResponse {
  token: string
  expiresAt: string
  staff: StaffProfile
  /** True when a PIN was sent and it matched the account's PIN. */
  pinVerified: boolean
}

/** POST /devices, with a manager's (or, for 'all', customer service's) sign-in token. */
export interface RegisterDeviceRequest {
  name: string
  locationIds: string[] | 'all'
}

/** The device token is shown once, here; the server keeps only its hash. */
export interface RegisterDeviceResponse extends DeviceRegistration {
  deviceToken: string
}

/** GET /devices: the PCs of the caller's locations (no tokens). POST /devices/:id/revoke ends one. */
export interface DeviceListItem extends DeviceRegistration {
  revokedAt: string | null
  lastSeenAt: string | null
}

/**
 * Every refusal of these routes and of /sync/* carries a stable code besides the Dutch message:
 * `pc-ingetrokken` (403, a revoked device), `pc-onbekend` (401, no or unknown device token).
 */
export interface ErrorBody {
  statusCode: number
  error: string
  code?: string
  message: string
}
