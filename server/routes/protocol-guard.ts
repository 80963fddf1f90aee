// Outdated (or unknown) clients must stop before they touch data: they get HTTP 426 and the
// protocol version this server speaks, so the PC can tell staff to update (DESIGN §4).
import type { FastifyReply, FastifyRequest } from 'fastify'
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync'

export async function requireProtocol(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const sent = request.headers[PROTOCOL_HEADER]
  if (sent === String(PROTOCOL_VERSION)) return undefined
  // Returning the reply tells Fastify the hook answered: no handler runs after it.
  return reply.code(426).header('upgrade', `locatiedesk/${PROTOCOL_VERSION}`).send({
    statusCode: 426,
    error: 'Upgrade Required',
    code: 'verouderde-versie',
    // The sent value is not echoed: it is the caller's text, and the version number says enough.
    message: `Deze versie van Locatiedesk is te oud voor de server (protocol ${PROTOCOL_VERSION}): werk de app bij`,
    protocol: PROTOCOL_VERSION,
  })
}
