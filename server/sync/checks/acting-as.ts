// Rules distinguish a parent from staff (Actor). A fact records who acted as `by`: a staff id, or
// the parent portal's name when a parent did it through the portal (shared/domain fields.ts).
import type { Actor } from '../../../shared/domain'

/** The `by` of facts that reach the server through the parent portal (SPEC §5). */
export const PARENT_PORTAL = 'ouderportaal'

export function actorOf(by: string): Actor {
  return by === PARENT_PORTAL ? 'ouder' : 'medewerker'
}
