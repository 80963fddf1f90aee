// POST /auth/sign-in and /auth/sign-out (F1). Refusals carry the Dutch message staff see and the
// code main answers the bridge with (SessionErrorCode).
import type { FastifyInstance } from 'fastify'
import type { ErrorBody, SessionErrorCode, SignInRequest, SignInResponse } from '../../shared/api'
import type { Db } from '../db/db'
import { bearerToken } from '../auth/authenticate'
import { revokeToken } from '../auth/session-tokens'
import { signIn, type SignInOptions } from '../auth/sign-in'
import { errorBody, security } from './openapi'

export interface AuthRouteDeps {
  db: Db
  now?: () => Date
  sessionTtlMs?: number
}

const signInBody = {
  type: 'object',
  required: ['staffId', 'password'],
  additionalProperties: false,
  properties: {
    staffId: { type: 'string', minLength: 1, maxLength: 64 },
    // An upper bound keeps a huge "password" from costing scrypt time.
    password: { type: 'string', minLength: 1, maxLength: 256 },
    pin: { type: 'string', minLength: 1, maxLength: 64 },
  },
} as const

const signInResponse = {
  type: 'object',
  properties: {
    token: { type: 'string', description: 'Session token: Authorization: Bearer <token> on staff routes' },
    expiresAt: { type: 'string', format: 'date-time' },
    staff: { type: 'object', description: 'The staff member (StaffProfile)', additionalProperties: true },
    pinVerified: { type: 'boolean' },
  },
  additionalProperties: true,
} as const

const statusOf = { invalid: 401, locked: 429, inactive: 403 } as const
const codeOf = { invalid: 'onjuist', locked: 'geblokkeerd', inactive: 'niet-actief' } as const satisfies Record<string, SessionErrorCode>
const errorOf = { 401: 'Unauthorized', 403: 'Forbidden', 429: 'Too Many Requests' } as const

export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const now = deps.now ?? (() => new Date())
  const options: SignInOptions = { now, ...(deps.sessionTtlMs === undefined ? {} : { sessionTtlMs: deps.sessionTtlMs }) }

  app.post<{ Body: SignInRequest }>('/auth/sign-in', {
    schema: {
      tags: ['auth'], summary: 'Sign a staff member in (password, optionally PIN)', body: signInBody,
      response: { 200: signInResponse, 401: errorBody, 403: errorBody, 429: errorBody },
    },
  }, async (request, reply) => {
    const { staffId, password, pin } = request.body
    const result = await signIn(deps.db, staffId, { password, ...(pin === undefined ? {} : { pin }) }, options)
    if (result.ok) {
      const answer: SignInResponse = { token: result.token, expiresAt: result.expiresAt, staff: result.staff, pinVerified: result.pinVerified }
      return reply.send(answer)
    }
    const status = statusOf[result.reason]
    request.log.info({ staffId, reason: result.reason }, 'sign-in refused')
    const body: ErrorBody = { statusCode: status, error: errorOf[status], code: codeOf[result.reason], message: result.message }
    return reply.code(status).send(body)
  })

  app.post('/auth/sign-out', {
    schema: {
      tags: ['auth'], summary: 'End the session of the token sent', security: security.staff,
      response: { 204: { type: 'null', description: 'Signed out' }, 401: errorBody },
    },
  }, async (request, reply) => {
    const token = bearerToken(request.headers.authorization)
    if (token === null || !(await revokeToken(deps.db, token, now()))) {
      const body: ErrorBody = { statusCode: 401, error: 'Unauthorized', code: 'niet-aangemeld', message: 'Niet aangemeld' }
      return reply.code(401).send(body)
    }
    return reply.code(204).send()
  })
}
