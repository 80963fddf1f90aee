// The four decisions of F4 (R20) and the order they are offered in: those the request's state allows
// (ingediend: all four; wachtlijst: not Wachtlijst again; final states: none). R11: when the group has
// no room, Afkeuren and Wachtlijst come first — Goedkeuren stays possible, after a confirmation with a
// reason ("de medewerkers moeten beoordelen").
import type { RequestStatus } from '../../../../shared/domain'
import { nextStatuses } from '../../../../shared/rules'

export const decisionActions = ['goedgekeurd', 'afgekeurd', 'wachtlijst', 'verwijderd'] as const
export type DecisionAction = (typeof decisionActions)[number]

const withRoom: readonly DecisionAction[] = ['goedgekeurd', 'afgekeurd', 'wachtlijst', 'verwijderd']
const withoutRoom: readonly DecisionAction[] = ['afgekeurd', 'wachtlijst', 'goedgekeurd', 'verwijderd']

/** `room` false: the group is full that day and day part; true or unknown (null): the usual order. */
export function actionsFor(status: RequestStatus, room: boolean | null): DecisionAction[] {
  const allowed = nextStatuses(status)
  return (room === false ? withoutRoom : withRoom).filter((action) => allowed.includes(action))
}

export function isDecisionAction(value: string): value is DecisionAction {
  return (decisionActions as readonly string[]).includes(value)
}
