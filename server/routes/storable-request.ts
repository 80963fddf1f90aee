// A NUL in a path parameter or query value (`/devices/%00/revoke`, `/outbox?childId=%00`) reached
// PostgreSQL, which cannot hold it in text, and came back as a 500. No id or filter of this API can
// contain one, so such a request is refused as a whole, before any route looks it up: an id with
// one names nothing there is (404, as for any unknown id), a query with one is a bad request (400).
// Bodies likewise (a lone surrogate in a portal activation's childId gave a 500, found by the soak's
// fuzz), except where the route answers it better itself: a push refuses such a document on its own with
// a notice for its PC (sync/storable-text.ts), an import names the line or path (import/storable-text.ts).
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ErrorBody } from '../../shared/api/server-http'
import { hasUnstorableText } from '../sync/storable-text'

export const unstorableRefusals = {
  params: { statusCode: 404, error: 'Not Found', code: 'niet-gevonden', message: 'Dit bestaat niet op de server' },
  query: { statusCode: 400, error: 'Bad Request', code: 'onleesbaar-teken', message: 'De zoekvraag bevat een teken dat de server niet kan verwerken' },
  body: { statusCode: 400, error: 'Bad Request', code: 'onleesbaar-teken', message: 'Het verzoek bevat een teken dat de server niet kan verwerken' },
} as const satisfies Record<string, ErrorBody>

/** Routes that judge unstorable text in their body themselves, document by document or line by line. */
const judgesOwnBody = new Set(['/sync/:collection/push', '/import'])

export async function refuseUnstorableRequest(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const refusal = hasUnstorableText(request.params) ? unstorableRefusals.params
    : hasUnstorableText(request.query) ? unstorableRefusals.query
      : !judgesOwnBody.has(request.routeOptions.url ?? '') && hasUnstorableText(request.body) ? unstorableRefusals.body
        : null
  return refusal === null ? undefined : reply.code(refusal.statusCode).send(refusal)
}
