// The groups a request may be for: those of the child's placements at locations both the user and
// this PC cover (R19) that have not ended before today. Which placement a request is judged by is
// shared with the server's parent channel (shared/rules request-placement.ts).
import type { Child } from '../../../../shared/domain'

type Placed = Pick<Child, 'placements'>

/** The group ids a request for this child may name, in placement order, each once. */
export function requestGroupIds(child: Placed, covers: (locationId: string) => boolean, today: string): string[] {
  const ids = child.placements
    .filter((p) => covers(p.locationId) && (p.end === undefined || p.end >= today))
    .map((p) => p.groupId)
  return [...new Set(ids)]
}
