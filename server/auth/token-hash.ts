// Bearer tokens (sign-in sessions, registered PCs): 32 random bytes handed out once; the server
// keeps only their sha-256, so a copy of its tables lets nobody in.
import { createHash, randomBytes } from 'node:crypto'

const TOKEN_BYTES = 32

/** 43 characters of base64url: what `bearerToken` (authenticate.ts) accepts. */
export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url')
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}
