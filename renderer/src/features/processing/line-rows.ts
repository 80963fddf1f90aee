// One row per line of a closed sheet, as customer service reads it (F6): who, when, what R9 says now
// with the child's current placements (R9 is about the contract on the study day, and the planning
// may have changed since the parent signed), and where the line stands from the journal facts about
// it: open, withdrawn at the location, or decided (processed into a booking, or rejected).
import type { Child, JournalEntry, SignupLine } from '../../../../shared/domain'
import { lineDecisionId, lineWithdrawalId } from '../../../../shared/domain'
import {
  invoiceDate, signupBillingFor, signupLineStatus, type StudyDayBilling, type SignupBillingVerdict,
} from '../../../../shared/rules'

export type LineState =
  | { kind: 'open' }
  | { kind: 'ingetrokken'; reason: string }
  | { kind: 'verwerkt'; billing: StudyDayBilling; invoiceDate?: string }
  | { kind: 'afgewezen'; reason: string }

export interface LineRow {
  line: SignupLine
  /** "<firstName> <lastName>", or null when the child is not (any more) on this PC. */
  childName: string | null
  /** R9 for the line's date with the child's placements as they are now; null without a BSO placement there. */
  billingNow: SignupBillingVerdict | null
  /** What `Verwerken` books: R9 now, or what was signed when R9 has no answer now. */
  billingToBook: StudyDayBilling
  /** R9 now says otherwise than at signing (only when R9 has an answer now). */
  billingChanged: boolean
  state: LineState
  /** The decision (verwerkt / afgewezen) or withdrawal that set the state. */
  fact: JournalEntry | null
}

const billings: readonly string[] = ['factuur', 'inclusief']

function isBilling(value: unknown): value is StudyDayBilling {
  return typeof value === 'string' && billings.includes(value)
}

/** The state from the facts (signupLineStatus decides which fact counts), with that fact's details. */
export function lineState(line: Pick<SignupLine, 'id' | 'date' | 'billing'>, facts: readonly JournalEntry[]): { state: LineState; fact: JournalEntry | null } {
  const status = signupLineStatus(facts)
  if (status === 'getekend') return { state: { kind: 'open' }, fact: null }
  if (status === 'ingetrokken') {
    const fact = facts.find((f) => f.id === lineWithdrawalId(line.id)) ?? facts.find((f) => f.kind === 'intrekking') ?? null
    return { state: { kind: 'ingetrokken', reason: fact?.reason ?? '' }, fact }
  }
  const fact = facts.find((f) => f.id === lineDecisionId(line.id)) ?? facts.find((f) => f.kind === status) ?? null
  if (status === 'afgewezen') return { state: { kind: 'afgewezen', reason: fact?.reason ?? '' }, fact }
  // A decision written elsewhere without a (valid) billing still is a booking: read it as signed.
  const booked = fact?.data?.billing
  const billing = isBilling(booked) ? booked : line.billing
  const stored = fact?.data?.invoiceDate
  const state: LineState = billing === 'factuur'
    ? { kind: 'verwerkt', billing, invoiceDate: typeof stored === 'string' ? stored : invoiceDate(line.date) }
    : { kind: 'verwerkt', billing }
  return { state, fact }
}

export function childName(child: Pick<Child, 'firstName' | 'lastName'>): string {
  return `${child.firstName} ${child.lastName}`
}

export interface LineRowsInput {
  lines: readonly SignupLine[]
  /** Journal facts; those about other documents are ignored. */
  journal: readonly JournalEntry[]
  children: ReadonlyMap<string, Child>
}

/** The sheet's rows, by child name (then time of signing), so a clerk finds a child as on paper. */
export function lineRows(input: LineRowsInput): LineRow[] {
  const factsOf = new Map<string, JournalEntry[]>()
  for (const fact of input.journal) {
    const list = factsOf.get(fact.targetId) ?? []
    list.push(fact)
    factsOf.set(fact.targetId, list)
  }
  const rows = input.lines.map((line): LineRow => {
    const child = input.children.get(line.childId)
    const billingNow = child ? signupBillingFor(child, line.locationId, line.date) : null
    const { state, fact } = lineState(line, factsOf.get(line.id) ?? [])
    return {
      line,
      childName: child ? childName(child) : null,
      billingNow,
      billingToBook: billingNow?.billing ?? line.billing,
      billingChanged: billingNow !== null && billingNow.billing !== line.billing,
      state,
      fact,
    }
  })
  return rows.sort((a, b) => (a.childName ?? a.line.childId).localeCompare(b.childName ?? b.line.childId, 'nl') || a.line.signedAt.localeCompare(b.line.signedAt))
}

/** Lines still waiting for customer service: neither withdrawn nor decided. */
export function openRows(rows: readonly LineRow[]): LineRow[] {
  return rows.filter((r) => r.state.kind === 'open')
}
