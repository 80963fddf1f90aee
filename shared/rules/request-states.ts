// R20: the life of a request (`aanvraag`). The graph has no cycles, so a request is in each state at
// most once: "the decision taken on state X" is always a single decision, which makes the conflict
// rule (first decision on a state wins) decidable from the request's own history.
import type { Actor, RequestKind, RequestStatus } from '../domain/enums'
import { canCancelQBlock } from './qflexibel'
import { hasReason } from './reason'
import { allow, refuse, type Verdict } from './verdict'

export const requestTransitions: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  ingediend: ['goedgekeurd', 'afgekeurd', 'wachtlijst', 'verwijderd'],
  wachtlijst: ['goedgekeurd', 'afgekeurd', 'verwijderd'],
  goedgekeurd: ['geannuleerd'],
  afgekeurd: [],
  verwijderd: [],
  geannuleerd: [],
}

/** Final states; a request ending in one of them releases the swap hours it reserved. */
export const finalStatuses: readonly RequestStatus[] = ['afgekeurd', 'verwijderd', 'geannuleerd']

export function isFinalStatus(status: RequestStatus): boolean {
  return finalStatuses.includes(status)
}

export function nextStatuses(from: RequestStatus): readonly RequestStatus[] {
  return requestTransitions[from]
}

export function requestTransition(from: RequestStatus, to: RequestStatus): Verdict {
  if (isFinalStatus(from)) return refuse('status-definitief')
  return requestTransitions[from].includes(to) ? allow() : refuse('ongeldige-overgang')
}

/** A decision as a request keeps it (shared/domain): the state it led to. Other fields are the caller's. */
export type RequestDecision = { status: RequestStatus }

/** A decision as it reaches the server: the state it was taken on and the state it leads to. */
export type DecisionStep = { from: RequestStatus; to: RequestStatus }

/** The steps of a request's decision list: each decision was taken on the state the previous one left. */
export function decisionSteps(decisions: readonly RequestDecision[]): DecisionStep[] {
  let from: RequestStatus = 'ingediend'
  return decisions.map((d) => {
    const step = { from, to: d.status }
    from = d.status
    return step
  })
}

/**
 * Whether a decision that reaches the server may stand. The first decision on a state wins; the
 * same decision again (a retried push, or two PCs that both approved) is accepted as idempotent.
 * Apply an accepted decision only when `decision.from === current.status`; otherwise it is already in the history.
 */
export function decideRequest(current: { status: RequestStatus; decisions: readonly RequestDecision[] }, decision: DecisionStep): Verdict {
  if (decision.from === current.status) return requestTransition(decision.from, decision.to)
  const taken = decisionSteps(current.decisions).find((step) => step.from === decision.from)
  if (taken && taken.to === decision.to) return allow()
  const graph = requestTransition(decision.from, decision.to)
  return graph.ok ? refuse('besluit-conflict') : graph
}

/**
 * R20: `goedgekeurd` → `geannuleerd` is a Q-block cancelled in time (R13), or staff with a reason.
 */
export function canCancelRequest(a: { kind: RequestKind; date: string; today: string; by: Actor; reason?: string }): Verdict {
  if (a.by === 'medewerker' && hasReason(a.reason)) return allow()
  if (a.kind === 'Q-blok') return canCancelQBlock(a)
  return refuse('annuleren-reden-verplicht')
}
