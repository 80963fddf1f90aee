// Which placement a request is judged by (R9, R10): the child's placement in the chosen group that
// runs on the date, else its latest one in that group (a request may fill a day the contract does
// not cover). Its contract decides the kinds and payments; its weekdays decide R9's `inclusief`.
// The PC's Dag aanvragen and the parent portal's channel on the server both ask this.
import type { Child, Placement } from '../domain'

type Placed = Pick<Child, 'placements'>

/** Whether the placement runs on the date (its end date is its last day of care). */
export function placementRunsOn(p: Pick<Placement, 'start' | 'end'>, date: string): boolean {
  return p.start <= date && (p.end === undefined || p.end >= date)
}

export function placementFor(child: Placed, groupId: string, date: string): Placement | undefined {
  const inGroup = child.placements.filter((p) => p.groupId === groupId)
  const running = inGroup.find((p) => placementRunsOn(p, date))
  return running ?? [...inGroup].sort((a, b) => b.start.localeCompare(a.start))[0]
}

/** Whether a placement of the child in the group runs on the date. */
export function placedOn(child: Placed, groupId: string, date: string): boolean {
  return child.placements.some((p) => p.groupId === groupId && placementRunsOn(p, date))
}
