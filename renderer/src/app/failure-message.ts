// What staff read when a bridge call fails. Main answers F1's failures with a code and a Dutch message
// meant for staff (SessionErrorCode in shared/api); the bridge's own failures (PC host gone, timeout)
// carry Dutch messages too. Anything else is shown as it is, so nothing fails silently.
export function failureMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message
  return String(error)
}

/** The bridge error's code (e.g. 'onjuist', 'offline-onbekend'), when it has one. */
export function failureCode(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : null
}
