// The onRequest hook of every /portal route: the channel is closed (503) unless PORTAL_TOKEN is set,
// and then only `Authorization: Bearer <PORTAL_TOKEN>` passes (401 otherwise). The comparison takes
// the same time whatever the token sent: both sides are hashed to equal-length digests first, so
// neither the content nor the length of the secret leaks through timing.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'

export const portalRefusals = {
  closed: { statusCode: 503, error: 'Service Unavailable', code: 'ouderportaal-uit', message: 'Het ouderportaal is op deze server niet ingeschakeld.' },
  unknown: { statusCode: 401, error: 'Unauthorized', code: 'ouderportaal-onbekend', message: 'Het ouderportaal is niet aangemeld: het token ontbreekt of klopt niet.' },
} as const

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest()

export function sameSecret(sent: string, expected: string): boolean {
  return timingSafeEqual(digest(sent), digest(expected))
}

function sentToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null
  const match = /^Bearer (\S{1,512})$/.exec(header.trim())
  return match?.[1] ?? null
}

export function requirePortal(token: string | null) {
  return async function portalGuard(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    if (token === null) return reply.code(503).send(portalRefusals.closed)
    const sent = sentToken(request.headers.authorization)
    if (sent === null || !sameSecret(sent, token)) return reply.code(401).send(portalRefusals.unknown)
    return undefined
  }
}
