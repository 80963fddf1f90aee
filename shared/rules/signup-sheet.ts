// F6/F9 with R9: who may be signed up on a location's sheet for a study day, what a line will cost,
// and where a line stands. The sign-up dialog (what it shows before the parent signs), customer
// service (what it books) and the server (what it accepts) all ask these, so they cannot disagree.
import { weekday } from '../calendar'
import type { ContractKind } from '../domain/enums'
import type { JournalEntry } from '../domain/types'
import { signupBilling, type StudyDayBilling } from './study-day-billing'

type Placement = { locationId: string; careType: string; contract: ContractKind; weekdays: readonly number[]; start: string; end?: string | null }
type CandidateChild = { id: string; schoolId?: string; placements: readonly Placement[] }

/** Why a line is billed or included (R9), as a stable code with the Dutch sentence staff and parents read. */
export const signupBillingReasons = {
  'inclusief-contractdag': 'Inclusief: 52-wekencontract en de studiedag valt op een contractdag.',
  'factuur-geen-contractdag': 'Op factuur: de studiedag valt niet op een contractdag van het 52-wekencontract.',
  'factuur-contract': 'Op factuur: opvang op een studiedag gaat altijd op rekening; ruiluren kunnen niet worden ingezet.',
} as const

export type SignupBillingReason = keyof typeof signupBillingReasons

export interface SignupBillingVerdict {
  billing: StudyDayBilling
  reason: SignupBillingReason
  message: string
  contract: ContractKind
}

/** The child's BSO placement at this location on the date, if any: sheets are for BSO children (F9). */
export function bsoPlacementOn<P extends Placement>(child: { placements: readonly P[] }, locationId: string, date: string): P | undefined {
  return child.placements.find((p) => p.careType === 'BSO' && p.locationId === locationId && p.start <= date && (p.end === undefined || p.end === null || p.end >= date))
}

/** R9 for one child on one study day at one location; null when the child has no BSO placement there that day. */
export function signupBillingFor(child: { placements: readonly Placement[] }, locationId: string, date: string): SignupBillingVerdict | null {
  const placement = bsoPlacementOn(child, locationId, date)
  if (!placement) return null
  const billing = signupBilling({ contract: placement.contract, weekday: weekday(date), contractWeekdays: placement.weekdays })
  const reason: SignupBillingReason = billing === 'inclusief' ? 'inclusief-contractdag'
    : placement.contract === '52-weken' ? 'factuur-geen-contractdag' : 'factuur-contract'
  return { billing, reason, message: signupBillingReasons[reason], contract: placement.contract }
}

/** The schools of this location that are closed on the date (a study or closing day entered for them). */
export function closedSchools(location: { schools: readonly { id: string }[] }, studyDays: readonly { schoolId: string; date: string }[], date: string): Set<string> {
  const served = new Set(location.schools.map((s) => s.id))
  return new Set(studyDays.filter((d) => d.date === date && served.has(d.schoolId)).map((d) => d.schoolId))
}

/** The sheet's picker (F9): BSO children of this location whose school is closed that day, each with R9's verdict. */
export function sheetCandidates<C extends CandidateChild>(
  a: { locationId: string; date: string; closedSchoolIds: ReadonlySet<string>; children: readonly C[] },
): { child: C; billing: SignupBillingVerdict }[] {
  const out: { child: C; billing: SignupBillingVerdict }[] = []
  for (const child of a.children) {
    if (child.schoolId === undefined || !a.closedSchoolIds.has(child.schoolId)) continue
    const billing = signupBillingFor(child, a.locationId, a.date)
    if (billing) out.push({ child, billing })
  }
  return out
}

export type SignupLineStatus = 'getekend' | 'ingetrokken' | 'verwerkt' | 'afgewezen'

/**
 * Where a line stands, from the journal facts about it: a withdrawal (intrekking) ends it at the
 * location; customer service's one decision (verwerkt or afgewezen, one id per line) ends it there.
 */
export function signupLineStatus(facts: readonly Pick<JournalEntry, 'kind'>[]): SignupLineStatus {
  const decision = facts.find((f) => f.kind === 'verwerkt' || f.kind === 'afgewezen')
  if (decision) return decision.kind as 'verwerkt' | 'afgewezen'
  return facts.some((f) => f.kind === 'intrekking') ? 'ingetrokken' : 'getekend'
}
