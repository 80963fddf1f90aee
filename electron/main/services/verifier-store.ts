// What this PC remembers of its staff between sign-ins (F1), kept as ONE entry of the secret store
// (safeStorage in Electron): per user the verifiers of the last online sign-in with their expiry and
// the counters of wrong offline attempts, plus who signed in here today. Counters are kept too, so
// restarting the app does not buy a guesser new attempts.
import type { StaffProfile } from '../../../shared/api/contract'
import type { SecretStore } from './secret-store'
import { isStaffProfile, profile } from './server-client'

export const VERIFIERS_SECRET = 'session.verifiers'

export interface UserVerifier {
  profile: StaffProfile
  /** scrypt verifier of the password the server last accepted on this PC. */
  password: string
  /** scrypt verifier of the PIN the server verified with it; null when none was given or it was disabled. */
  pin: string | null
  /** The online sign-in the verifiers come from, and until when they may be used offline (ISO instants). */
  signedInAt: string
  expiresAt: string
  /** Wrong passwords offline in a row, and the end of the block they caused. */
  wrongPasswords: number
  blockedUntil: string | null
  /** Wrong PINs in a row (quick switch). */
  wrongPins: number
}

export interface SessionMemory {
  users: Map<string, UserVerifier>
  /** Staff ids signed in on this PC on `date` (Europe/Amsterdam), most recent first. */
  today: { date: string; ids: string[] }
}

export interface VerifierStore {
  load(): Promise<SessionMemory>
  save(memory: SessionMemory): Promise<void>
}

export function createVerifierStore(secrets: SecretStore): VerifierStore {
  return {
    async load() {
      const raw = await secrets.get(VERIFIERS_SECRET)
      return raw === null ? emptyMemory() : parseMemory(raw)
    },
    async save(memory) {
      await secrets.set(VERIFIERS_SECRET, JSON.stringify({ version: 1, users: [...memory.users.values()], today: memory.today }))
    },
  }
}

export function emptyMemory(): SessionMemory {
  return { users: new Map(), today: { date: '', ids: [] } }
}

/** A damaged entry is dropped, not trusted: the worst case is an online sign-in, never a wrong offline one. */
function parseMemory(raw: string): SessionMemory {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return emptyMemory()
  }
  if (!isRecord(value) || value.version !== 1 || !Array.isArray(value.users)) return emptyMemory()
  const users = new Map<string, UserVerifier>()
  for (const user of value.users) if (isUserVerifier(user)) users.set(user.profile.id, { ...user, profile: profile(user.profile) })
  const today = isRecord(value.today) && typeof value.today.date === 'string' && Array.isArray(value.today.ids)
    ? { date: value.today.date, ids: value.today.ids.filter((id): id is string => typeof id === 'string' && users.has(id)) }
    : { date: '', ids: [] }
  return { users, today }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isUserVerifier(value: unknown): value is UserVerifier {
  return isRecord(value) && isStaffProfile(value.profile) && typeof value.password === 'string'
    && (value.pin === null || typeof value.pin === 'string')
    && typeof value.signedInAt === 'string' && typeof value.expiresAt === 'string'
    && Number.isSafeInteger(value.wrongPasswords) && Number.isSafeInteger(value.wrongPins)
    && (value.blockedUntil === null || typeof value.blockedUntil === 'string')
}
