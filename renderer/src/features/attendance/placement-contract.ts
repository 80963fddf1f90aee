// The contract that decides a child's swap-hour cap (R6) and whether it earns at all (R7): the
// child's placement of the group's care type on that date, else its latest one of that care type,
// else 'standaard' (the lower cap). The server's cap check (server/sync/checks/credit-cap.ts) looks
// the contract up the same way, so the dialog's "maximum bereikt" and the server's verdict agree.
import type { CareType, Child, ContractKind } from '../../../../shared/domain'

export function contractOn(child: Pick<Child, 'placements'> | null, careType: CareType, date: string): ContractKind {
  const placements = (child?.placements ?? []).filter((p) => p.careType === careType)
  const active = placements.find((p) => p.start <= date && (p.end === undefined || p.end >= date))
  const latest = [...placements].sort((a, b) => b.start.localeCompare(a.start))[0]
  return (active ?? latest)?.contract ?? 'standaard'
}
