// 'geen-recht' for a pushed change: the message names what was done and which roles may do it in
// that situation ("Alleen senior, manager of klantenservice mag tegoed toevoegen."), so staff who
// see it in their notices know whom to ask. The roles come from the permission matrix through
// `can` itself (with the same context), so the message cannot drift from the rule it explains.
import { roles, type Role } from '../../../shared/domain'
import { can, type Action, type PermissionContext } from '../../../shared/rules'
import type { Refusal } from './refusal'

/** What each action is, as the end of "Alleen … mag …". */
const actionPhrases: Readonly<Record<Action, string>> = {
  'aanwezigheid.registreren': 'aanwezigheid registreren',
  'aanwezigheid.bekijken': 'de aanwezigheid bekijken',
  'afwezigheid.melden': 'een kind afwezig melden',
  'afwezigheid.corrigeren': 'een afwezigheidsmelding corrigeren',
  'aanvraag.indienen': 'een aanvraag indienen',
  'aanvraag.beslissen': 'over deze aanvraag beslissen',
  'aanvraag.beslissen.qflexibel': 'over een Qflexibel-aanvraag beslissen',
  'aanvraag.annuleren': 'een goedgekeurde aanvraag annuleren',
  'tegoed.bekijken': 'tegoeden bekijken',
  'tegoed.toevoegen': 'tegoed toevoegen',
  'flextegoed.ophogen': 'het Qflexibel-tegoed ophogen',
  'lijst.ontgrendelen': 'deze aanwezigheidslijst ontgrendelen',
  'lijst.ontgrendelen.oud': 'een oude aanwezigheidslijst ontgrendelen',
  'studiedag.beheren': 'studiedagen beheren',
  'intekenlijst.beheren': 'intekenlijsten beheren',
  'intekenregel.verwerken': 'intekenregels verwerken',
  'kind.bekijken': 'kindgegevens bekijken',
  'wachtwoord.verzenden': 'een nieuw wachtwoord verzenden',
  'inlogadres.kiezen': 'het inlogadres kiezen',
  'import.forceren': 'de import forceren',
  'medewerker.beheren': 'medewerkers beheren',
  'pc.registreren': 'een PC aanmelden',
  'pc.intrekken': 'een PC intrekken',
  'privacy.beheren': 'gegevens van een kind exporteren of verwijderen',
}

/** "a, b of c" */
function dutchList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} of ${words.at(-1)}`
}

export function rolesAllowed(action: Action, ctx: PermissionContext = {}): Role[] {
  return roles.filter((role) => can(role, action, ctx))
}

export function noRight(action: Action, ctx: PermissionContext, role: Role): Refusal {
  const allowed = rolesAllowed(action, ctx)
  const who = allowed.length > 0 ? `Alleen ${dutchList(allowed)} mag` : 'Niemand mag'
  return { kind: 'geweigerd', code: 'geen-recht', message: `${who} ${actionPhrases[action]}.`, detail: `${role} may not ${action}` }
}
