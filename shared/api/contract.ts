// The bridge contract: one map of method → (args) → Promise<result>, plus named events. It crosses
// two transports (Electron IPC and, for development and tests, a WebSocket to a PC host), so every
// value is JSON: ISO strings for instants, yyyy-MM-dd for dates.
import type { Role } from '../domain/enums'
import type { Checkpoint, PullResponse, PullWindow, PushRow, PushResponse, ChangeEvent } from '../sync/wire'

export interface SyncStatus {
  online: boolean
  /** ISO instant of the last successful exchange with the server, if any. */
  lastSyncAt: string | null
  /** PC clock minus server clock, in ms, measured at the last exchange (SPEC §4: rules judge time with it). */
  serverOffsetMs: number
  serverUrl: string
}

/** What a signed-in staff member may know about themselves (no secrets). Same shape as the server's answer. */
export interface StaffProfile {
  id: string
  name: string
  role: Role
  locationIds: string[]
}

/** This PC as registered on the server by a manager (F1). */
export interface DeviceRegistration {
  deviceId: string
  name: string
  /** The locations the PC is registered for; 'all' for a central PC of customer service / planning. */
  locationIds: string[] | 'all'
  registeredAt: string
  registeredBy: string
}

/** Someone who signed in on this PC today: offered for the quick switch by PIN. */
export interface RecentUser {
  id: string
  name: string
  role: Role
  /** False when no PIN was given at sign-in: this user must use the password. */
  hasPin: boolean
}

/** The line a parent is about to sign (F6): kept by main with Tekenmodus so a reload shows it again. */
export interface SigningDraft {
  childId: string
  dayPart?: 'hele dag' | 'ochtend' | 'middag'
  times?: { start: string; end: string }
  parentName: string
}

/**
 * Tekenmodus (F6): while a parent signs, the screen shows only the signing dialog. Kept by main, like
 * the lock, so neither a reload nor a closed window leaves it; only a staff member's PIN or password does.
 */
export interface SigningState {
  sheetId: string
  /** ISO instant Tekenmodus began. */
  since: string
  /** The line waiting for the parent's signature; null once it is signed (the dialog then waits for staff). */
  draft: SigningDraft | null
}

/** Who works on this PC now (F1). Kept by main, so a reload of the screen changes nothing. */
export interface SessionState {
  user: StaffProfile | null
  /** Idle lock: the screen is blanked until someone unlocks with a PIN or password. */
  locked: boolean
  /** How the current user signed in. */
  mode: 'online' | 'offline' | null
  /** Until when this user's offline verifier is valid on this PC (ISO instant), null when none. */
  offlineUntil: string | null
  /** Signed in on this PC today (Europe/Amsterdam), most recent first. */
  today: RecentUser[]
  /** Tekenmodus, or null. Signing out ends it; locking keeps it (unlocking returns to it). */
  signing: SigningState | null
}

export interface AppInfo {
  version: string
  deviceId: string
  /** Null until a manager registers this PC (F1): until then nothing syncs. */
  device: DeviceRegistration | null
  /** Idle time before the screen locks, in ms (F1). */
  idleLockMs: number
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
  /**
   * A manager (or customer service, for a central PC) registers this PC online; main keeps the device token.
   * Without `locationIds` the PC is registered for all locations of the one registering it ('all' for customer service).
   */
  'device.register': { args: { staffId: string; password: string; name: string; locationIds?: string[] | 'all' }; result: DeviceRegistration }
  'session.current': { args: Record<string, never>; result: SessionState }
  /** Online when the server answers, otherwise offline with this PC's verifier (≤ 14 days old). */
  'session.signIn': { args: { staffId: string; password: string; pin?: string }; result: SessionState }
  /** Quick switch (or unlock) by PIN, between staff who signed in on this PC today. */
  'session.switch': { args: { staffId: string; pin: string }; result: SessionState }
  'session.lock': { args: Record<string, never>; result: SessionState }
  'session.signOut': { args: Record<string, never>; result: SessionState }
  /** Tekenmodus on, for a signed-in user, with the line the parent will sign (replaces any earlier draft). */
  'session.signing.enter': { args: { sheetId: string; draft: SigningDraft }; result: SessionState }
  /** The parent signed and the line is saved: the draft is cleared, Tekenmodus stays until staff leave it. */
  'session.signing.signed': { args: Record<string, never>; result: SessionState }
  /**
   * Leaves Tekenmodus: a staff member proves who they are with their PIN (signed in on this PC today) or
   * their password (checked as at sign-in). When it is someone else than the signed-in user, they are
   * signed in now (they are the one at the PC). Errors as session.switch / session.signIn.
   */
  'session.signing.leave': { args: { staffId: string; pin?: string; password?: string }; result: SessionState }
  /**
   * Print to PDF (F2's list, the Noodlijst, F6's sheet): `html` is a self-contained HTML document of at most
   * 2 MB (inline styles, images as data: URLs; no scripts run and nothing is fetched), `fileName` a plain
   * name ending in `.pdf` (letters, digits, spaces, `._()-`; no folders). Main renders it on A4 and writes it
   * under a name not yet taken (`naam (2).pdf`, …) into the user's Documents/Locatiedesk folder (a PC host:
   * its data folder's `pdf/`); `path` is where it went. Errors: bridge.invalid-args, print.ongeldig, print.mislukt.
   */
  'print.pdf': { args: { html: string; fileName: string }; result: { path: string } }
}

export interface BridgeEvents {
  /** A change or a resync request from the server's event stream (RxDB stream$). */
  'sync.event': { kind: 'change'; change: ChangeEvent } | { kind: 'resync' }
  'sync.status': SyncStatus
  'session.changed': SessionState
  /** The server no longer accepts this PC (revoked): sync stops; a manager must register it again. */
  'device.revoked': { deviceId: string }
  /** A new version was downloaded; it installs when the app is closed, never under staff's hands. */
  'app.update': { version: string }
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

export const methodNames: readonly MethodName[] = [
  'app.info', 'sync.pull', 'sync.push', 'sync.status', 'db.encryptionKey',
  'device.register', 'session.current', 'session.signIn', 'session.switch', 'session.lock', 'session.signOut',
  'session.signing.enter', 'session.signing.signed', 'session.signing.leave',
  'print.pdf',
]

/**
 * Codes of the bridge errors F1 answers with; each comes with the Dutch message staff see.
 * onjuist: wrong name/password/PIN · geblokkeerd: too many failures · niet-actief: account deactivated ·
 * offline-onbekend: never signed in online on this PC · offline-verlopen: verifier older than 14 days ·
 * geen-pincode: no PIN known for this user · niet-vandaag: PIN switch for someone not signed in today ·
 * geen-recht: role may not do this · niet-geregistreerd: PC not registered · pc-ingetrokken: PC revoked ·
 * server-onbereikbaar: needs the server, which does not answer.
 */
export type SessionErrorCode =
  | 'onjuist' | 'geblokkeerd' | 'niet-actief' | 'offline-onbekend' | 'offline-verlopen' | 'geen-pincode'
  | 'niet-vandaag' | 'geen-recht' | 'niet-geregistreerd' | 'pc-ingetrokken' | 'server-onbereikbaar'

/** Codes of Tekenmodus refusals (session.signing.*), next to the session codes a wrong PIN or password gives. */
export type SigningErrorCode = 'tekenmodus.niet-aangemeld' | 'tekenmodus.vergrendeld' | 'tekenmodus.niet-actief'

/** WebSocket framing between a browser and a PC host. */
export type WsRequest = { id: number; method: MethodName; args: unknown }
export type WsResponse = { id: number; result: unknown } | { id: number; error: BridgeError }
export type WsEvent = { event: EventName; payload: unknown }
