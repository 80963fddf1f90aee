// POST /sync/:collection/pull and /push (the wire protocol in shared/sync). The body schemas check
// only the envelope: a bad document inside a push is refused on its own (push.ts), never as a 400
// for the whole batch. Both run behind the device guard (devices/device-guard.ts): a pull returns
// only what the PC covers, and a push is checked and recorded as that PC's (R19).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { collectionNames } from '../../shared/domain/collections'
import { MAX_PULL_BATCH_SIZE, PROTOCOL_HEADER, PROTOCOL_VERSION, type PullRequest, type PullResponse, type PushRequest, type PushResponse } from '../../shared/sync'
import type { Db } from '../db/db'
import { enqueueAfterPush } from '../outbox/push-hook'
import { callerOf } from '../devices/device-guard'
import type { OrderedPublisher } from '../sync/ordered-publisher'
import type { WriteMeta } from '../sync/document-store'
import { pull } from '../sync/pull'
import { push } from '../sync/push'
import type { ValidatePush } from '../sync/validate-push'
import { errorBody, security } from './openapi'

const knownCollections: ReadonlySet<string> = new Set(collectionNames)

interface CollectionParams {
  collection: string
}

// A calendar date: the pattern fixes the shape, the format (ajv-formats, on in Fastify) refuses 2026-02-30.
const calendarDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const

const pullBody = {
  type: 'object',
  required: ['checkpoint', 'batchSize'],
  properties: {
    window: {
      type: 'object',
      required: ['from', 'to'],
      additionalProperties: false,
      properties: { from: calendarDate, to: calendarDate },
    },
    checkpoint: {
      anyOf: [
        { type: 'null' },
        { type: 'object', required: ['seq'], properties: { seq: { type: 'integer', minimum: 0 } } },
      ],
    },
    batchSize: { type: 'integer', minimum: 1, maximum: MAX_PULL_BATCH_SIZE },
  },
} as const

const pushBody = {
  type: 'object',
  required: ['rows'],
  properties: {
    rows: {
      type: 'array',
      items: {
        type: 'object',
        required: ['newDocumentState'],
        properties: { newDocumentState: { type: 'object' }, assumedMasterState: { type: 'object' } },
      },
    },
  },
} as const

/**
 * For the document only: an unknown collection is answered 404 by requireKnownCollection (preValidation
 * runs before validation), a missing or old protocol header 426 by the protocol guard (onRequest).
 */
export const syncParams = {
  type: 'object',
  required: ['collection'],
  properties: { collection: { type: 'string', enum: collectionNames } },
} as const

export const protocolHeaders = {
  type: 'object',
  properties: { [PROTOCOL_HEADER]: { type: 'string', description: `The sync protocol version the PC speaks (${PROTOCOL_VERSION}); another answers 426` } },
} as const

/** What every /sync/* route may answer besides its success: the guards' refusals. */
export const syncRefusals = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 426: errorBody } as const

const anyDocument = { type: 'object', description: 'A document (SyncDoc) of the collection', additionalProperties: true } as const

const pullResponse = {
  type: 'object',
  properties: {
    documents: { type: 'array', items: anyDocument },
    checkpoint: { anyOf: [{ type: 'null' }, { type: 'object', properties: { seq: { type: 'integer' } }, additionalProperties: true }] },
  },
  additionalProperties: true,
} as const

const pushResponse = {
  type: 'object',
  properties: {
    conflicts: { type: 'array', items: anyDocument, description: 'The server\'s state of each document that conflicted or was refused' },
    refused: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } }, additionalProperties: true },
    },
  },
  additionalProperties: true,
} as const

async function requireKnownCollection(
  request: FastifyRequest<{ Params: CollectionParams }>, reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  const { collection } = request.params
  if (knownCollections.has(collection)) return undefined
  return reply.code(404).send({ statusCode: 404, error: 'Not Found', code: 'onbekende-verzameling', message: 'Deze verzameling bestaat niet' })
}

export interface SyncRouteDeps {
  db: Db
  publisher: OrderedPublisher
  validatePush: ValidatePush
  /** The server's clock, for what a push queues in the outbox; the checks judge by validatePush.now. */
  now?: () => Date
}

export function registerSyncRoutes(app: FastifyInstance, deps: SyncRouteDeps): void {
  app.post<{ Params: CollectionParams; Body: PullRequest }>(
    '/sync/:collection/pull',
    {
      schema: {
        tags: ['sync'], summary: 'Pull a batch of documents after a checkpoint (RxDB replication)', security: security.device,
        params: syncParams, headers: protocolHeaders, body: pullBody, response: { 200: pullResponse, ...syncRefusals },
      },
      preValidation: requireKnownCollection,
    },
    async (request, reply): Promise<PullResponse | FastifyReply> => {
      const { window } = request.body
      // The schema checks each date; their order needs both (yyyy-MM-dd compares as text).
      if (window && window.from > window.to) {
        return reply.code(400).send({ statusCode: 400, error: 'Bad Request', code: 'ongeldig-verzoek', message: 'Het venster klopt niet: de begindatum ligt na de einddatum' })
      }
      return pull(deps.db, request.params.collection, request.body, callerOf(request))
    },
  )

  app.post<{ Params: CollectionParams; Body: PushRequest }>(
    '/sync/:collection/push',
    {
      schema: {
        tags: ['sync'], summary: 'Push changed documents; conflicts and refusals come back (RxDB replication)', security: security.device,
        params: syncParams, headers: protocolHeaders, body: pushBody, response: { 200: pushResponse, ...syncRefusals },
      },
      preValidation: requireKnownCollection,
    },
    async (request): Promise<PushResponse> => {
      const { collection } = request.params
      const caller = callerOf(request)
      // The author is each document's own `by` (write-action.ts); the device is the token's, never a header.
      const meta: WriteMeta = { author: null, device: caller.deviceId, clientTime: null }
      const outcome = await push(deps.db, deps.publisher, collection, request.body.rows, meta, deps.validatePush, caller)
      for (const r of outcome.refused) request.log.warn({ collection, id: r.id, reason: r.reason }, 'push: document refused')
      // Messages a stored document owes the parents (a wachtwoord fact, a decision): the outbox's.
      await enqueueAfterPush(deps.db, collection, outcome.written, request.log, (deps.now ?? (() => new Date()))())
      const refused = outcome.refused.flatMap((r) => r.id ? [{ id: r.id, code: r.refusal.code, message: r.refusal.message }] : [])
      // `refused` only when there is something to say: the common answer stays `{ conflicts }`.
      return refused.length > 0 ? { conflicts: outcome.conflicts, refused } : { conflicts: outcome.conflicts }
    },
  )
}
