// Online sign-in (F1, SPEC R19). An unknown name and a wrong password get the same answer and take
// as long (the decoy hash), so the answer does not tell which names exist. Failed sign-ins in a
// row lock the account for a while; a locked account is refused before its password is checked,
// so guessing on during the lock learns nothing.
import type { Db } from '../db/db'
import { readAccount, recordFailedSignIn, recordSuccessfulSignIn } from './account-store'
import { decoyHash, verifySecret } from './secret-hash'
import { issueToken, SESSION_TTL_MS } from './session-tokens'
import { profileOf, readStaff, type StaffProfile } from './staff-document'

export const MAX_FAILED_SIGN_INS = 5
export const LOCKOUT_MS = 15 * 60 * 1000

export const signInMessages = {
  invalid: 'Onjuiste gebruikersnaam of wachtwoord',
  locked: 'Te veel mislukte pogingen, probeer het over 15 minuten opnieuw',
  inactive: 'Dit account is niet meer actief',
} as const

export type SignInResult =
  | { ok: true; token: string; expiresAt: string; staff: StaffProfile }
  | { ok: false; reason: keyof typeof signInMessages; message: string }

export interface SignInOptions {
  now?: () => Date
  sessionTtlMs?: number
}

function refused(reason: keyof typeof signInMessages): SignInResult {
  return { ok: false, reason, message: signInMessages[reason] }
}

export async function signIn(db: Db, staffId: string, password: string, options: SignInOptions = {}): Promise<SignInResult> {
  const now = (options.now ?? (() => new Date()))()
  const account = await readAccount(db, staffId)
  if (account === null) {
    await verifySecret(password, await decoyHash())
    return refused('invalid')
  }
  if (account.lockedUntil !== null && account.lockedUntil.getTime() > now.getTime()) return refused('locked')

  if (!(await verifySecret(password, account.passwordHash))) {
    await recordFailedSignIn(db, account.id, MAX_FAILED_SIGN_INS, new Date(now.getTime() + LOCKOUT_MS))
    return refused('invalid')
  }
  // Only after the password: an inactive account is no secret to whoever knows its password.
  const staff = await readStaff(db, account.id)
  if (!account.active || staff === null || !staff.active) return refused('inactive')

  return db.tx(async (q) => {
    await recordSuccessfulSignIn(q, account.id)
    const issued = await issueToken(q, account.id, now, options.sessionTtlMs ?? SESSION_TTL_MS)
    return { ok: true as const, token: issued.token, expiresAt: issued.expiresAt.toISOString(), staff: profileOf(staff) }
  })
}
