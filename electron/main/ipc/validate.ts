// Argument schemas, one per bridge method: everything that crosses from a renderer (or a browser on
// the PC host) is checked here before a service sees it. The Record over MethodName makes a method
// without a schema a compile error.
import { Ajv, type ValidateFunction } from 'ajv'
import type { BridgeError, MethodName } from '../../../shared/api/contract'
import { collectionNames } from '../../../shared/domain/collections'
import { isDateString } from '../../../shared/calendar/dates'
import { MAX_PULL_BATCH_SIZE, type PullWindow } from '../../../shared/sync/wire'
import { isSafePdfFileName, MAX_PDF_HTML_BYTES } from '../print/pdf-request'
import { draftTimesError, signingEnterSchema, signingLeaveSchema, signingSignedSchema } from './signing-schemas'

const noArgs = { type: 'object', additionalProperties: false, properties: {} }

const syncDoc = {
  type: 'object',
  required: ['id', '_deleted'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 }, _deleted: { type: 'boolean' } },
}

const collection = { type: 'string', enum: [...collectionNames] }

// 'yyyy-MM-dd' that exists on the calendar: the pattern fixes the shape, the check refuses 2026-02-30.
const calendarDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', calendarDate: true }

// Bounds as the server's (server/routes): a staff id, a password scrypt need not chew on for long, a PIN of 4–8 digits.
const staffId = { type: 'string', minLength: 1, maxLength: 64 }
const password = { type: 'string', minLength: 1, maxLength: 256 }
const pin = { type: 'string', pattern: '^[0-9]{4,8}$' }
const locationIds = {
  anyOf: [
    { type: 'array', minItems: 1, maxItems: 100, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 64 } },
    { const: 'all' },
  ],
}

const schemas: Record<MethodName, object> = {
  'app.info': noArgs,
  'sync.status': noArgs,
  'db.encryptionKey': noArgs,
  'session.current': noArgs,
  'session.lock': noArgs,
  'session.signOut': noArgs,
  'device.register': {
    type: 'object',
    additionalProperties: false,
    required: ['staffId', 'password', 'name'],
    properties: { staffId, password, name: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' }, locationIds },
  },
  'session.signIn': {
    type: 'object',
    additionalProperties: false,
    required: ['staffId', 'password'],
    properties: { staffId, password, pin },
  },
  'session.switch': {
    type: 'object',
    additionalProperties: false,
    required: ['staffId', 'pin'],
    properties: { staffId, pin },
  },
  'session.signing.enter': signingEnterSchema,
  'session.signing.signed': signingSignedSchema,
  'session.signing.leave': signingLeaveSchema(staffId, pin, password),
  'print.pdf': {
    type: 'object',
    additionalProperties: false,
    required: ['html', 'fileName'],
    properties: {
      // Characters here; the printer counts the UTF-8 bytes (an 'é' is two).
      html: { type: 'string', minLength: 1, maxLength: MAX_PDF_HTML_BYTES },
      // The printer's own rule (pdf-request.ts), so that the bridge and the printer cannot disagree.
      fileName: { type: 'string', maxLength: 200, safePdfFileName: true },
    },
  },
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
      window: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to'],
        properties: { from: calendarDate, to: calendarDate },
      },
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
ajv.addKeyword({
  keyword: 'calendarDate',
  type: 'string',
  schemaType: 'boolean',
  validate: (wanted: boolean, value: string) => !wanted || isDateString(value),
  errors: false,
})
ajv.addKeyword({
  keyword: 'safePdfFileName',
  type: 'string',
  schemaType: 'boolean',
  validate: (wanted: boolean, value: string) => !wanted || isSafePdfFileName(value),
  errors: false,
})
const validators = Object.fromEntries(
  Object.entries(schemas).map(([method, schema]) => [method, ajv.compile(schema)]),
) as Record<MethodName, ValidateFunction>

/** null when `args` fits the method's schema, else the refusal to send back. */
export function validateArgs(method: MethodName, args: unknown): BridgeError | null {
  const validate = validators[method]
  if (validate(args)) return orderError(method, args)
  const first = validate.errors?.[0]
  const where = first?.instancePath || '(args)'
  return { code: 'bridge.invalid-args', message: `${method}: ${where} ${first?.message ?? 'is invalid'}` }
}

/** What a schema cannot say: two values in order (a pull window's dates, a draft's times). */
function orderError(method: MethodName, args: unknown): BridgeError | null {
  const problem = method === 'sync.pull' ? windowOrderError(args) : method === 'session.signing.enter' ? draftTimesError(args) : null
  return problem === null ? null : { code: 'bridge.invalid-args', message: `${method}: ${problem}` }
}

/** A window's two ends in order (the schema checks each date alone; yyyy-MM-dd compares as text). */
function windowOrderError(args: unknown): string | null {
  const window = (args as { window?: PullWindow }).window
  if (!window || window.from <= window.to) return null
  return '/window from must not be after to'
}
