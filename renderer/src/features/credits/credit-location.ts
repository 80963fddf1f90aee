// Which location a credit is booked at. A ledger entry carries one location (R19: the server checks
// that both the author and this PC reach it), so it is the location of the placement the credit is
// for: the child's placement of that care type (for Qflexibel hours: its Qflexibel contract) on the
// day, else its latest one, as long as this PC and user cover it; else any covered location of the
// child. null: nothing here may book for this child.
import type { CareType, Child, Placement } from '../../../../shared/domain'

export type CreditTarget = { careType: CareType } | { qflexibel: true }

function fits(p: Placement, target: CreditTarget): boolean {
  return 'careType' in target ? p.careType === target.careType && p.contract !== 'qflexibel' : p.contract === 'qflexibel'
}

export function creditLocation(
  child: Pick<Child, 'placements' | 'locationIds'>, target: CreditTarget, today: string, covers: (locationId: string) => boolean,
): string | null {
  const placements = child.placements.filter((p) => fits(p, target) && covers(p.locationId))
  const active = placements.find((p) => p.start <= today && (p.end === undefined || p.end >= today))
  const latest = [...placements].sort((x, y) => y.start.localeCompare(x.start))[0]
  return (active ?? latest)?.locationId ?? child.locationIds.find(covers) ?? null
}
