// The lines of one intekenlijst as the sheet shows and prints them: who, when, which parent signed,
// what R9 says about the bill and why, and where the line stands (withdrawn at the location, or
// processed / rejected by customer service), each from the facts about it in the journal.
import type { JournalEntry, SignupBilling, SignupLine } from '../../../../shared/domain'
import { signupBillingFor, signupLineStatus, type SignupBillingReason, type SignupLineStatus } from '../../../../shared/rules'

type Placement = Parameters<typeof signupBillingFor>[0]['placements'][number]
export type SheetChild = { id: string; firstName: string; lastName: string; placements: readonly Placement[] }
type LineFact = Pick<JournalEntry, 'kind' | 'targetId' | 'reason'>

export interface SheetRow {
  line: SignupLine
  /** The child's name, or its id when this PC no longer holds the child (R17). */
  childName: string
  billing: SignupBilling
  /**
   * R9's reason for the billing recorded at signing; null when today's placement would give another
   * answer (the contract changed since): the recorded billing stands, the reason is not guessed.
   */
  billingReason: SignupBillingReason | null
  status: SignupLineStatus
  /** The reason of a withdrawal or a rejection. */
  statusReason: string | null
}

export function sheetRows(a: { lines: readonly SignupLine[]; facts: readonly LineFact[]; children: readonly SheetChild[] }): SheetRow[] {
  const children = new Map(a.children.map((c) => [c.id, c]))
  const factsOf = new Map<string, LineFact[]>()
  for (const fact of a.facts) factsOf.set(fact.targetId, [...(factsOf.get(fact.targetId) ?? []), fact])
  return [...a.lines]
    .sort((x, y) => (x.signedAt < y.signedAt ? -1 : x.signedAt > y.signedAt ? 1 : x.id < y.id ? -1 : 1))
    .map((line) => {
      const child = children.get(line.childId)
      const verdict = child ? signupBillingFor(child, line.locationId, line.date) : null
      const facts = factsOf.get(line.id) ?? []
      const status = signupLineStatus(facts)
      const reasonOf = status === 'ingetrokken' ? 'intrekking' : status === 'afgewezen' ? 'afgewezen' : null
      return {
        line,
        childName: child ? `${child.firstName} ${child.lastName}` : line.childId,
        billing: line.billing,
        billingReason: verdict && verdict.billing === line.billing ? verdict.reason : null,
        status,
        statusReason: reasonOf ? (facts.find((f) => f.kind === reasonOf)?.reason ?? '') : null,
      }
    })
}

/** Children with a line that stands (not withdrawn): they are `al ingeschreven` on the picker. */
export function signedUpChildIds(rows: readonly SheetRow[]): Set<string> {
  return new Set(rows.filter((r) => r.status !== 'ingetrokken').map((r) => r.line.childId))
}
