// The bridge contract: one map of method → (args) → Promise<result>, plus named events. It crosses
// two transports (Electron IPC and, for development and tests, a WebSocket to a PC host), so every
// value is JSON: ISO strings for instants, yyyy-MM-dd for dates.
import type { Checkpoint, PullResponse, PullWindow, PushRow, PushResponse, ChangeEvent } from '../sync/wire'

export interface SyncStatus {
  online: boolean
  /** ISO instant of the last successful exchange with the server, if any. */
  lastSyncAt: string | null
  /** PC clock minus server clock, in ms, measured at the last exchange (SPEC §4: rules judge time with it). */
  serverOffsetMs: number
  serverUrl: string
}

export interface AppInfo {
  version: string
  deviceId: string
  /** 'electron' in the desktop app, 'pc-host' when a browser is served by a PC host (development, tests). */
  shell: 'electron' | 'pc-host'
  locale: 'nl' | 'en'
}

export interface BridgeMethods {
  'app.info': { args: Record<string, never>; result: AppInfo }
  /** `window` (optional): only documents whose `date` lies in it (a new PC's first pass around today). */
  'sync.pull': { args: { collection: string; checkpoint: Checkpoint | null; batchSize: number; window?: PullWindow }; result: PullResponse }
  'sync.push': { args: { collection: string; rows: PushRow[] }; result: PushResponse }
  'sync.status': { args: Record<string, never>; result: SyncStatus }
  /** The key for RxDB's encrypted fields: generated once per PC and kept by main (safeStorage). */
  'db.encryptionKey': { args: Record<string, never>; result: { key: string } }
}

export interface BridgeEvents {
  /** A change or a resync request from the server's event stream (RxDB stream$). */
  'sync.event': { kind: 'change'; change: ChangeEvent } | { kind: 'resync' }
  'sync.status': SyncStatus
}

export type MethodName = keyof BridgeMethods
export type EventName = keyof BridgeEvents
export type Args<M extends MethodName> = BridgeMethods[M]['args']
export type Result<M extends MethodName> = BridgeMethods[M]['result']

/** What the preload exposes as `locatiedesk` on the page's global object, and what the WebSocket client imitates. */
export interface Bridge {
  invoke<M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>>
  on<E extends EventName>(event: E, listener: (payload: BridgeEvents[E]) => void): () => void
}

/** Error shape that crosses the bridge (Error objects do not survive structured clone intact). */
export interface BridgeError {
  code: string
  message: string
}

export const methodNames: readonly MethodName[] = ['app.info', 'sync.pull', 'sync.push', 'sync.status', 'db.encryptionKey']

/** WebSocket framing between a browser and a PC host. */
export type WsRequest = { id: number; method: MethodName; args: unknown }
export type WsResponse = { id: number; result: unknown } | { id: number; error: BridgeError }
export type WsEvent = { event: EventName; payload: unknown }
