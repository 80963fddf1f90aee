// Argument schemas, one per bridge method: everything that crosses from a renderer (or a browser on
// the PC host) is checked here before a service sees it. The Record over MethodName makes a method
// without a schema a compile error.
import { Ajv, type ValidateFunction } from 'ajv'
import type { BridgeError, MethodName } from '../../../shared/api/contract'
import { collectionNames } from '../../../shared/domain/collections'
import { MAX_PULL_BATCH_SIZE } from '../../../shared/sync/wire'

const noArgs = { type: 'object', additionalProperties: false, properties: {} }

const syncDoc = {
  type: 'object',
  required: ['id', '_deleted'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 }, _deleted: { type: 'boolean' } },
}

const collection = { type: 'string', enum: [...collectionNames] }

const schemas: Record<MethodName, object> = {
  'app.info': noArgs,
  'sync.status': noArgs,
  'db.encryptionKey': noArgs,
  'sync.pull': {
    type: 'object',
    additionalProperties: false,
    required: ['collection', 'checkpoint', 'batchSize'],
    properties: {
      collection,
      checkpoint: {
        oneOf: [
          { type: 'null' },
          { type: 'object', additionalProperties: false, required: ['seq'], properties: { seq: { type: 'integer', minimum: 0 } } },
        ],
      },
      batchSize: { type: 'integer', minimum: 1, maximum: MAX_PULL_BATCH_SIZE },
    },
  },
  'sync.push': {
    type: 'object',
    additionalProperties: false,
    required: ['collection', 'rows'],
    properties: {
      collection,
      rows: {
        type: 'array',
        maxItems: 10_000,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['newDocumentState'],
          properties: { newDocumentState: syncDoc, assumedMasterState: syncDoc },
        },
      },
    },
  },
}

const ajv = new Ajv({ strict: true, allErrors: false })
const validators = Object.fromEntries(
  Object.entries(schemas).map(([method, schema]) => [method, ajv.compile(schema)]),
) as Record<MethodName, ValidateFunction>

/** null when `args` fits the method's schema, else the refusal to send back. */
export function validateArgs(method: MethodName, args: unknown): BridgeError | null {
  const validate = validators[method]
  if (validate(args)) return null
  const first = validate.errors?.[0]
  const where = first?.instancePath || '(args)'
  return { code: 'bridge.invalid-args', message: `${method}: ${where} ${first?.message ?? 'is invalid'}` }
}
