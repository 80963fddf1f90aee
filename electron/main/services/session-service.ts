// Who works on this PC now (F1), kept in main so a reload of the screen changes nothing: sign-in
// online first and offline with this PC's verifiers when the server does not answer, the quick switch
// by PIN between today's staff, the idle lock, sign-out, and Tekenmodus (F6: the screen is the
// parent's until a staff member proves who they are). Only StaffProfile and SessionState leave this
// file: staff tokens and verifiers stay in main.
import type { Args, RecentUser, SessionState, SigningDraft, SigningState } from '../../../shared/api/contract'
import { amsterdamDate } from '../../../shared/calendar/amsterdam-time'
import { defaults } from '../../../shared/rules/defaults'
import { can } from '../../../shared/rules/permissions'
import { checkOffline, checkPin, defaultLimits, type LocalCheckLimits } from './local-checks'
import { DEFAULT_SCRYPT_COST, makeVerifier, type ScryptCost } from './scrypt-verifier'
import { ServerRefusal, ServerUnreachable, type ServerClient } from './server-client'
import { SessionError, sessionErrorOf } from './session-error'
import { SigningError } from './signing-error'
import type { SessionMemory, UserVerifier, VerifierStore } from './verifier-store'

const DAY_MS = 24 * 60 * 60 * 1000

export interface SessionServiceOptions {
  client: ServerClient
  store: VerifierStore
  now: () => Date
  onChange: (state: SessionState) => void
  /** scrypt cost of new verifiers (tests: cheap). */
  cost?: ScryptCost
  limits?: Partial<LocalCheckLimits>
}

export interface SessionService {
  current(): SessionState
  signIn(args: Args<'session.signIn'>): Promise<SessionState>
  switchTo(args: Args<'session.switch'>): Promise<SessionState>
  lock(): Promise<SessionState>
  signOut(): Promise<SessionState>
  enterSigning(args: Args<'session.signing.enter'>): Promise<SessionState>
  signed(): Promise<SessionState>
  leaveSigning(args: Args<'session.signing.leave'>): Promise<SessionState>
}

type PasswordCheck = { staffId: string; password: string; pin?: string }

export async function loadSessionService(options: SessionServiceOptions): Promise<SessionService> {
  const { client, store, now } = options
  const cost = options.cost ?? DEFAULT_SCRYPT_COST
  const limits: LocalCheckLimits = { ...defaultLimits, ...options.limits }
  const memory: SessionMemory = await store.load()
  /** Staff tokens of online sign-ins, per user: in memory only, ended at sign-out. */
  const tokens = new Map<string, string>()
  let userId: string | null = null
  let locked = false
  let mode: SessionState['mode'] = null
  // Not saved: a restart of main starts signed out, and Tekenmodus never outlives the signed-in user.
  let signing: SigningState | null = null
  // One change at a time: two sign-ins racing must not each save a record built from a stale one.
  let queue: Promise<unknown> = Promise.resolve()

  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work)
    queue = run.catch(() => {})
    return run
  }

  function todayIds(): string[] {
    return memory.today.date === amsterdamDate(now()) ? memory.today.ids : []
  }

  function state(): SessionState {
    const user = userId === null ? undefined : memory.users.get(userId)
    const today: RecentUser[] = todayIds().flatMap((id) => {
      const u = memory.users.get(id)
      return u ? [{ id, name: u.profile.name, role: u.profile.role, hasPin: u.pin !== null }] : []
    })
    if (!user) return { user: null, locked: false, mode: null, offlineUntil: null, today, signing: null }
    return {
      user: { ...user.profile, locationIds: [...user.profile.locationIds] }, locked, mode, offlineUntil: user.expiresAt, today,
      signing: signing === null ? null : { ...signing, draft: signing.draft === null ? null : copyDraft(signing.draft) },
    }
  }

  async function changed(): Promise<SessionState> {
    await store.save(memory)
    const snapshot = state()
    options.onChange(snapshot)
    return snapshot
  }

  /** `id` works on this PC now: unlocked, first in today's list. */
  function enter(id: string, how: 'online' | 'offline'): void {
    userId = id
    locked = false
    mode = how
    const date = amsterdamDate(now())
    const earlier = memory.today.date === date ? memory.today.ids : []
    memory.today = { date, ids: [id, ...earlier.filter((other) => other !== id)] }
  }

  /** Drops what this PC knew of `id`; false when it knew nothing. */
  function forget(id: string): boolean {
    if (!memory.users.delete(id)) return false
    memory.today = { ...memory.today, ids: memory.today.ids.filter((other) => other !== id) }
    const token = tokens.get(id)
    tokens.delete(id)
    if (token) void client.signOut(token)
    if (userId === id) {
      userId = null
      locked = false
      mode = null
      signing = null
    }
    return true
  }

  /**
   * Online sign-in; `keepPin` keeps the PIN verifier this PC already has when no PIN is given (leaving
   * Tekenmodus by password proves nothing about the PIN, so it must not drop the quick switch either).
   */
  async function signInOnline(args: PasswordCheck, keepPin: boolean): Promise<void> {
    const at = now()
    const answer = await client.signIn(args.pin === undefined ? { staffId: args.staffId, password: args.password } : args)
    const id = answer.staff.id
    const earlier = keepPin && args.pin === undefined ? memory.users.get(id) : undefined
    // An expired record's PIN is not revived: the server has not vouched for it for too long.
    const earlierPin = earlier && Date.parse(earlier.expiresAt) > at.getTime() ? earlier.pin : null
    const record: UserVerifier = {
      profile: answer.staff,
      password: await makeVerifier(args.password, cost),
      pin: args.pin !== undefined && answer.pinVerified ? await makeVerifier(args.pin, cost) : earlierPin,
      signedInAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + defaults.offlineVerifierDays * DAY_MS).toISOString(),
      wrongPasswords: 0,
      blockedUntil: null,
      wrongPins: 0,
    }
    memory.users.set(id, record)
    const previous = tokens.get(id)
    if (previous) void client.signOut(previous)
    tokens.set(id, answer.token)
    enter(id, 'online')
  }

  async function signInOffline(args: PasswordCheck): Promise<void> {
    const user = memory.users.get(args.staffId)
    if (!user) throw new SessionError('offline-onbekend')
    try {
      await checkOffline(user, args.password, args.pin, now(), limits)
    } catch (error) {
      await store.save(memory)
      throw error
    }
    enter(user.profile.id, 'offline')
  }

  /** Sign-in by password: online first, offline with this PC's verifier when the server does not answer. */
  async function signInByPassword(args: PasswordCheck, keepPin: boolean): Promise<void> {
    try {
      await signInOnline(args, keepPin)
    } catch (error) {
      if (error instanceof ServerUnreachable) return signInOffline(args)
      // A definite answer of the server is final; an account it calls inactive is forgotten here too.
      if (error instanceof ServerRefusal && error.status === 403 && forget(args.staffId)) await changed()
      throw sessionErrorOf(error, 'niet-actief')
    }
  }

  /** The quick switch's check: someone signed in here today, with their PIN; wrong PINs count. */
  async function switchByPin(staffId: string, pin: string): Promise<void> {
    const user = memory.users.get(staffId)
    if (!user || !todayIds().includes(staffId)) throw new SessionError('niet-vandaag')
    const hadPin = user.pin !== null
    try {
      await checkPin(user, pin, now(), limits)
    } catch (error) {
      // A PIN disabled just now changes what the quick switch offers: tell the screens.
      if (hadPin && user.pin === null) await changed()
      else await store.save(memory)
      throw error
    }
    enter(staffId, tokens.has(staffId) ? 'online' : 'offline')
  }

  return {
    current: state,
    signIn: (args) => serial(async () => {
      await signInByPassword(args, false)
      return changed()
    }),
    // Switching (also to unlock) keeps Tekenmodus: only leaving it ends it.
    switchTo: (args) => serial(async () => {
      await switchByPin(args.staffId, args.pin)
      return changed()
    }),
    lock: () => serial(async () => {
      if (userId === null || locked) return state()
      locked = true
      return changed()
    }),
    signOut: () => serial(async () => {
      const id = userId
      if (id === null) return state()
      userId = null
      locked = false
      mode = null
      signing = null
      memory.today = { ...memory.today, ids: memory.today.ids.filter((other) => other !== id) }
      const token = tokens.get(id)
      tokens.delete(id)
      // Best effort and not awaited: signing out on this PC never waits for the server.
      if (token) void client.signOut(token)
      return changed()
    }),
    enterSigning: (args) => serial(async () => {
      const user = userId === null ? undefined : memory.users.get(userId)
      if (!user) throw new SigningError('tekenmodus.niet-aangemeld')
      if (locked) throw new SigningError('tekenmodus.vergrendeld')
      if (!can(user.profile.role, 'intekenlijst.beheren')) throw new SessionError('geen-recht')
      signing = { sheetId: args.sheetId, since: now().toISOString(), draft: copyDraft(args.draft) }
      return changed()
    }),
    signed: () => serial(async () => {
      if (signing === null) throw new SigningError('tekenmodus.niet-actief')
      // Twice (a retried call) is once: nothing changed, nothing to tell.
      if (signing.draft === null) return state()
      signing = { ...signing, draft: null }
      return changed()
    }),
    leaveSigning: (args) => serial(async () => {
      if (signing === null) throw new SigningError('tekenmodus.niet-actief')
      // A refusal leaves Tekenmodus on; wrong attempts count as at the quick switch and at sign-in.
      if (args.pin !== undefined) await switchByPin(args.staffId, args.pin)
      else if (args.password !== undefined) await signInByPassword({ staffId: args.staffId, password: args.password }, true)
      else throw new SessionError('onjuist', 'Vul je pincode of wachtwoord in')
      signing = null
      return changed()
    }),
  }
}

/** Only the draft's own fields, in a fresh object: what the bridge handed in is not kept by reference. */
function copyDraft(draft: SigningDraft): SigningDraft {
  return {
    childId: draft.childId,
    parentName: draft.parentName,
    ...(draft.dayPart === undefined ? {} : { dayPart: draft.dayPart }),
    ...(draft.times === undefined ? {} : { times: { start: draft.times.start, end: draft.times.end } }),
  }
}
