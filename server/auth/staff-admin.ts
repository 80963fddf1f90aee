// Creating and changing staff (F1 accounts): the staff document is written through the same
// document store and checkpoint order as a sync push, and announced on the same publisher, so it
// replicates to every PC; the account (secrets) is written in the same transaction. Everything is
// read after the seq counter lock, so two managers changing one colleague at once cannot both win
// on a stale picture.
import { validateDocument, type Role, type Staff } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import type { Db, Queryable } from '../db/db'
import { readDocuments } from '../sync/document-store'
import type { OrderedPublisher } from '../sync/ordered-publisher'
import { writeAsServer } from '../sync/server-write'
import { insertAccount, setAccountActive } from './account-store'
import { hashSecret } from './secret-hash'
import { revokeAllTokens } from './session-tokens'
import { readStaff } from './staff-document'
import { mayChangeStaff, mayCreateStaff } from './staff-scope'

export const MIN_PASSWORD_LENGTH = 8

export const staffWriteMessages = {
  exists: 'Er bestaat al een medewerker met deze gebruikersnaam',
  notFound: 'Medewerker niet gevonden',
  shortPassword: `Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben`,
  invalid: 'Deze gegevens kloppen niet',
} as const

export type StaffWriteResult =
  | { ok: true; staff: Staff }
  | { ok: false; status: 400 | 403 | 404 | 409; message: string }

export interface NewStaff {
  id: string
  name: string
  role: Role
  locationIds: string[]
  password: string
  pin?: string
}

export interface StaffChange {
  name?: string
  role?: Role
  locationIds?: string[]
  active?: boolean
}

export interface StaffAdminDeps {
  db: Db
  publisher: OrderedPublisher
  now?: () => Date
}

export async function createStaff(deps: StaffAdminDeps, actor: Staff, input: NewStaff): Promise<StaffWriteResult> {
  const now = (deps.now ?? (() => new Date()))()
  const locationIds = [...new Set(input.locationIds)]
  const verdict = mayCreateStaff(actor, { role: input.role, locationIds })
  if (!verdict.ok) return { ok: false, status: 403, message: verdict.message }
  if (input.password.length < MIN_PASSWORD_LENGTH) return { ok: false, status: 400, message: staffWriteMessages.shortPassword }
  const staff: Staff = { id: input.id, name: input.name, role: input.role, locationIds, active: true, updatedAt: now.toISOString() }
  if (!validateDocument('staff', staff).ok) return { ok: false, status: 400, message: staffWriteMessages.invalid }
  // Hashed before the transaction: scrypt's time should not hold the writers' lock.
  const passwordHash = await hashSecret(input.password)
  const pinHash = input.pin === undefined ? null : await hashSecret(input.pin)

  return writeStaff(deps, actor, async (q) => {
    const taken = (await readDocuments(q, 'staff', [staff.id])).has(staff.id)
      || (await q.query('SELECT 1 FROM accounts WHERE id = $1', [staff.id])).length > 0
    if (taken) return { ok: false, status: 409, message: staffWriteMessages.exists }
    await insertAccount(q, { id: staff.id, passwordHash, pinHash, active: true })
    return { ok: true, staff }
  })
}

export async function changeStaff(deps: StaffAdminDeps, actor: Staff, id: string, change: StaffChange): Promise<StaffWriteResult> {
  const now = (deps.now ?? (() => new Date()))()
  return writeStaff(deps, actor, async (q) => {
    const before = await readStaff(q, id)
    if (before === null) return { ok: false, status: 404, message: staffWriteMessages.notFound }
    const after: Staff = {
      ...before,
      name: change.name ?? before.name,
      role: change.role ?? before.role,
      locationIds: change.locationIds === undefined ? before.locationIds : [...new Set(change.locationIds)],
      active: change.active ?? before.active,
      updatedAt: now.toISOString(),
    }
    const verdict = mayChangeStaff(actor, before, after)
    if (!verdict.ok) return { ok: false, status: 403, message: verdict.message }
    if (!validateDocument('staff', after).ok) return { ok: false, status: 400, message: staffWriteMessages.invalid }
    if (after.active !== before.active) await setAccountActive(q, id, after.active)
    if (!after.active) await revokeAllTokens(q, id, now)
    return { ok: true, staff: after }
  })
}

/** Runs `decide` under the counter lock; when it says ok, writes its staff document and announces it. */
async function writeStaff(
  deps: StaffAdminDeps, actor: Staff, decide: (q: Queryable) => Promise<StaffWriteResult>,
): Promise<StaffWriteResult> {
  return writeAsServer<StaffWriteResult>(deps, async (q) => {
    const decided = await decide(q)
    if (!decided.ok) return { result: decided, writes: [] }
    const doc: SyncDoc = { ...decided.staff, _deleted: false }
    return { result: decided, writes: [{ collection: 'staff', docs: [doc], meta: { author: actor.id, device: null, clientTime: null } }] }
  })
}
