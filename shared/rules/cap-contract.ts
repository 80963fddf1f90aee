// R6/R7: which contract decides a child's swap-hour cap and whether it earns at all: the child's
// placement of that care type on the date, else its latest one of that care type, else 'standaard'
// (the lower cap where a care type has two, BSO schoolweken). The absence dialog (what it promises)
// and the server's cap check (what it accepts) both ask this, so they cannot disagree.
import type { CareType, ContractKind } from '../domain/enums'

type PlacementContract = { careType: CareType; contract: ContractKind; start: string; end?: string | null }

export function contractOn(child: { placements: readonly PlacementContract[] } | null, careType: CareType, date: string): ContractKind {
  const placements = (child?.placements ?? []).filter((p) => p.careType === careType)
  const active = placements.find((p) => p.start <= date && (p.end === undefined || p.end === null || p.end >= date))
  const latest = [...placements].sort((a, b) => b.start.localeCompare(a.start))[0]
  return (active ?? latest)?.contract ?? 'standaard'
}
