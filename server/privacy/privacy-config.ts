// Configuration of the privacy routes, from the environment (safe default: plain sha-256).
//   PRIVACY_HASH_KEY  optional secret; when set, the privacy log names a deleted child by an
//                     HMAC-SHA-256 of its id under this key instead of a plain sha-256. Child ids
//                     come from the planning system and are often guessable, so a plain hash only
//                     lets someone who knows the id confirm the deletion; with a key, only the server can.
export interface PrivacyConfig {
  hashKey: string | null
}

export function privacyConfig(env: Record<string, string | undefined> = process.env): PrivacyConfig {
  const key = env.PRIVACY_HASH_KEY?.trim()
  return { hashKey: key ? key : null }
}
