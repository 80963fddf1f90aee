// Who may export or delete a child's data ('privacy.beheren': customer service, managers), and
// which children (R19). A manager reaches a child that has a location of theirs for the export; a
// deletion removes the child everywhere, so a manager may delete only a child all of whose
// locations are theirs (a child also placed elsewhere is for customer service or that location's
// manager too). A child out of reach answers as unknown: the route does not tell who exists elsewhere.
import type { Child, Staff } from '../../shared/domain'
import { can, inScope } from '../../shared/rules'
import type { Access } from './privacy-deletion'

export const privacyMessages = {
  notAllowed: { code: 'geen-recht', message: 'Je mag geen gegevens van kinderen exporteren of verwijderen' },
  unknown: { code: 'kind-onbekend', message: 'Dit kind is niet bekend' },
  elsewhere: { code: 'kind-ook-elders', message: 'Dit kind staat ook op een locatie die niet van jou is: vraag de klantenservice' },
  confirm: { code: 'bevestiging-onjuist', message: 'Bevestig met het id van het kind' },
} as const

type Actor = Pick<Staff, 'role' | 'locationIds'>

export function mayManagePrivacy(actor: Actor): boolean {
  return can(actor.role, 'privacy.beheren')
}

/** Customer service and planners cover every location (R19), also a child placed nowhere any more. */
const coversEverything = (actor: Actor): boolean => actor.role === 'klantenservice' || actor.role === 'planner'

/** Staff of a location the child is at (customer service: every child). */
export function reachesChild(actor: Actor, child: Pick<Child, 'locationIds'>): boolean {
  return coversEverything(actor) || child.locationIds.some((locationId) => inScope(actor, locationId))
}

export function deletionAccess(actor: Actor, child: Pick<Child, 'locationIds'>): Access {
  if (!reachesChild(actor, child)) return { ok: false, status: 404, ...privacyMessages.unknown }
  if (!coversEverything(actor) && !child.locationIds.every((locationId) => inScope(actor, locationId))) return { ok: false, status: 403, ...privacyMessages.elsewhere }
  return { ok: true }
}
