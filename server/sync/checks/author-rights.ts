// R19 and the permission matrix, for the person who made a pushed change: the `by` the document
// records (change-acts.ts lists who did what). A change made offline is pushed later with the PC's
// device token, so the PC vouches for its locations and the author for the rest: a known, active
// staff member, whose own locations cover the document, and whose role may do that act. The
// parent portal's `by` is accepted only from the parent channel's own caller (portalCaller, issue 8),
// and only for what a parent may do; from a PC, or without a caller, it is refused. Apart from that
// the check reads the document alone: it runs for every push, with or without a device (fail
// closed: a route that forgot its caller still gets each author judged).
import type { Staff } from '../../../shared/domain'
import { can, inScope } from '../../../shared/rules'
import type { SyncDoc } from '../../../shared/sync'
import { documentScope } from '../document-scope'
import { PARENT_PORTAL, parentActions } from './acting-as'
import { actsOf, type Act } from './change-acts'
import type { Caller, CheckInput, PictureCheck, StoredPicture } from './check'
import { noRight } from './permission-refusal'
import { refusal, type Refusal } from './refusal'

export const authorMayAct: PictureCheck = async (input, picture) => {
  const acts = actsOf(input.collection, input.doc, input.stored, { assumed: input.assumed })
  if (acts.length === 0) return null
  const places = await placesOf(input, picture)
  for (const act of acts) {
    const refused = await judge(act, places, picture, input.caller)
    if (refused !== null) return refused
  }
  return null
}

async function judge(act: Act, places: readonly (readonly string[])[], picture: StoredPicture, caller: Caller | null): Promise<Refusal | null> {
  if (act.by === null) return refusal('zonder-auteur')
  if (act.by === PARENT_PORTAL) {
    if (caller?.parentPortal !== true) return refusal('alleen-via-ouderportaal')
    // A parent submits, reports absent and cancels (a Q-block, R13); deciding is staff's (R11).
    if (parentActions.has(act.action)) return null
    return { ...noRight(act.action, act.ctx, 'groepsmedewerker'), detail: `the parent portal may not ${act.action}` }
  }
  const staff = await picture.staff(act.by)
  if (staff === null) return refusal('onbekende-medewerker', act.by)
  if (!staff.active) return refusal('medewerker-niet-actief', act.by)
  const outside = places.find((locationIds) => !reaches(staff, locationIds))
  if (outside !== undefined) return refusal('medewerker-buiten-locatie', `${act.by} does not cover ${outside.join(', ') || 'no location'}`)
  return can(staff.role, act.action, act.ctx) ? null : noRight(act.action, act.ctx, staff.role)
}

/**
 * The locations the change touches, each list one the author must reach: the document's, and the
 * stored state's too (moving a document to another location writes at both). A study day belongs
 * to the locations that serve its school (F9).
 */
async function placesOf(input: CheckInput, picture: StoredPicture): Promise<string[][]> {
  if (input.collection === 'studydays') {
    const schoolId = input.doc.schoolId
    return [typeof schoolId === 'string' ? await picture.locationsServingSchool(schoolId) : []]
  }
  const states: SyncDoc[] = input.stored === undefined ? [input.doc] : [input.doc, input.stored]
  return states.flatMap((state) => {
    const scope = documentScope(input.collection, state)
    if (scope.kind === 'locations') return [[...scope.locationIds]]
    // No location in the document (nobody may see it): only someone who covers every location reaches it.
    return scope.kind === 'nobody' ? [[]] : []
  })
}

/** Whether a staff member covers one of these locations; no location at all only an organisation-wide role covers. */
function reaches(staff: Staff, locationIds: readonly string[]): boolean {
  // A location id is never empty (schema), so covering '' means covering every location (R19).
  if (locationIds.length === 0) return inScope(staff, '')
  return locationIds.some((id) => inScope(staff, id))
}
