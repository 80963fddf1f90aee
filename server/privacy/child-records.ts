// Everything the documents table holds about one child (AVG, issue 8): the child document (parents,
// placements, medical, collectors embedded), its attendance entries inside the group-day documents,
// its own facts (absences, requests, ledger, sign-up lines), the journal facts about it or about
// those facts (and facts about those facts: a `verzonden` about a `wachtwoord`), and the notices
// that carry its id or name. Only live documents: a tombstone holds nothing to export or delete.
//
// No field inside `data` is indexed, so each query scans its collection once; this runs only for an
// export or a deletion, rarely, and a deletion holds the seq lock while it runs (seconds at most
// for an organisation's years of history).
import type { Child } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import type { Queryable } from '../db/db'
import { childMarks, isEntryRefOf, mentionsChild } from './child-mentions'

/** The collections whose documents belong to one child through their `childId`. */
export const ownedCollections = ['absences', 'requests', 'ledger', 'signuplines'] as const
export type OwnedCollection = (typeof ownedCollections)[number]

export interface ChildRecords {
  child: Child & SyncDoc
  /** Group-day documents with an entry of this child (the other entries are other children's). */
  attendance: SyncDoc[]
  owned: Record<OwnedCollection, SyncDoc[]>
  journal: SyncDoc[]
  notices: SyncDoc[]
}

/** Journal chains are short (fact → fact about it → delivery of that); the bound only stops a cycle. */
const MAX_JOURNAL_DEPTH = 5

async function live(q: Queryable, sql: string, params: readonly unknown[]): Promise<SyncDoc[]> {
  return (await q.query<{ data: SyncDoc }>(sql, params)).map((r) => r.data)
}

export async function readChildRecords(q: Queryable, childId: string): Promise<ChildRecords | null> {
  const [child] = await live(q, `SELECT data FROM documents WHERE collection = 'children' AND id = $1 AND NOT deleted`, [childId])
  if (child === undefined) return null
  const attendance = await live(
    q,
    `SELECT data FROM documents WHERE collection = 'attendance' AND NOT deleted AND data->'entries' @> $1::jsonb ORDER BY id`,
    [JSON.stringify([{ childId }])],
  )
  const owned = {} as Record<OwnedCollection, SyncDoc[]>
  for (const collection of ownedCollections) {
    owned[collection] = await live(
      q, `SELECT data FROM documents WHERE collection = $1 AND NOT deleted AND data->>'childId' = $2 ORDER BY id`, [collection, childId],
    )
  }
  const docIds = [childId, ...ownedCollections.flatMap((c) => owned[c].map((d) => d.id))]
  const journal = await journalAbout(q, childId, docIds)
  const marks = childMarks(child as unknown as Child, [...docIds, ...journal.map((j) => j.id)])
  const notices = (await live(q, `SELECT data FROM documents WHERE collection = 'notices' AND NOT deleted ORDER BY id`, []))
    .filter((notice) => mentionsChild(notice, marks))
  return { child: child as Child & SyncDoc, attendance, owned, journal, notices }
}

/** Journal facts whose target is the child, one of its documents or entries, or (transitively) such a fact. */
async function journalAbout(q: Queryable, childId: string, docIds: readonly string[]): Promise<SyncDoc[]> {
  const found = new Map<string, SyncDoc>()
  // First round: the child, its documents, and its attendance entries (targetId ends in `:${childId}`).
  let rows = (await live(
    q,
    `SELECT data FROM documents WHERE collection = 'journal' AND NOT deleted
        AND (data->>'targetId' IN (SELECT jsonb_array_elements_text($1::jsonb)) OR right(data->>'targetId', $2) = $3)`,
    [JSON.stringify(docIds), childId.length + 1, `:${childId}`],
  )).filter((j) => docIds.includes(String(j.targetId)) || isEntryRefOf(String(j.targetId), childId))
  for (let depth = 0; rows.length > 0 && depth < MAX_JOURNAL_DEPTH; depth++) {
    const fresh = rows.filter((j) => !found.has(j.id))
    for (const j of fresh) found.set(j.id, j)
    if (fresh.length === 0) break
    rows = await live(
      q,
      `SELECT data FROM documents WHERE collection = 'journal' AND NOT deleted AND data->>'targetId' IN (SELECT jsonb_array_elements_text($1::jsonb))`,
      [JSON.stringify(fresh.map((j) => j.id))],
    )
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id))
}

/** How many documents of each kind (for the deletion's answer and the privacy log). */
export function recordCounts(records: ChildRecords): Record<string, number> {
  return {
    children: 1,
    attendance: records.attendance.length,
    ...Object.fromEntries(ownedCollections.map((c) => [c, records.owned[c].length])),
    journal: records.journal.length,
    notices: records.notices.length,
  }
}
