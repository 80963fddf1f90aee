// The refusals of F1 (sign-in, quick switch, PC registration) and of a sync call on a PC that is not
// (or no longer) registered, as the contract's SessionErrorCode with the Dutch sentence staff see.
// Thrown by the services; ipc/dispatch turns it into a BridgeError with the same code and message.
import type { SessionErrorCode } from '../../../shared/api/contract'
import { defaults } from '../../../shared/rules/defaults'
import { ServerRefusal, ServerUnreachable } from './server-client'

/** What staff read when the server gave no sentence of its own. */
export const sessionMessages: Record<SessionErrorCode, string> = {
  'onjuist': 'Onjuiste gebruikersnaam of wachtwoord',
  'geblokkeerd': `Te veel mislukte pogingen, probeer het over ${defaults.signInLockout.minutes} minuten opnieuw`,
  'niet-actief': 'Dit account is niet meer actief',
  'offline-onbekend': 'Je bent nog nooit online aangemeld op deze pc: meld je aan zodra de server bereikbaar is',
  'offline-verlopen': 'Je laatste online aanmelding op deze pc is te lang geleden: meld je aan zodra de server bereikbaar is',
  'geen-pincode': 'Geen pincode bekend voor deze medewerker op deze pc: meld je aan met je wachtwoord',
  'niet-vandaag': 'Snel wisselen kan alleen naar iemand die vandaag al op deze pc is aangemeld',
  'geen-recht': 'Je hebt geen recht om dit te doen',
  'niet-geregistreerd': 'Deze pc is nog niet geregistreerd: een manager moet hem eerst registreren',
  'pc-ingetrokken': 'Deze pc is ingetrokken: een manager moet hem opnieuw registreren',
  'server-onbereikbaar': 'De server is niet bereikbaar: probeer het later opnieuw',
}

export class SessionError extends Error {
  constructor(
    readonly code: SessionErrorCode,
    message: string = sessionMessages[code],
  ) {
    super(message)
    this.name = 'SessionError'
  }
}

const codes = new Set<string>(Object.keys(sessionMessages))

export function isSessionErrorCode(value: unknown): value is SessionErrorCode {
  return typeof value === 'string' && codes.has(value)
}

/**
 * A failed account call as the bridge error staff see: the server's own code when it is one of
 * ours, else by status (401 wrong, 429 blocked, 403 `forbidden` — 'niet-actief' at sign-in,
 * 'geen-recht' for a registration; any other refusal means this server cannot serve the call, e.g.
 * an older one), always with the server's Dutch message when it sent one.
 */
export function sessionErrorOf(error: unknown, forbidden: SessionErrorCode): Error {
  if (error instanceof SessionError) return error
  if (error instanceof ServerUnreachable) return new SessionError('server-onbereikbaar')
  if (!(error instanceof ServerRefusal)) return error instanceof Error ? error : new Error(String(error))
  const byStatus: SessionErrorCode = error.status === 401 ? 'onjuist' : error.status === 429 ? 'geblokkeerd'
    : error.status === 403 ? forbidden : 'server-onbereikbaar'
  const code = isSessionErrorCode(error.code) ? error.code : byStatus
  return new SessionError(code, error.message.startsWith('server refused') ? sessionMessages[code] : error.message)
}
