// GET /outbox?childId=: what the outbox holds for a child (or, for customer service, for everyone):
// each message's kind, parent, status, attempts and last error, never its body or address (F8:
// customer service sees whether the message went out). Staff token; location staff see the children
// of their own locations, customer service and the planner every child (R19).
import type { FastifyInstance } from 'fastify'
import { inScope } from '../../shared/rules'
import { authenticate, bearerToken } from '../auth/authenticate'
import type { Db } from '../db/db'
import { errorBody, security } from '../routes/openapi'
import { readDocuments } from '../sync/document-store'
import { listMessages } from './outbox-store'

const messageAnswer = {
  type: 'object',
  required: ['id', 'kind', 'childId', 'parentRank', 'status', 'attempts', 'createdAt'],
  properties: {
    id: { type: 'integer' },
    kind: { type: 'string', enum: ['wachtwoord', 'besluit'] },
    childId: { type: 'string' },
    parentRank: { type: 'integer', enum: [1, 2] },
    /** Whether the parent had an address at all (the address itself is not shown). */
    hasRecipient: { type: 'boolean' },
    status: { type: 'string', enum: ['wachtend', 'verzonden', 'mislukt'] },
    attempts: { type: 'integer' },
    lastError: { type: 'string', nullable: true },
    createdAt: { type: 'string', format: 'date-time' },
    sentAt: { type: 'string', nullable: true, format: 'date-time' },
  },
} as const

const outboxRoute = {
  tags: ['outbox'], summary: 'Berichten aan ouders en of ze zijn verzonden (F8)', security: security.staff,
  querystring: { type: 'object', additionalProperties: false, properties: { childId: { type: 'string', minLength: 1, maxLength: 64 } } },
  response: {
    200: { type: 'object', required: ['messages'], properties: { messages: { type: 'array', items: messageAnswer } } },
    401: errorBody, 403: errorBody,
  },
} as const

const refusals = {
  401: { statusCode: 401, error: 'Unauthorized', code: 'niet-aangemeld', message: 'Niet aangemeld' },
  403: { statusCode: 403, error: 'Forbidden', code: 'buiten-locatie', message: 'Dit kind hoort niet bij uw locaties.' },
  all: { statusCode: 403, error: 'Forbidden', code: 'alleen-klantenservice', message: 'Alleen de klantenservice ziet de berichten van alle kinderen.' },
} as const

export function registerOutboxRoutes(app: FastifyInstance, deps: { db: Db; now?: () => Date }): void {
  const now = deps.now ?? (() => new Date())
  app.get<{ Querystring: { childId?: string } }>('/outbox', { schema: outboxRoute }, async (request, reply) => {
    const staff = await authenticate(deps.db, bearerToken(request.headers.authorization), now())
    if (staff === null) return reply.code(401).send(refusals[401])
    const childId = request.query.childId ?? null
    if (childId === null && !inScope(staff, '')) return reply.code(403).send(refusals.all)
    if (childId !== null && !inScope(staff, '')) {
      const child = (await readDocuments(deps.db, 'children', [childId])).get(childId)
      const locations = Array.isArray(child?.locationIds) ? child.locationIds.filter((l): l is string => typeof l === 'string') : []
      if (!locations.some((l) => inScope(staff, l))) return reply.code(403).send(refusals[403])
    }
    const messages = await listMessages(deps.db, childId)
    return {
      messages: messages.map((m) => ({
        id: m.id, kind: m.kind, childId: m.childId, parentRank: m.parentRank, hasRecipient: m.recipient !== null, status: m.status,
        attempts: m.attempts, lastError: m.lastError, createdAt: m.createdAt, sentAt: m.sentAt,
      })),
    }
  })
}
