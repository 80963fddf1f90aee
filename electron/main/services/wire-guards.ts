// What the server sends is checked before it is handed on to the renderer: the shapes of
// shared/sync/wire.ts, narrowed from unknown (no `any` at a boundary). Documents themselves are
// validated against their collection's schema by RxDB in the renderer.
import type { ChangeEvent, Checkpoint, PullResponse, PushResponse, RefusedDoc, SyncDoc } from '../../../shared/sync/wire'
import { TransportError } from './transport-error'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isCheckpoint(value: unknown): value is Checkpoint {
  return isRecord(value) && typeof value.seq === 'number' && Number.isFinite(value.seq)
}

function isSyncDoc(value: unknown): value is SyncDoc {
  return isRecord(value) && typeof value.id === 'string' && typeof value._deleted === 'boolean'
}

function isDocList(value: unknown): value is SyncDoc[] {
  return Array.isArray(value) && value.every(isSyncDoc)
}

export function parsePullResponse(value: unknown): PullResponse {
  if (isRecord(value) && isDocList(value.documents) && (value.checkpoint === null || isCheckpoint(value.checkpoint))) {
    return { documents: value.documents, checkpoint: value.checkpoint }
  }
  throw new TransportError('sync.bad-response', 'pull answer does not match the protocol')
}

export function parsePushResponse(value: unknown): PushResponse {
  if (isRecord(value) && isDocList(value.conflicts)) {
    const refused = Array.isArray(value.refused) ? value.refused.filter(isRefusedDoc) : []
    return { conflicts: value.conflicts, refused }
  }
  throw new TransportError('sync.bad-response', 'push answer does not match the protocol')
}

/** The data of an SSE `change` event; null when it is not one (a bad event is skipped, not fatal). */
export function parseChangeEvent(data: string): ChangeEvent | null {
  let value: unknown
  try {
    value = JSON.parse(data)
  } catch {
    return null
  }
  if (isRecord(value) && typeof value.collection === 'string' && isDocList(value.documents) && isCheckpoint(value.checkpoint)) {
    return { collection: value.collection, documents: value.documents, checkpoint: value.checkpoint }
  }
  return null
}

function isRefusedDoc(value: unknown): value is RefusedDoc {
  return isRecord(value) && typeof value.id === 'string' && typeof value.code === 'string' && typeof value.message === 'string'
}
