// The check every pushed document passes before it may be stored, one document at a time: a
// refusal is an answer for that document, never a failed batch. In order: the wire shape (an
// object with an id and _deleted), the collection's JSON schema (shared/domain, the same ajv
// check the PC ran), what the pushing PC may write (R19), who made the change and whether they may
// (R19, permissions), the checks every document passes, the collection's own rule checks, and the
// checks that read the stored picture (checks/registry.ts). The first refusal decides.
import { collectionNames, validateDocument, type CollectionName } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import type { Caller, CheckInput, DocumentCheck, PictureCheck, StoredPicture } from './checks/check'
import { authorChecks, callerChecks, callerPictureChecks, commonChecks, documentChecks, pictureChecks } from './checks/registry'
import { refusal, type Refusal } from './checks/refusal'
import { withoutReplicationFields } from './replication-fields'
import { hasUnstorableText } from './storable-text'

export const MAX_ID_LENGTH = 200

export interface RowToCheck {
  collection: string
  /** The pushed newDocumentState, as it arrived. */
  doc: unknown
  assumed: SyncDoc | undefined
  /** The server's current state of the document, if it has one. */
  stored: SyncDoc | undefined
  picture: StoredPicture
  /** The registered PC that pushed (null only in transport tests). */
  caller: Caller | null
}

export type PushVerdict = { ok: true; doc: SyncDoc } | { ok: false; refusal: Refusal }

export interface ValidatePush {
  /** The server clock the checks judge by; also the time of the notices a refusal writes. */
  now(): Date
  check(row: RowToCheck): Promise<PushVerdict>
}

const knownCollections: ReadonlySet<string> = new Set(collectionNames)

/** The wire shape every document has, whatever its collection. */
export function wellFormed(doc: unknown): PushVerdict {
  const bad = (detail: string): PushVerdict => ({ ok: false, refusal: refusal('ongeldig-document', detail) })
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return bad('not an object')
  const d = doc as Record<string, unknown>
  if (typeof d.id !== 'string' || d.id.length === 0) return bad('id must be a non-empty string')
  if (d.id.length > MAX_ID_LENGTH) return bad(`id longer than ${MAX_ID_LENGTH} characters`)
  if (typeof d._deleted !== 'boolean') return bad('_deleted must be a boolean')
  if (hasUnstorableText(d)) return bad('text with a NUL character or a lone surrogate')
  return { ok: true, doc: withoutReplicationFields(d as SyncDoc) }
}

type DocumentContext = { stored: SyncDoc | undefined; assumed: SyncDoc | undefined; now: Date; caller: Caller | null }

function schemaRefusal(collection: CollectionName, doc: SyncDoc): Refusal | null {
  const schema = validateDocument(collection, doc)
  return schema.ok ? null : refusal('ongeldig-document', schema.errors.join('; '))
}

function firstRefusal(checks: readonly DocumentCheck[], input: CheckInput): Refusal | null {
  for (const check of checks) {
    const refused = check(input)
    if (refused !== null) return refused
  }
  return null
}

async function firstPictureRefusal(checks: readonly PictureCheck[], input: CheckInput, picture: StoredPicture): Promise<Refusal | null> {
  for (const check of checks) {
    const refused = await check(input, picture)
    if (refused !== null) return refused
  }
  return null
}

/**
 * Runs the document-only checks, in the validator's order, that need nothing beyond the document
 * and its stored state: schema, the caller's (skipped without one), then the rules.
 */
export function checkDocument(collection: CollectionName, doc: SyncDoc, context: DocumentContext): Refusal | null {
  const input = { collection, doc, ...context }
  return schemaRefusal(collection, doc) ?? firstRefusal([...callerChecks, ...commonChecks, ...documentChecks[collection]], input)
}

export function createPushValidator(options: { clock?: () => Date } = {}): ValidatePush {
  const now = options.clock ?? (() => new Date())
  return {
    now,
    async check(row) {
      const shape = wellFormed(row.doc)
      if (!shape.ok) return shape
      if (!knownCollections.has(row.collection)) return { ok: false, refusal: refusal('ongeldig-document', `no collection ${row.collection}`) }
      const collection = row.collection as CollectionName
      const input: CheckInput = { collection, doc: shape.doc, stored: row.stored, assumed: row.assumed, now: now(), caller: row.caller }
      const refused = schemaRefusal(collection, shape.doc)
        ?? firstRefusal(callerChecks, input)
        ?? await firstPictureRefusal([...callerPictureChecks[collection] ?? [], ...authorChecks], input, row.picture)
        ?? firstRefusal([...commonChecks, ...documentChecks[collection]], input)
        ?? await firstPictureRefusal(pictureChecks[collection] ?? [], input, row.picture)
      return refused === null ? shape : { ok: false, refusal: refused }
    },
  }
}

/** The server's validator: every check, on the real clock. */
export const validatePush: ValidatePush = createPushValidator()

/**
 * Only the wire shape: for tests of the transport (ordering, fan-out, checkpoints) that push
 * documents with no domain content. Never for a server that stores real data.
 */
export const acceptWellFormed: ValidatePush = {
  now: () => new Date(),
  check: async (row) => wellFormed(row.doc),
}
