// What a check answers when it refuses a pushed document: a stable code and the Dutch message staff
// see in their notices (F7). Rule verdicts (shared/rules) bring their own code and message; the
// codes below are the server's own, for what only the server judges. One message per code, here.
import type { Verdict } from '../../../shared/rules'

export const serverRefusalMessages = {
  'ongeldig-document': 'De server heeft deze wijziging niet opgeslagen: het gegeven is onvolledig of ongeldig.',
  'tijd-in-toekomst': 'Het tijdstip van deze wijziging ligt in de toekomst. Controleer de datum en tijd van deze PC.',
  'alleen-toevoegen': 'Dit gegeven kan niet meer worden gewijzigd of verwijderd. Leg een correctie vast.',
  'al-vastgelegd': 'Dit was op een andere PC al vastgelegd. De gegevens die daar zijn ingevoerd, gelden.',
  'uitchecken-voor-inchecken': 'De tijd van uitchecken ligt vóór de tijd van inchecken.',
  'status-past-niet-bij-besluiten': 'De status van de aanvraag past niet bij de besluiten die erover zijn genomen.',
  'besluit-gewist': 'Een besluit over een aanvraag kan niet worden teruggedraaid.',
} as const

export type ServerRefusalCode = keyof typeof serverRefusalMessages

export interface Refusal {
  /** 'conflict': the change lost a race (R20) and `winner` says to whom; 'geweigerd': the server refused it. */
  kind: 'geweigerd' | 'conflict'
  code: string
  /** For staff, in Dutch. */
  message: string
  winner?: { by: string; at: string }
  /** For the server's log only (e.g. which schema keyword failed): staff get the message. */
  detail?: string
}

export function refusal(code: ServerRefusalCode, detail?: string): Refusal {
  return { kind: 'geweigerd', code, message: serverRefusalMessages[code], ...(detail !== undefined ? { detail } : {}) }
}

/** A shared rule's verdict as a refusal, or null when the rule allows it. */
export function fromVerdict(verdict: Verdict): Refusal | null {
  return verdict.ok ? null : { kind: 'geweigerd', code: verdict.code, message: verdict.message }
}
