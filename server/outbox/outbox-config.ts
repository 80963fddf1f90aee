// The outbox's settings, from the environment, with defaults that work on a bare machine: every
// 10 s, messages written as .eml files to .data/outbox (nothing leaves the machine until a real
// channel is configured), at most 8 attempts.
import path from 'node:path'
import { ConfigError, nonEmpty } from '../config'

type Env = Record<string, string | undefined>

export type OutboxSenderConfig =
  | { kind: 'eml'; dir: string; from: string }
  | { kind: 'portal'; url: string; token: string }

export interface OutboxConfig {
  everyMs: number
  maxAttempts: number
  sender: OutboxSenderConfig
}

function positive(name: string, value: string | undefined, fallback: number): number {
  const v = nonEmpty(value)
  if (v === null) return fallback
  const n = Number(v)
  if (!Number.isFinite(n) || n <= 0) throw new ConfigError(`${name} must be a positive number, not: ${value}`)
  return n
}

export function outboxConfig(env: Env = process.env, cwd = process.cwd()): OutboxConfig {
  const everyMs = positive('OUTBOX_EVERY_SECONDS', env.OUTBOX_EVERY_SECONDS, 10) * 1000
  const maxAttempts = Math.floor(positive('OUTBOX_MAX_ATTEMPTS', env.OUTBOX_MAX_ATTEMPTS, 8))
  const kind = nonEmpty(env.OUTBOX_SENDER) ?? 'eml'
  if (kind === 'eml') {
    return {
      everyMs, maxAttempts,
      sender: { kind, dir: path.resolve(cwd, nonEmpty(env.OUTBOX_DIR) ?? '.data/outbox'), from: nonEmpty(env.OUTBOX_FROM) ?? 'Locatiedesk <noreply@locatiedesk.invalid>' },
    }
  }
  if (kind === 'portal') {
    const url = nonEmpty(env.OUTBOX_PORTAL_URL)
    const token = nonEmpty(env.PORTAL_TOKEN)
    if (url === null || token === null) throw new ConfigError('OUTBOX_SENDER=portal needs OUTBOX_PORTAL_URL and PORTAL_TOKEN')
    return { everyMs, maxAttempts, sender: { kind, url, token } }
  }
  throw new ConfigError(`OUTBOX_SENDER must be eml or portal, not: ${kind}`)
}
