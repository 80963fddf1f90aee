// What the parent portal shows a parent about one child (SPEC §5): each request with where it stands
// and the decisions taken on it (status, when, and the reason staff gave), the balances per unit
// (shared/rules ledgerBalance: valid today, and what open requests hold), and where each study-day
// sign-up line stands (shared/rules signupLineStatus). Staff ids stay out: a parent sees what was
// decided, not who on the group pressed the button.
import type { CareType, Child, JournalEntry, LedgerEntry, LedgerUnit, Request, SignupLine } from '../../shared/domain'
import { careTypes } from '../../shared/domain'
import { ledgerBalance, signupLineStatus, type SignupLineStatus } from '../../shared/rules'

export interface OverviewDecision {
  status: Request['status']
  at: string
  reason?: string
}

export interface OverviewRequest {
  id: string
  date: string
  dayPart: Request['dayPart']
  kind: Request['kind']
  payment: Request['payment']
  hours: number
  submittedVia: Request['submittedVia']
  status: Request['status']
  decisions: OverviewDecision[]
}

export interface OverviewBalance {
  unit: LedgerUnit
  careType?: CareType
  valid: number
  reserved: number
}

export interface OverviewSignup {
  id: string
  date: string
  locationId: string
  dayPart?: SignupLine['dayPart']
  billing: SignupLine['billing']
  status: SignupLineStatus
}

export interface ChildOverview {
  childId: string
  requests: OverviewRequest[]
  balances: OverviewBalance[]
  signups: OverviewSignup[]
}

/** Swap hours per care type of the child's (non-Qflexibel) placements or ledger; holiday days and flexible hours when it has any. */
function balancesOf(child: Child, ledger: readonly LedgerEntry[], today: string): OverviewBalance[] {
  const swapTypes = new Set<CareType>([
    ...child.placements.filter((p) => p.contract !== 'qflexibel').map((p) => p.careType),
    ...ledger.flatMap((e) => (e.unit === 'ruiluren' && e.careType !== undefined ? [e.careType] : [])),
  ])
  const of = (unit: LedgerUnit, careType?: CareType): OverviewBalance => {
    const b = ledgerBalance({ entries: ledger, unit, today, ...(careType !== undefined ? { careType } : {}) })
    return { unit, ...(careType !== undefined ? { careType } : {}), valid: b.valid, reserved: b.reserved }
  }
  const balances = careTypes.filter((c) => swapTypes.has(c)).map((c) => of('ruiluren', c))
  if (ledger.some((e) => e.unit === 'vakantiedagen')) balances.push(of('vakantiedagen'))
  if (ledger.some((e) => e.unit === 'flexuren') || child.placements.some((p) => p.contract === 'qflexibel')) balances.push(of('flexuren'))
  return balances
}

export function childOverview(a: {
  child: Child; requests: readonly Request[]; ledger: readonly LedgerEntry[]; lines: readonly SignupLine[]; lineFacts: readonly JournalEntry[]; today: string
}): ChildOverview {
  const requests = a.requests.map((r): OverviewRequest => ({
    id: r.id, date: r.date, dayPart: r.dayPart, kind: r.kind, payment: r.payment, hours: r.hours, submittedVia: r.submittedVia, status: r.status,
    decisions: r.decisions.map((d) => ({ status: d.status, at: d.at, ...(d.reason !== undefined ? { reason: d.reason } : {}) })),
  }))
  const signups = a.lines.map((line): OverviewSignup => ({
    id: line.id, date: line.date, locationId: line.locationId, ...(line.dayPart !== undefined ? { dayPart: line.dayPart } : {}),
    billing: line.billing, status: signupLineStatus(a.lineFacts.filter((f) => f.targetId === line.id)),
  }))
  return { childId: a.child.id, requests, balances: balancesOf(a.child, a.ledger, a.today), signups }
}
