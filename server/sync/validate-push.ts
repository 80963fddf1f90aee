// The check every pushed document passes before it may be stored, one document at a time: a
// refusal is an answer for that document, never a failed batch. In order: the wire shape (an
// object with an id and _deleted), the collection's JSON schema (shared/domain, the same ajv
// check the PC ran), the checks every document passes, the collection's own rule checks, and
// the checks that read the stored picture (checks/registry.ts). The first refusal decides.
import { collectionNames, validateDocument, type CollectionName } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import type { StoredPicture } from './checks/check'
import { commonChecks, documentChecks, pictureChecks } from './checks/registry'
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

/** Runs the document-only checks (schema, then rules) that need nothing beyond the document and its stored state. */
export function checkDocument(
  collection: CollectionName, doc: SyncDoc, context: { stored: SyncDoc | undefined; assumed: SyncDoc | undefined; now: Date },
): Refusal | null {
  const schema = validateDocument(collection, doc)
  if (!schema.ok) return refusal('ongeldig-document', schema.errors.join('; '))
  const input = { collection, doc, ...context }
  for (const check of [...commonChecks, ...documentChecks[collection]]) {
    const refused = check(input)
    if (refused !== null) return refused
  }
  return null
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
      const input = { collection, doc: shape.doc, stored: row.stored, assumed: row.assumed, now: now() }
      const refused = checkDocument(collection, shape.doc, input)
      if (refused !== null) return { ok: false, refusal: refused }
      for (const check of pictureChecks[collection] ?? []) {
        const pictured = await check(input, row.picture)
        if (pictured !== null) return { ok: false, refusal: pictured }
      }
      return shape
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
