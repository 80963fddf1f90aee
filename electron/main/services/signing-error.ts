// Why Tekenmodus (F6) cannot be entered or left right now, as a code the bridge carries
// (BridgeError.code) and the Dutch sentence staff see. A wrong PIN or password when leaving is not
// one of these: it is the sign-in's own SessionError, so it reads and counts exactly as a quick switch.
//   tekenmodus.niet-aangemeld  nobody is signed in on this PC, so nobody can hand the screen to a parent
//   tekenmodus.vergrendeld     the screen is locked: unlock it first
//   tekenmodus.niet-actief     'signed' or 'leave' while Tekenmodus is not on (e.g. a second click on Verlaten)
import type { SigningErrorCode } from '../../../shared/api'

export type { SigningErrorCode }

export const signingMessages: Record<SigningErrorCode, string> = {
  'tekenmodus.niet-aangemeld': 'Meld je eerst aan: alleen een aangemelde medewerker kan een ouder laten tekenen',
  'tekenmodus.vergrendeld': 'Het scherm is vergrendeld: ontgrendel het eerst',
  'tekenmodus.niet-actief': 'Tekenmodus staat niet aan',
}

export class SigningError extends Error {
  constructor(readonly code: SigningErrorCode, message: string = signingMessages[code]) {
    super(message)
    this.name = 'SigningError'
  }
}
