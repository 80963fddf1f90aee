// Which placement a request is judged by (R9, R10): the child's placement in the chosen group that
// runs on the date, else its latest one in that group (a request may fill a day the contract does
// not cover). Its contract decides the kinds and payments; its weekdays decide R9's `inclusief`.
// Also the groups a request may be for: those of the child's placements at locations both the user
// and this PC cover (R19) that have not ended before today.
import type { Child, Placement } from '../../../../shared/domain'

type Placed = Pick<Child, 'placements'>

export function placementFor(child: Placed, groupId: string, date: string): Placement | undefined {
  const inGroup = child.placements.filter((p) => p.groupId === groupId)
  const running = inGroup.find((p) => p.start <= date && (p.end === undefined || p.end >= date))
  return running ?? [...inGroup].sort((a, b) => b.start.localeCompare(a.start))[0]
}

/** Whether a placement of the child in the group runs on the date. */
export function placedOn(child: Placed, groupId: string, date: string): boolean {
  return child.placements.some((p) => p.groupId === groupId && p.start <= date && (p.end === undefined || p.end >= date))
}

/** The group ids a request for this child may name, in placement order, each once. */
export function requestGroupIds(child: Placed, covers: (locationId: string) => boolean, today: string): string[] {
  const ids = child.placements
    .filter((p) => covers(p.locationId) && (p.end === undefined || p.end >= today))
    .map((p) => p.groupId)
  return [...new Set(ids)]
}
