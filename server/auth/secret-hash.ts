// Passwords and PINs, hashed with scrypt (node:crypto), on the server (accounts) and on the PC (main's
// verifiers of the last online sign-in, electron/main/services/scrypt-verifier.ts). The stored string carries its own
// parameters and salt (`scrypt$N$r$p$salt$hash`), so the cost can be raised later without making
// the hashes already stored unreadable.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

export interface ScryptParams {
  /** CPU/memory cost, a power of two. */
  N: number
  r: number
  p: number
}

/** About 50 ms per hash on these machines: slow for guessing, quick enough for a sign-in. */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 16_384, r: 8, p: 1 }
const KEY_BYTES = 32
const SALT_BYTES = 16
const PREFIX = 'scrypt'

function derive(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // 128·N·r bytes is scrypt's memory need; allow it (node's default cap is 32 MiB) with headroom.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r }
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

export async function hashSecret(secret: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(secret, salt, params)
  return [PREFIX, params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$')
}

/** False for a wrong secret and for a stored string that is not one of ours (never throws on bad data). */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== PREFIX) return false
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number]
  // Bounds keep a tampered store (a PC's verifiers, DESIGN §5) from making one check take minutes or gigabytes.
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0) || N > 1 << 20 || r > 32 || p > 16) return false
  const salt = Buffer.from(parts[4] ?? '', 'base64')
  const expected = Buffer.from(parts[5] ?? '', 'base64')
  if (expected.length !== KEY_BYTES || salt.length === 0) return false
  const actual = await derive(secret, salt, { N, r, p })
  return timingSafeEqual(actual, expected)
}

/** Verified against when the account does not exist, so an unknown name takes as long as a wrong password. */
let decoy: Promise<string> | undefined
export function decoyHash(): Promise<string> {
  decoy ??= hashSecret(randomBytes(16).toString('hex'))
  return decoy
}
