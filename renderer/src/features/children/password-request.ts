// `Nieuw wachtwoord verzenden` (F8): a journal `wachtwoord` fact about the child, for one parent
// (data.parentRank), written on this PC and carried out by the server once synced (its outbox passes
// it to the parent portal and writes a `verzonden` fact with targetId = this fact). Until that
// delivery fact is here the request is queued ("In de wachtrij"), and a second one for the same
// parent is refused: it would send the parent two mails with two different links.
import type { Child, JournalEntry, Parent } from '../../../../shared/domain'

export type PasswordStatus =
  | { state: 'wachtrij'; requestedAt: string; factId: string }
  | { state: 'verzonden'; requestedAt: string; factId: string; deliveredAt: string }

export type PasswordRefusal = 'al-in-wachtrij' | 'geen-email' | 'onbekende-ouder' | 'geen-locatie'

export type PasswordRequest = { ok: true; fact: JournalEntry } | { ok: false; code: PasswordRefusal }

export function rankOf(fact: Pick<JournalEntry, 'data'>): number | null {
  const rank = fact.data?.parentRank
  return rank === 1 || rank === 2 ? rank : null
}

/** When the outbox says it delivered: its own deliveredAt, else the moment its fact was written. */
function deliveredAt(delivery: JournalEntry): string {
  const at = delivery.data?.deliveredAt
  return typeof at === 'string' ? at : delivery.at
}

/** The state of the newest request for this parent; null when none was ever made. */
export function passwordStatus(rank: Parent['rank'], facts: readonly JournalEntry[], deliveries: readonly JournalEntry[]): PasswordStatus | null {
  const latest = facts
    .filter((f) => f.kind === 'wachtwoord' && rankOf(f) === rank)
    .sort((x, y) => y.at.localeCompare(x.at) || y.id.localeCompare(x.id))[0]
  if (!latest) return null
  const delivery = deliveries.find((d) => d.kind === 'verzonden' && d.targetId === latest.id)
  return delivery
    ? { state: 'verzonden', requestedAt: latest.at, factId: latest.id, deliveredAt: deliveredAt(delivery) }
    : { state: 'wachtrij', requestedAt: latest.at, factId: latest.id }
}

export interface PasswordRequestInput {
  child: Pick<Child, 'id' | 'parents'>
  rank: Parent['rank']
  facts: readonly JournalEntry[]
  deliveries: readonly JournalEntry[]
  /** factLocation(): the location of this PC the child is placed at; null when there is none. */
  locationId: string | null
  by: string
  device: string
  at: Date
  id: string
}

export function passwordRequest(input: PasswordRequestInput): PasswordRequest {
  const parent = input.child.parents.find((p) => p.rank === input.rank)
  if (!parent) return { ok: false, code: 'onbekende-ouder' }
  if (parent.emails.length === 0) return { ok: false, code: 'geen-email' }
  if (passwordStatus(input.rank, input.facts, input.deliveries)?.state === 'wachtrij') return { ok: false, code: 'al-in-wachtrij' }
  if (input.locationId === null) return { ok: false, code: 'geen-locatie' }
  return {
    ok: true,
    fact: {
      id: input.id, kind: 'wachtwoord', locationId: input.locationId, targetId: input.child.id, data: { parentRank: input.rank },
      by: input.by, device: input.device, at: input.at.toISOString(),
    },
  }
}

/** A fresh id: each request is its own fact (a later one, after the first was sent, is a new mail). */
export function passwordFactId(childId: string, rank: Parent['rank'], uuid: string): string {
  return `wachtwoord:${childId}:${rank}:${uuid}`
}
