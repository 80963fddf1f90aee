// The AVG routes (issue 8): a staff member with 'privacy.beheren' exports everything held about a
// child, or deletes it everywhere. Sign-in token as for /staff (auth/authenticate.ts). Nothing
// personal is logged: the log line names the route and the counts, never the child's data.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Staff } from '../../shared/domain'
import { authenticate, bearerToken } from '../auth/authenticate'
import type { Db } from '../db/db'
import { security } from '../routes/openapi'
import type { OrderedPublisher } from '../sync/ordered-publisher'
import { deletionAccess, mayManagePrivacy, privacyMessages, reachesChild } from './privacy-access'
import { privacyConfig, type PrivacyConfig } from './privacy-config'
import { deleteChildEverywhere } from './privacy-deletion'
import { exportChild } from './privacy-export'

export interface PrivacyRouteDeps {
  db: Db
  publisher: OrderedPublisher
  now?: () => Date
  config?: PrivacyConfig
}

const params = {
  type: 'object',
  required: ['childId'],
  additionalProperties: false,
  properties: { childId: { type: 'string', minLength: 1, maxLength: 64 } },
} as const

const failure = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
} as const

const docs = { type: 'array', items: { type: 'object', additionalProperties: true } } as const

const exportResponse = {
  type: 'object',
  required: ['exportedAt', 'exportedBy', 'childId', 'child', 'attendance', 'absences', 'requests', 'ledger', 'signuplines', 'journal', 'notices', 'outbox'],
  properties: {
    exportedAt: { type: 'string', format: 'date-time' },
    exportedBy: { type: 'string' },
    childId: { type: 'string' },
    child: { type: 'object', additionalProperties: true },
    attendance: {
      type: 'array',
      items: {
        type: 'object',
        required: ['dayId', 'date', 'groupId', 'locationId', 'entry'],
        properties: {
          dayId: { type: 'string' }, date: { type: 'string' }, groupId: { type: 'string' }, locationId: { type: 'string' },
          entry: { type: 'object', additionalProperties: true },
        },
      },
    },
    absences: docs, requests: docs, ledger: docs, signuplines: docs, journal: docs, notices: docs,
    outbox: { type: ['array', 'null'], items: { type: 'object', additionalProperties: true } },
  },
} as const

const deleteBody = {
  type: 'object',
  required: ['confirm'],
  additionalProperties: false,
  properties: { confirm: { type: 'string', minLength: 1, maxLength: 64, description: 'The child id again, to confirm' } },
} as const

const deleteResponse = {
  type: 'object',
  required: ['childId', 'deletedAt', 'counts'],
  properties: {
    childId: { type: 'string' },
    deletedAt: { type: 'string', format: 'date-time' },
    counts: { type: 'object', additionalProperties: { type: 'integer' } },
  },
} as const

const statusNames = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' } as const
type FailureStatus = keyof typeof statusNames

function fail(reply: FastifyReply, status: FailureStatus, refusal: { code: string; message: string }): FastifyReply {
  return reply.code(status).send({ statusCode: status, error: statusNames[status], ...refusal })
}

export function registerPrivacyRoutes(app: FastifyInstance, deps: PrivacyRouteDeps): void {
  const now = deps.now ?? (() => new Date())
  const config = deps.config ?? privacyConfig()
  const failures = { 401: failure, 403: failure, 404: failure }

  app.get<{ Params: { childId: string } }>('/privacy/children/:childId/export', {
    schema: {
      tags: ['privacy'],
      security: security.staff,
      summary: 'Export everything held about a child and its parents (AVG)',
      params,
      response: { 200: exportResponse, ...failures },
    },
  }, async (request, reply) => {
    const actor = await privacyActor(request, reply)
    if (actor === null) return reply
    const data = await exportChild(deps.db, request.params.childId, actor.id, now(), (child) => reachesChild(actor, child))
    if (data === null) return fail(reply, 404, privacyMessages.unknown)
    request.log.info({ route: 'privacy-export', by: actor.id }, 'privacy export')
    const fileName = `kind-${request.params.childId.replace(/[^A-Za-z0-9._-]/g, '_')}-gegevens.json`
    return reply.header('content-disposition', `attachment; filename="${fileName}"`).send(data)
  })

  app.post<{ Params: { childId: string }; Body: { confirm: string } }>('/privacy/children/:childId/delete', {
    schema: {
      tags: ['privacy'],
      security: security.staff,
      summary: 'Delete a child\'s data everywhere: tombstones for the PCs, attendance entries removed, outbox rows deleted (AVG)',
      params,
      body: deleteBody,
      response: { 200: deleteResponse, 400: failure, ...failures },
    },
  }, async (request, reply) => {
    const actor = await privacyActor(request, reply)
    if (actor === null) return reply
    if (request.body.confirm !== request.params.childId) return fail(reply, 400, privacyMessages.confirm)
    const outcome = await deleteChildEverywhere({ db: deps.db, publisher: deps.publisher }, {
      childId: request.params.childId, actor, now: now(), hashKey: config.hashKey, access: (child) => deletionAccess(actor, child),
    })
    if (!outcome.ok) return fail(reply, outcome.status, { code: outcome.code, message: outcome.message })
    request.log.info({ route: 'privacy-delete', by: actor.id, counts: outcome.counts }, 'privacy deletion')
    return { childId: outcome.childId, deletedAt: outcome.deletedAt, counts: outcome.counts }
  })

  async function privacyActor(request: FastifyRequest, reply: FastifyReply): Promise<Staff | null> {
    const actor = await authenticate(deps.db, bearerToken(request.headers.authorization), now())
    if (actor === null) {
      void fail(reply, 401, { code: 'niet-aangemeld', message: 'Niet aangemeld' })
      return null
    }
    if (!mayManagePrivacy(actor)) {
      void fail(reply, 403, privacyMessages.notAllowed)
      return null
    }
    return actor
  }
}
