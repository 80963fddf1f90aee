// Rules distinguish a parent from staff (Actor). A fact records who acted as `by`: a staff id, or
// the parent portal's name when a parent did it through the portal (shared/domain fields.ts).
import type { Actor } from '../../../shared/domain'
import type { Action } from '../../../shared/rules'
import type { Caller } from './check'

/** The `by` of facts that reach the server through the parent portal (SPEC §5). */
export const PARENT_PORTAL = 'ouderportaal'

export function actorOf(by: string): Actor {
  return by === PARENT_PORTAL ? 'ouder' : 'medewerker'
}

/**
 * The caller of the parent channel (server/portal): it pushes what parents do, for every location.
 * Only this object carries `parentPortal`; a PC's caller comes from its device token and never does.
 */
export const portalCaller: Caller = Object.freeze({ deviceId: PARENT_PORTAL, locations: 'all', parentPortal: true })

/** What a parent may do through the portal (SPEC §5): submit requests, report absences, cancel a Q-block (R13). */
export const parentActions: ReadonlySet<Action> = new Set<Action>(['aanvraag.indienen', 'afwezigheid.melden', 'aanvraag.annuleren'])
