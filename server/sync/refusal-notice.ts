// A refused change must not vanish (SPEC §6): the server writes a notice for the PC that pushed it,
// an ordinary replicated document of the `notices` collection, which reaches that PC through the
// normal pull and shows staff what was refused, why, and (for a lost R20 race) whose decision won.
// Its id is derived from what was refused, so a retried push meets the notice it already wrote
// instead of adding a second one; a different refused change of the same document gets its own.
import { createHash } from 'node:crypto'
import type { CollectionName, Notice } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import { canonicalJson } from './canonical-json'
import type { Refusal } from './checks/refusal'
import { withoutReplicationFields } from './replication-fields'
import { storableText } from './storable-text'

/** Limits of the notice schema's fields (refId, docRef): longer values are left out, not cut. */
const MAX_REF = 64
const MAX_DOC_REF = 200

export interface RefusedChange {
  collection: CollectionName
  /** The pushed newDocumentState as it arrived. */
  doc: unknown
  refusal: Refusal
  /** The x-device-id of the pushing PC. */
  device: string | null
  /** The staff member the change was made by, when the document says so. */
  author: string | null
  at: Date
}

export function noticeId(change: Pick<RefusedChange, 'collection' | 'doc' | 'refusal' | 'device'>): string {
  const hash = createHash('sha256')
    .update(canonicalJson([change.device, change.collection, change.refusal.code, localChangeOf(change.doc)]))
    .digest('hex')
  return `${change.refusal.kind}:${hash.slice(0, 40)}`
}

export function refusalNotice(change: RefusedChange): Notice & SyncDoc {
  const forget = change.refusal.forget === true
  const local = forget ? {} : localChangeOf(change.doc)
  const docId = typeof local.id === 'string' && local.id.length > 0 && local.id.length <= MAX_DOC_REF ? local.id : '?'
  const locationId = forget ? locationOf(change.doc) : local.locationId
  // The author and location come from the refused document too: the whole notice must be storable.
  return storableText({
    id: noticeId(change),
    _deleted: false,
    ...(fits(change.device) ? { deviceId: change.device } : {}),
    ...(fits(change.author) ? { userId: change.author } : {}),
    ...(fits(locationId) ? { locationId } : {}),
    kind: change.refusal.kind,
    collectionName: change.collection,
    docId,
    code: change.refusal.code,
    message: change.refusal.message,
    ...(change.refusal.winner !== undefined ? { winner: change.refusal.winner } : {}),
    localChange: local,
    at: change.at.toISOString(),
  })
}

/**
 * The refused change as the PC had it (RxDB's bookkeeping left out): what staff see, and may redo.
 * Text jsonb cannot hold is replaced, or the notice could not be stored (storable-text.ts).
 */
function localChangeOf(doc: unknown): Record<string, unknown> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { value: storableText(doc) }
  return storableText(withoutReplicationFields(doc as SyncDoc))
}

function locationOf(doc: unknown): unknown {
  return typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>).locationId : undefined
}

function fits(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_REF
}
