// The wire protocol between a PC and the server (RxDB's replication protocol over HTTP + SSE).
// Shared by the server, the PC's sync transport (main process) and the renderer's replication.

/** Bumped when the wire changes incompatibly; the server answers 426 to anything else. */
export const PROTOCOL_VERSION = 1
export const PROTOCOL_HEADER = 'x-locatiedesk-protocol'
export const DEVICE_HEADER = 'x-device-id'
export const SERVER_TIME_HEADER = 'x-server-time'

/** Server-assigned, strictly increasing across all collections; never a client clock. */
export interface Checkpoint {
  seq: number
}

/** A document as replicated: RxDB's _rev, _meta and _attachments are not sent, server-only fields never appear. */
export type SyncDoc = Record<string, unknown> & { id: string; _deleted: boolean }

/**
 * Inclusive range of calendar dates ('yyyy-MM-dd', Europe/Amsterdam). A pull with a window returns
 * only documents whose top-level `date` lies in it, with the same seq order and checkpoints: a new PC
 * fetches the days around today first, before the long history (DESIGN §4).
 */
export interface PullWindow {
  from: string
  to: string
}

export interface PullRequest {
  checkpoint: Checkpoint | null
  batchSize: number
  /** Optional; absent means every document of the collection. */
  window?: PullWindow
}
export interface PullResponse {
  documents: SyncDoc[]
  checkpoint: Checkpoint | null
}

export interface PushRow {
  newDocumentState: SyncDoc
  assumedMasterState?: SyncDoc
}
export interface PushRequest {
  rows: PushRow[]
}
/** A document the server refused (schema, rule, lost decision): its conflict is the state to settle on. */
export interface RefusedDoc {
  id: string
  code: string
  /** Dutch, for staff; the notice that replicates back says the same. */
  message: string
}

/**
 * Compare-and-set: every row whose assumed state differs from the stored one comes back as the stored state.
 * `refused` names the rows among them that the server refused rather than raced: a PC must settle on the
 * server's state for those instead of merging again, or it would push the same refused change forever.
 */
export interface PushResponse {
  conflicts: SyncDoc[]
  refused?: RefusedDoc[]
}

/** `GET /sync/events`: `change` after every committed write; `resync` on connect (RxDB's 'RESYNC'). */
export interface ChangeEvent {
  collection: string
  documents: SyncDoc[]
  checkpoint: Checkpoint
}

export interface HealthResponse {
  ok: true
  serverTime: string
  version: string
}

/** Request bodies above this size are refused with HTTP 413. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024
/** The largest batchSize a pull may ask for. */
export const MAX_PULL_BATCH_SIZE = 10_000
