// What a push owes the parents: a `wachtwoord` fact pushed by a PC becomes a message to that parent
// (to the sign-in address, else the first address; without one it is `mislukt` at once, F8), and a
// decision (goedgekeurd, afgekeurd, wachtlijst) on a request the parent submitted through the
// portal becomes a message to parent 1, the contract holder. Idempotent on the source: the fact's
// id, or the request and the decision's status, so a retried push enqueues nothing twice.
import type { Child, JournalEntry, Parent, Request } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import type { Queryable } from '../db/db'
import type { StoredDoc } from '../sync/document-store'
import { readDocuments } from '../sync/document-store'
import { decisionMessage, passwordMessage } from './message-text'
import { enqueue, type NewMessage } from './outbox-store'

const toldToParents = ['goedgekeurd', 'afgekeurd', 'wachtlijst'] as const
type Told = (typeof toldToParents)[number]

export function addressOf(parent: Parent): string | null {
  return parent.signInEmail ?? parent.emails[0] ?? null
}

function rankOf(value: unknown): 1 | 2 | null {
  return value === 1 || value === 2 ? value : null
}

async function childrenOf(q: Queryable, ids: readonly string[]): Promise<Map<string, Child>> {
  const docs = await readDocuments(q, 'children', [...new Set(ids)])
  return new Map([...docs.values()].filter((d) => !d._deleted).map((d) => [d.id, d as SyncDoc & Child]))
}

function passwordMessages(facts: readonly JournalEntry[], children: ReadonlyMap<string, Child>): NewMessage[] {
  return facts.flatMap((fact): NewMessage[] => {
    const child = children.get(fact.targetId)
    const parentRank = rankOf(fact.data?.parentRank)
    const parent = parentRank === null ? undefined : child?.parents.find((p) => p.rank === parentRank)
    if (child === undefined || parentRank === null || parent === undefined) return []
    return [{
      kind: 'wachtwoord', childId: child.id, parentRank, recipient: addressOf(parent), sourceId: fact.id,
      payload: { ...passwordMessage(child, parent.name), locationId: fact.locationId, factId: fact.id },
    }]
  })
}

function decisionMessages(requests: readonly Request[], children: ReadonlyMap<string, Child>): NewMessage[] {
  return requests.flatMap((request): NewMessage[] => {
    const last = request.decisions.at(-1)
    const child = children.get(request.childId)
    const parent = child?.parents.find((p) => p.rank === 1)
    if (last === undefined || !toldToParents.includes(last.status as Told) || child === undefined || parent === undefined) return []
    const status = last.status as Told
    return [{
      kind: 'besluit', childId: child.id, parentRank: 1, recipient: addressOf(parent), sourceId: `besluit:${request.id}:${status}`,
      payload: {
        ...decisionMessage(child, parent.name, request, status, last.reason), locationId: request.locationId, requestId: request.id, status,
      },
    }]
  })
}

/** The messages owed for what a push stored in one collection. */
export async function messagesFor(q: Queryable, collection: string, written: readonly StoredDoc[]): Promise<NewMessage[]> {
  const docs = written.map((w) => w.doc).filter((d) => !d._deleted)
  if (collection === 'journal') {
    const facts = docs.map((d) => d as SyncDoc & JournalEntry).filter((f) => f.kind === 'wachtwoord')
    return facts.length === 0 ? [] : passwordMessages(facts, await childrenOf(q, facts.map((f) => f.targetId)))
  }
  if (collection === 'requests') {
    const requests = docs.map((d) => d as SyncDoc & Request).filter((r) => r.submittedVia === 'ouder' && r.decisions.length > 0)
    return requests.length === 0 ? [] : decisionMessages(requests, await childrenOf(q, requests.map((r) => r.childId)))
  }
  return []
}

/** Enqueues what a push owes; returns how many messages were added. */
export async function enqueueForPush(q: Queryable, collection: string, written: readonly StoredDoc[], now: Date): Promise<number> {
  const messages = await messagesFor(q, collection, written)
  return messages.length === 0 ? 0 : enqueue(q, messages, now)
}
