// What staff read when a bridge call fails. Main answers F1's failures with a code and a Dutch message
// meant for staff (SessionErrorCode in shared/api); the bridge's own failures (PC host gone, timeout)
// carry a code and a Dutch message too. In Dutch that message is shown as it is (it can be more precise
// than the code: 'Deze pc is al geregistreerd' is a 'geen-recht'); in another language the code's
// message from the dictionary. Anything else is shown as it is, so nothing fails silently.
import { defaults } from '../../../shared/rules/defaults'
import type { Translate } from '../i18n/translate'
import { failureNl } from './failure-messages'

type FailureKey = keyof typeof failureNl

function isFailureKey(key: string): key is FailureKey {
  return key in failureNl
}

export function failureMessage(error: unknown, t?: Translate): string {
  const key = `failure.${failureCode(error) ?? ''}`
  if (t && t.locale !== 'nl' && isFailureKey(key)) return t(key, { minutes: defaults.signInLockout.minutes })
  if (error instanceof Error && error.message) return error.message
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message
  return String(error)
}

/** The bridge error's code (e.g. 'onjuist', 'offline-onbekend'), when it has one. */
export function failureCode(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : null
}
