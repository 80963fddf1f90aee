// Online sign-in (F1, SPEC R19). An unknown name and a wrong password get the same answer and take
// as long (the decoy hash), so the answer does not tell which names exist. Failed sign-ins in a
// row lock the account for a while; a locked account is refused before its password is checked,
// so guessing on during the lock learns nothing. A PIN sent along (the PC then keeps a verifier for
// the quick switch, F1) is checked like a second password: a wrong one fails the sign-in the same way.
import { defaults } from '../../shared/rules/defaults'
import type { Db } from '../db/db'
import { readAccount, recordFailedSignIn, recordSuccessfulSignIn } from './account-store'
import { decoyHash, verifySecret } from './secret-hash'
import { issueToken, SESSION_TTL_MS } from './session-tokens'
import { profileOf, readStaff, type StaffProfile } from './staff-document'

export const MAX_FAILED_SIGN_INS = defaults.signInLockout.maxFailures
export const LOCKOUT_MS = defaults.signInLockout.minutes * 60 * 1000

export const signInMessages = {
  invalid: 'Onjuiste gebruikersnaam of wachtwoord',
  locked: `Te veel mislukte pogingen, probeer het over ${defaults.signInLockout.minutes} minuten opnieuw`,
  inactive: 'Dit account is niet meer actief',
} as const

export type SignInResult =
  | { ok: true; token: string; expiresAt: string; staff: StaffProfile; pinVerified: boolean }
  | { ok: false; reason: keyof typeof signInMessages; message: string }

export interface SignInOptions {
  now?: () => Date
  sessionTtlMs?: number
}

export interface Credentials {
  password: string
  /** Checked too when given and the account has a PIN. */
  pin?: string
}

function refused(reason: keyof typeof signInMessages): SignInResult {
  return { ok: false, reason, message: signInMessages[reason] }
}

export async function signIn(db: Db, staffId: string, credentials: Credentials, options: SignInOptions = {}): Promise<SignInResult> {
  const now = (options.now ?? (() => new Date()))()
  const { password, pin } = credentials
  const account = await readAccount(db, staffId)
  if (account === null) {
    await verifySecret(password, await decoyHash())
    if (pin !== undefined) await verifySecret(pin, await decoyHash())
    return refused('invalid')
  }
  if (account.lockedUntil !== null && account.lockedUntil.getTime() > now.getTime()) return refused('locked')

  const pinChecked = pin !== undefined && account.pinHash !== null
  const passwordOk = await verifySecret(password, account.passwordHash)
  // Both checked whatever the first answered: the time taken does not tell which one was wrong.
  const pinOk = pinChecked ? await verifySecret(pin, account.pinHash ?? '') : true
  if (!passwordOk || !pinOk) {
    await recordFailedSignIn(db, account.id, MAX_FAILED_SIGN_INS, new Date(now.getTime() + LOCKOUT_MS))
    return refused('invalid')
  }
  // Only after the password: an inactive account is no secret to whoever knows its password.
  const staff = await readStaff(db, account.id)
  if (!account.active || staff === null || !staff.active) return refused('inactive')

  return db.tx(async (q) => {
    await recordSuccessfulSignIn(q, account.id)
    const issued = await issueToken(q, account.id, now, options.sessionTtlMs ?? SESSION_TTL_MS)
    return {
      ok: true as const, token: issued.token, expiresAt: issued.expiresAt.toISOString(), staff: profileOf(staff), pinVerified: pinChecked,
    }
  })
}
