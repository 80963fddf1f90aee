// Validation of documents against their collection's JSON schema, with ajv: the same check in the
// server (every pushed document), the main process (before a document leaves the PC) and tests.
// Note: ajv compiles each schema into a function with `new Function`, so a renderer under a strict
// Content-Security-Policy (no 'unsafe-eval') cannot compile; validate in main and on the server.
import Ajv from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import localizeNl from 'ajv-i18n/localize/nl/index.js'
import { collectionNames, type CollectionName } from './collections'
import { schemas } from './schemas'
import type { DocumentByCollection } from './types'

export type Validation = { ok: true } | { ok: false; errors: string[] }

/**
 * RxDB's own schema keywords. Declared as a vocabulary so ajv's strict mode stays on for everything
 * else: a typo in one of our schemas (`requird`) fails loudly at compile time instead of checking nothing.
 */
const rxdbKeywords = ['primaryKey', 'version', 'indexes', 'encrypted', 'keyCompression', 'final', 'ref', 'internalIndexes', 'crdt', 'attachments']

/**
 * Fields RxDB (storage and replication) adds to stored and replicated documents. They are STRIPPED
 * before validation rather than allowed by the schemas: they are bookkeeping of a PC's storage, not
 * part of the document, and the schemas must stay usable as RxDB schemas (RxDB refuses `_rev` in one).
 */
const storageFields = ['_deleted', '_rev', '_meta', '_attachments'] as const

let ajv: Ajv | undefined
const compiled = new Map<CollectionName, ValidateFunction>()

function validatorFor(collection: CollectionName): ValidateFunction {
  let validate = compiled.get(collection)
  if (!validate) {
    ajv ??= createAjv()
    validate = ajv.compile(schemas[collection])
    compiled.set(collection, validate)
  }
  return validate
}

function createAjv(): Ajv {
  const instance = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true })
  instance.addVocabulary(rxdbKeywords)
  addFormats(instance)
  return instance
}

function withoutStorageFields(doc: unknown): unknown {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return doc
  const copy: Record<string, unknown> = { ...(doc as Record<string, unknown>) }
  for (const field of storageFields) delete copy[field]
  return copy
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '/' : error.instancePath
  const extra = error.keyword === 'additionalProperties' ? ` (${String(error.params['additionalProperty'])})` : ''
  return `${where} ${error.message ?? error.keyword}${extra}`
}

/** Staff and customer service read these reasons (import reports, refusals): ajv's messages in Dutch. */
function inDutch(errors: ErrorObject[]): ErrorObject[] {
  localizeNl(errors)
  return errors
}

/** Checks `doc` against the schema of `collection`; RxDB's storage fields (`_deleted`, `_rev`, ...) are ignored. */
export function validateDocument(collection: CollectionName, doc: unknown): Validation {
  const validate = validatorFor(collection)
  if (validate(withoutStorageFields(doc))) return { ok: true }
  return { ok: false, errors: inDutch([...(validate.errors ?? [])]).map(describe) }
}

/** A type guard on top of validateDocument, for code that receives documents from outside (server, main). */
export function isDocument<C extends CollectionName>(collection: C, doc: unknown): doc is DocumentByCollection[C] {
  return validateDocument(collection, doc).ok
}

/** One validator per collection (compiled on first use). */
export const validators = Object.fromEntries(
  collectionNames.map((name) => [name, (doc: unknown): Validation => validateDocument(name, doc)]),
) as Record<CollectionName, (doc: unknown) => Validation>
