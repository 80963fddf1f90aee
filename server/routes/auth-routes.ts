// POST /auth/sign-in and /auth/sign-out (F1). Not yet required by /sync/*: the app's sign-in screen
// comes later. Refusals carry the Dutch message staff see.
import type { FastifyInstance } from 'fastify'
import type { Db } from '../db/db'
import { bearerToken } from '../auth/authenticate'
import { revokeToken } from '../auth/session-tokens'
import { signIn, type SignInOptions } from '../auth/sign-in'
import type { StaffProfile } from '../auth/staff-document'

export interface AuthRouteDeps {
  db: Db
  now?: () => Date
  sessionTtlMs?: number
}

export interface SignInRequest {
  staffId: string
  password: string
}

export interface SignInResponse {
  token: string
  expiresAt: string
  staff: StaffProfile
}

const signInBody = {
  type: 'object',
  required: ['staffId', 'password'],
  additionalProperties: false,
  properties: {
    staffId: { type: 'string', minLength: 1, maxLength: 64 },
    // An upper bound keeps a huge "password" from costing scrypt time.
    password: { type: 'string', minLength: 1, maxLength: 256 },
  },
} as const

const statusOf = { invalid: 401, locked: 429, inactive: 403 } as const
const errorOf = { 401: 'Unauthorized', 403: 'Forbidden', 429: 'Too Many Requests' } as const

export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const now = deps.now ?? (() => new Date())
  const options: SignInOptions = { now, ...(deps.sessionTtlMs === undefined ? {} : { sessionTtlMs: deps.sessionTtlMs }) }

  app.post<{ Body: SignInRequest }>('/auth/sign-in', { schema: { body: signInBody } }, async (request, reply) => {
    const result = await signIn(deps.db, request.body.staffId, request.body.password, options)
    if (result.ok) {
      const answer: SignInResponse = { token: result.token, expiresAt: result.expiresAt, staff: result.staff }
      return reply.send(answer)
    }
    const status = statusOf[result.reason]
    request.log.info({ staffId: request.body.staffId, reason: result.reason }, 'sign-in refused')
    return reply.code(status).send({ statusCode: status, error: errorOf[status], message: result.message })
  })

  app.post('/auth/sign-out', async (request, reply) => {
    const token = bearerToken(request.headers.authorization)
    if (token === null || !(await revokeToken(deps.db, token, now()))) {
      return reply.code(401).send({ statusCode: 401, error: 'Unauthorized', message: 'Niet aangemeld' })
    }
    return reply.code(204).send()
  })
}
