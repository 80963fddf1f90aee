// The two checks main makes without the server (F1): a password (and PIN) against the verifiers of
// the last online sign-in on this PC, and a PIN for the quick switch. Both count wrong attempts on
// the user's record; the caller saves the record whatever the outcome, so the count survives.
import { defaults } from '../../../shared/rules/defaults'
import { SessionError } from './session-error'
import { checkVerifier } from './scrypt-verifier'
import type { UserVerifier } from './verifier-store'

export interface LocalCheckLimits {
  /** Wrong offline passwords in a row before the user is blocked on this PC (the server's limit too). */
  maxWrongPasswords: number
  blockMs: number
  /** Wrong PINs in a row before the PIN is disabled until the next password sign-in. */
  maxWrongPins: number
}

export const defaultLimits: LocalCheckLimits = {
  maxWrongPasswords: defaults.signInLockout.maxFailures,
  blockMs: defaults.signInLockout.minutes * 60 * 1000,
  maxWrongPins: defaults.maxWrongPins,
}

/** Offline sign-in: throws the refusal, or resets the counters when the password (and PIN, if given) match. */
export async function checkOffline(user: UserVerifier, password: string, pin: string | undefined, now: Date, limits: LocalCheckLimits): Promise<void> {
  if (user.blockedUntil !== null && Date.parse(user.blockedUntil) > now.getTime()) throw new SessionError('geblokkeerd')
  if (Date.parse(user.expiresAt) <= now.getTime()) throw new SessionError('offline-verlopen')
  const passwordOk = await checkVerifier(password, user.password)
  // A PIN typed offline can only be checked against the one this PC knows; without one it is ignored.
  const pinOk = pin === undefined || user.pin === null || await checkVerifier(pin, user.pin)
  if (!passwordOk || !pinOk) {
    user.wrongPasswords++
    if (user.wrongPasswords >= limits.maxWrongPasswords) {
      user.wrongPasswords = 0
      user.blockedUntil = new Date(now.getTime() + limits.blockMs).toISOString()
    }
    throw new SessionError('onjuist')
  }
  user.wrongPasswords = 0
  user.blockedUntil = null
}

/** Quick switch by PIN: throws the refusal (disabling the PIN after too many wrong ones), or resets the count. */
export async function checkPin(user: UserVerifier, pin: string, now: Date, limits: LocalCheckLimits): Promise<void> {
  if (user.pin === null) throw new SessionError('geen-pincode')
  if (Date.parse(user.expiresAt) <= now.getTime()) throw new SessionError('offline-verlopen')
  if (!(await checkVerifier(pin, user.pin))) {
    user.wrongPins++
    if (user.wrongPins >= limits.maxWrongPins) {
      user.wrongPins = 0
      user.pin = null
      throw new SessionError('geblokkeerd', 'Te vaak een onjuiste pincode: meld je opnieuw aan met je wachtwoord')
    }
    throw new SessionError('onjuist', 'Onjuiste pincode')
  }
  user.wrongPins = 0
}
