// What a check answers when it refuses a pushed document: a stable code and the Dutch message staff
// see in their notices (F7). Rule verdicts (shared/rules) bring their own code and message; the
// codes below are the server's own, for what only the server judges. One message per code, here
// (the one exception, 'geen-recht', names the action and who may do it: permission-refusal.ts).
import type { Verdict } from '../../../shared/rules'

export const serverRefusalMessages = {
  'ongeldig-document': 'De server heeft deze wijziging niet opgeslagen: het gegeven is onvolledig of ongeldig.',
  'tijd-in-toekomst': 'Het tijdstip van deze wijziging ligt in de toekomst. Controleer de datum en tijd van deze PC.',
  'alleen-toevoegen': 'Dit gegeven kan niet meer worden gewijzigd of verwijderd. Leg een correctie vast.',
  'al-vastgelegd': 'Dit was op een andere PC al vastgelegd. De gegevens die daar zijn ingevoerd, gelden.',
  'uitchecken-voor-inchecken': 'De tijd van uitchecken ligt vóór de tijd van inchecken.',
  'status-past-niet-bij-besluiten': 'De status van de aanvraag past niet bij de besluiten die erover zijn genomen.',
  'besluit-gewist': 'Een besluit over een aanvraag kan niet worden teruggedraaid.',
  // R19: what the PC (its device token) may write.
  'buiten-locatie': 'Dit gegeven hoort bij een locatie waarvoor deze PC niet is aangemeld.',
  'alleen-via-beheer': 'Medewerkers worden alleen via het beheer van medewerkers gewijzigd, niet vanaf een locatie-PC.',
  'alleen-via-import': 'Dit gegeven komt uit het planningssysteem (de import) en kan niet vanaf een locatie-PC worden gewijzigd.',
  'alleen-door-server': 'Dit gegeven legt de server zelf vast; een locatie-PC kan het niet aanleveren.',
  'andere-pc': 'Deze melding hoort bij een andere PC. Een PC werkt alleen zijn eigen meldingen bij.',
  // R19: who made the change (the `by` recorded in the document).
  'alleen-via-ouderportaal': 'Wat een ouder doet, komt via het ouderportaal binnen en niet via een locatie-PC.',
  'onbekende-medewerker': 'De medewerker die deze wijziging deed, is niet bekend op de server.',
  'medewerker-niet-actief': 'Het account van de medewerker die deze wijziging deed, is niet meer actief.',
  'medewerker-buiten-locatie': 'De medewerker die deze wijziging deed, werkt niet op de locatie waar dit gegeven bij hoort.',
  'zonder-auteur': 'Bij deze wijziging staat niet wie haar deed, en ze verwijdert gegevens. De server heeft haar niet opgeslagen.',
  // R11, at the moment of approval.
  'geen-plaats': 'De groep heeft op deze dag en dit dagdeel geen plaats meer. Goedkeuren zonder plaats kan alleen met een reden.',
  'onbekende-groep': 'De groep van deze aanvraag is niet bekend op de server.',
  // R20: approving a request paid from a balance whose reservation the server does not hold.
  'geen-reservering': 'Geen tegoed gereserveerd voor deze aanvraag. Goedkeuren met deze betaling kan niet: kies een andere betaling of keur af.',
  // R20: a request's settlement follows the decision that stands on the server.
  'tegoed-volgt-besluit': 'Over deze aanvraag was op een andere PC al anders besloten. Dat besluit geldt, en het tegoed wordt verrekend zoals dat besluit zegt.',
  // F6: sign-up sheets and their lines. One sheet per location and day, one decision and one withdrawal per line.
  'ongeldig-nummer': 'Dit gegeven heeft niet het vaste nummer dat bij zijn intekenlijst of inschrijving hoort. De server heeft het niet opgeslagen, zodat niets dubbel wordt vastgelegd.',
  'lijst-gesloten': 'Deze intekenlijst was al gesloten en blijft gesloten. Wie haar sloot en wanneer, verandert niet meer.',
  'onbekende-inschrijving': 'De inschrijving waarover dit gaat, is niet bekend op de server.',
  'inschrijving-andere-locatie': 'Deze inschrijving hoort bij een andere locatie dan dit besluit of deze intrekking.',
  'lijst-niet-gesloten': 'Deze intekenlijst is nog niet gesloten. Een inschrijving wordt pas verwerkt of afgewezen als de locatie de lijst heeft gesloten.',
  'ingetrokken': 'Deze inschrijving is door de locatie ingetrokken en kan niet meer worden verwerkt of afgewezen.',
  'al-verwerkt': 'Deze inschrijving is al door de klantenservice verwerkt of afgewezen en kan niet meer worden ingetrokken.',
  'ongeldige-verwerking': 'Bij het verwerken moet staan of de dag op factuur gaat (met de factuurdatum) of inclusief is.',
  // F8: facts about a parent's portal account (Nieuw wachtwoord verzenden, the sign-in address).
  'onbekend-kind': 'Het kind waarover dit gaat, is niet bekend op de server.',
  'kind-andere-locatie': 'Dit kind heeft geen plaatsing op de locatie waarvoor dit is vastgelegd.',
  'onbekende-ouder': 'Deze ouder is niet bekend bij dit kind.',
  'ouder-zonder-email': 'Deze ouder heeft geen e-mailadres: er kan geen nieuw wachtwoord worden verzonden. Vul het adres aan in het planningssysteem.',
  'onbekend-emailadres': 'Dit e-mailadres hoort niet bij deze ouder en kan geen inlogadres worden.',
  // AVG (issue 8): a PC that was offline during a child's deletion pushes facts about it afterwards.
  'kind-verwijderd': 'Van dit kind zijn alle gegevens verwijderd (AVG); deze wijziging is daarom niet bewaard.',
  // R15
  'verkeerde-factuurdatum': 'De factuurdatum klopt niet: opvang op factuur staat op de factuur van de maand erna, gedateerd de 10e.',
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
  /**
   * The PC may not see the server's state of this document (it lies outside the PC's locations,
   * R19): the push must answer with a tombstone, never with the stored document.
   */
  conceal?: true
  /**
   * The change is about a child whose data was deleted (AVG): the notice says that it was refused,
   * but carries none of the refused change, or it would store the child's data again.
   */
  forget?: true
}

export function refusal(code: ServerRefusalCode, detail?: string): Refusal {
  return { kind: 'geweigerd', code, message: serverRefusalMessages[code], ...(detail !== undefined ? { detail } : {}) }
}

/** A change that lost to a fact stored first (another PC's): staff see whose change stands and when (F7). */
export function lostTo(code: ServerRefusalCode, winner: Readonly<Record<string, unknown>>, detail?: string): Refusal {
  const named = typeof winner.by === 'string' && typeof winner.at === 'string' ? { winner: { by: winner.by, at: winner.at } } : {}
  return { kind: 'conflict', code, message: serverRefusalMessages[code], ...named, ...(detail !== undefined ? { detail } : {}) }
}

/** A shared rule's verdict as a refusal, or null when the rule allows it. */
export function fromVerdict(verdict: Verdict): Refusal | null {
  return verdict.ok ? null : { kind: 'geweigerd', code: verdict.code, message: verdict.message }
}
