// Who may talk to a PC host: it listens on 127.0.0.1 only, but any web page the same PC's browser
// opens could still reach that address. So the bridge also demands the random token (from the URL
// the host printed), an Origin of the host itself (no other site's script) and a Host header naming
// 127.0.0.1 (a DNS-rebinding page would send its own host name).
import { createHash, timingSafeEqual } from 'node:crypto'

export interface GuardInput {
  host: string | undefined
  origin: string | undefined
  token: string | null
}

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string }

export function hostFor(port: number): string {
  return `127.0.0.1:${port}`
}

export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === hostFor(port)
}

export function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false
  // Compare digests: equal length whatever was sent, and no early exit on the first differing byte.
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

export function checkBridgeRequest(input: GuardInput, port: number, expectedToken: string): GuardVerdict {
  if (!isOwnHost(input.host, port)) return { ok: false, status: 403, reason: `foreign Host ${input.host ?? '(none)'}` }
  if (input.origin !== `http://${hostFor(port)}`) return { ok: false, status: 403, reason: `foreign Origin ${input.origin ?? '(none)'}` }
  if (!tokenMatches(input.token, expectedToken)) return { ok: false, status: 401, reason: 'wrong or missing token' }
  return { ok: true }
}
