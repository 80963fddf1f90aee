// POST /staff and PATCH /staff/:id: a manager creates and changes the staff of their own locations
// (auth/staff-scope.ts). Needs a sign-in token (auth-routes.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { roles, type Staff } from '../../shared/domain'
import type { Db } from '../db/db'
import { authenticate, bearerToken } from '../auth/authenticate'
import { changeStaff, createStaff, type NewStaff, type StaffChange, type StaffWriteResult } from '../auth/staff-admin'
import type { OrderedPublisher } from '../sync/ordered-publisher'
import { anyObject, errorBody, security } from './openapi'

export interface StaffRouteDeps {
  db: Db
  publisher: OrderedPublisher
  now?: () => Date
}

const staffId = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[a-z0-9][a-z0-9._-]*$' } as const
const name = { type: 'string', minLength: 1, maxLength: 200 } as const
const role = { type: 'string', enum: roles } as const
const locationIds = { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 64 } } as const

const createBody = {
  type: 'object',
  required: ['id', 'name', 'role', 'locationIds', 'password'],
  additionalProperties: false,
  properties: {
    id: staffId, name, role, locationIds,
    password: { type: 'string', maxLength: 256 },
    pin: { type: 'string', pattern: '^\\d{4,8}$' },
  },
} as const

const changeBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { name, role, locationIds, active: { type: 'boolean' } },
} as const

const staffParams = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } as const
const staffAnswer = { type: 'object', properties: { staff: anyObject('The staff document') }, additionalProperties: true } as const
const refusals = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody } as const

export function registerStaffRoutes(app: FastifyInstance, deps: StaffRouteDeps): void {
  const now = deps.now ?? (() => new Date())
  const admin = { db: deps.db, publisher: deps.publisher, now }

  app.post<{ Body: NewStaff }>('/staff', {
    schema: {
      tags: ['staff'], summary: 'Create a staff member with an account (manager, own locations)', security: security.staff,
      body: createBody, response: { 201: staffAnswer, ...refusals },
    },
  }, async (request, reply) => {
    const actor = await signedIn(request, reply)
    if (actor === null) return reply
    return answer(reply, await createStaff(admin, actor, request.body), 201)
  })

  app.patch<{ Params: { id: string }; Body: StaffChange }>('/staff/:id', {
    schema: {
      tags: ['staff'], summary: 'Change a staff member: name, role, locations, active (manager, own locations)', security: security.staff,
      params: staffParams, body: changeBody, response: { 200: staffAnswer, ...refusals },
    },
  }, async (request, reply) => {
    const actor = await signedIn(request, reply)
    if (actor === null) return reply
    return answer(reply, await changeStaff(admin, actor, request.params.id, request.body), 200)
  })

  async function signedIn(request: FastifyRequest, reply: FastifyReply): Promise<Staff | null> {
    const actor = await authenticate(deps.db, bearerToken(request.headers.authorization), now())
    if (actor === null) void reply.code(401).send({ statusCode: 401, error: 'Unauthorized', code: 'niet-aangemeld', message: 'Niet aangemeld' })
    return actor
  }
}

const errors = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict' } as const
/** Every refusal carries a stable code besides its Dutch message (shared/api ErrorBody). */
const codes = { 400: 'ongeldige-waarde', 403: 'geen-recht', 404: 'niet-gevonden', 409: 'bestaat-al' } as const

function answer(reply: FastifyReply, result: StaffWriteResult, okStatus: 200 | 201): FastifyReply {
  if (result.ok) return reply.code(okStatus).send({ staff: result.staff })
  return reply.code(result.status).send({ statusCode: result.status, error: errors[result.status], code: codes[result.status], message: result.message })
}
