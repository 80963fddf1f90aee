// The check every pushed document passes before it may be stored. Issue 4 replaces the body with
// validation against the collection's JSON schema (shared/domain) and the author's rights (R19);
// callers already treat a refusal per document, never as a failed batch.
import type { SyncDoc } from '../../shared/sync'

export const MAX_ID_LENGTH = 200

export type PushVerdict = { ok: true; doc: SyncDoc } | { ok: false; reason: string }

export type ValidatePush = (collection: string, doc: unknown) => PushVerdict

export const validatePush: ValidatePush = (_collection, doc) => {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ok: false, reason: 'not an object' }
  const d = doc as Record<string, unknown>
  if (typeof d.id !== 'string' || d.id.length === 0) return { ok: false, reason: 'id must be a non-empty string' }
  if (d.id.length > MAX_ID_LENGTH) return { ok: false, reason: `id longer than ${MAX_ID_LENGTH} characters` }
  if (typeof d._deleted !== 'boolean') return { ok: false, reason: '_deleted must be a boolean' }
  return { ok: true, doc: d as SyncDoc }
}
