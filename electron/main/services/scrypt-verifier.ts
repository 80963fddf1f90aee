// A verifier of a password or PIN that this PC saw accepted by the server (F1: offline sign-in and
// the quick switch). scrypt with a random salt, the parameters stored with it (`scrypt$N$r$p$salt$key`),
// so the secret itself is never kept and guessing it from a stolen store stays slow.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  N: number
  r: number
  p: number
}

/** ~50 ms per check here: slow for guessing, unnoticed at a sign-in. Tests pass a cheaper cost. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 16_384, r: 8, p: 1 }
const KEY_BYTES = 32
const SALT_BYTES = 16

function derive(secret: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; node's default cap (32 MiB) is lifted with headroom.
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r }
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

export async function makeVerifier(secret: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(secret, salt, cost)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$')
}

/** False for a wrong secret and for anything that is not a verifier of ours (never throws on bad data). */
export async function checkVerifier(secret: string, verifier: string): Promise<boolean> {
  const parts = verifier.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number]
  // Bounds keep a tampered store from making one check take minutes or gigabytes.
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0) || N > 1 << 20 || r > 32 || p > 16) return false
  const salt = Buffer.from(parts[4] ?? '', 'base64')
  const expected = Buffer.from(parts[5] ?? '', 'base64')
  if (expected.length !== KEY_BYTES || salt.length === 0) return false
  return timingSafeEqual(await derive(secret, salt, { N, r, p }), expected)
}
