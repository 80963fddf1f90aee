// The parent channel's setting, from the environment: the portal's shared secret. Closed by
// default: without PORTAL_TOKEN every /portal route answers 503 `ouderportaal-uit`.
import { ConfigError } from '../config'

type Env = Record<string, string | undefined>

export interface PortalConfig {
  /** The Bearer token the parent portal sends; null: the channel is closed. */
  token: string | null
}

/** Shorter secrets are refused at start: a guessable token would open every child's data. */
export const MIN_PORTAL_TOKEN_LENGTH = 24

export function portalConfig(env: Env = process.env): PortalConfig {
  const token = env.PORTAL_TOKEN?.trim() ?? ''
  if (token === '') return { token: null }
  if (token.length < MIN_PORTAL_TOKEN_LENGTH) throw new ConfigError(`PORTAL_TOKEN must be at least ${MIN_PORTAL_TOKEN_LENGTH} characters`)
  return { token }
}
