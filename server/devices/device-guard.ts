// The onRequest hook of every /sync/* route (after the protocol guard): no or an unknown device
// token is 401 `pc-onbekend`, a revoked PC 403 `pc-ingetrokken`. The x-device-id header is no longer
// believed: the device is the token's, and handlers read it with callerOf(request).
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ErrorBody } from '../../shared/api'
import type { Queryable } from '../db/db'
import { bearerToken } from '../auth/authenticate'
import type { Caller } from '../sync/checks/check'
import { authenticateDevice } from './authenticate-device'

export const deviceRefusals = {
  unknown: {
    statusCode: 401, error: 'Unauthorized', code: 'pc-onbekend',
    message: 'Deze PC is niet geregistreerd. Laat een manager de PC registreren.',
  },
  revoked: {
    statusCode: 403, error: 'Forbidden', code: 'pc-ingetrokken',
    message: 'Deze PC is ingetrokken en synchroniseert niet meer. Laat een manager de PC opnieuw registreren.',
  },
} as const satisfies Record<string, ErrorBody>

const callers = new WeakMap<FastifyRequest, Caller>()

export function requireDevice(db: Queryable, now: () => Date = () => new Date()) {
  return async function deviceGuard(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const auth = await authenticateDevice(db, bearerToken(request.headers.authorization), now())
    if (auth === null) return reply.code(401).send(deviceRefusals.unknown)
    if ('revoked' in auth) {
      request.log.info({ deviceId: auth.deviceId }, 'revoked PC refused')
      return reply.code(403).send(deviceRefusals.revoked)
    }
    callers.set(request, auth)
    return undefined
  }
}

/** The device a guarded request comes from. Only for routes behind requireDevice. */
export function callerOf(request: FastifyRequest): Caller {
  const caller = callers.get(request)
  if (caller === undefined) throw new Error(`${request.url} is not behind the device guard`)
  return caller
}

