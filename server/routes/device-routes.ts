// POST /devices (register a PC), GET /devices (the PCs of the caller's locations) and
// POST /devices/:id/revoke (F1). Staff-token authenticated; refusals carry an ErrorBody with a code.
import { Ajv } from 'ajv'
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify'
import type { ErrorBody, RegisterDeviceRequest } from '../../shared/api'
import type { Staff } from '../../shared/domain'
import type { Db } from '../db/db'
import { authenticate, bearerToken } from '../auth/authenticate'
import { devicesFor, registerDevice, revokeDeviceAs, type DeviceResult } from '../devices/device-admin'
import type { DeviceRevocations } from '../devices/device-revocations'
import { anyObject, errorBody, security } from './openapi'

export interface DeviceRouteDeps {
  db: Db
  revocations: DeviceRevocations
  now?: () => Date
}

const registerBody = {
  type: 'object',
  required: ['name', 'locationIds'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' },
    locationIds: {
      anyOf: [
        { type: 'string', const: 'all' },
        { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 64 } },
      ],
    },
  },
} as const

/**
 * The body is checked without type coercion: Fastify's own validator coerces, and its array branch
 * would turn a stray string ('alle') into a one-item list of locations instead of refusing it.
 */
const strict = new Ajv({ coerceTypes: false })
const strictBody: FastifySchemaCompiler<unknown> = ({ schema }) => strict.compile(schema as object)

const deviceParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 64 } },
} as const

const deviceItem = anyObject('A registered PC (DeviceListItem)')
const refusals = { 401: errorBody, 403: errorBody, 404: errorBody } as const

const notSignedIn: ErrorBody = { statusCode: 401, error: 'Unauthorized', code: 'niet-aangemeld', message: 'Niet aangemeld' }
const errors = { 403: 'Forbidden', 404: 'Not Found' } as const

export function registerDeviceRoutes(app: FastifyInstance, deps: DeviceRouteDeps): void {
  const now = deps.now ?? (() => new Date())

  app.post<{ Body: RegisterDeviceRequest }>('/devices', {
    schema: {
      tags: ['devices'], summary: 'Register a PC for locations (manager) or for all (klantenservice); the device token is shown once',
      security: security.staff, body: registerBody,
      response: { 201: anyObject('RegisterDeviceResponse: the registration and its deviceToken'), 400: errorBody, ...refusals },
    },
    validatorCompiler: strictBody,
  }, async (request, reply) => {
    const actor = await signedIn(request, reply)
    if (actor === null) return reply
    const result = await registerDevice(deps.db, actor, request.body, now())
    if (result.ok) request.log.info({ deviceId: result.value.deviceId, by: actor.id }, 'PC registered')
    return answer(reply, result, 201)
  })

  app.get('/devices', {
    schema: {
      tags: ['devices'], summary: 'The PCs of the caller\'s locations (no tokens)', security: security.staff,
      response: { 200: { type: 'array', items: deviceItem }, ...refusals },
    },
  }, async (request, reply) => {
    const actor = await signedIn(request, reply)
    if (actor === null) return reply
    return answer(reply, await devicesFor(deps.db, actor), 200)
  })

  app.post<{ Params: { id: string } }>('/devices/:id/revoke', {
    schema: {
      tags: ['devices'], summary: 'Revoke a PC: its token stops working and its event stream ends', security: security.staff,
      params: deviceParams, response: { 200: deviceItem, ...refusals },
    },
  }, async (request, reply) => {
    const actor = await signedIn(request, reply)
    if (actor === null) return reply
    const result = await revokeDeviceAs(deps.db, actor, request.params.id, now())
    if (result.ok) {
      request.log.info({ deviceId: request.params.id, by: actor.id }, 'PC revoked')
      deps.revocations.revoked(request.params.id)
    }
    return answer(reply, result, 200)
  })

  async function signedIn(request: FastifyRequest, reply: FastifyReply): Promise<Staff | null> {
    const actor = await authenticate(deps.db, bearerToken(request.headers.authorization), now())
    if (actor === null) void reply.code(401).send(notSignedIn)
    return actor
  }
}

function answer<T>(reply: FastifyReply, result: DeviceResult<T>, okStatus: 200 | 201): FastifyReply {
  if (result.ok) return reply.code(okStatus).send(result.value)
  const body: ErrorBody = { statusCode: result.status, error: errors[result.status], code: result.code, message: result.message }
  return reply.code(result.status).send(body)
}
