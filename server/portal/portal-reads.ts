// What the parent channel reads about one child: the child, the locations of its placements, its
// ledger, its requests, its sign-up lines and the facts about them, and whether its school is
// closed on a date. Reads of one child's documents go through the scope tags of the child's
// locations (GIN, migration 005) and then jsonb containment, never a whole collection.
import type { Child, JournalEntry, LedgerEntry, Location, Request, SignupLine } from '../../shared/domain'
import { studyDayId } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import type { Queryable } from '../db/db'
import { readDocuments } from '../sync/document-store'
import { locationTag } from '../sync/scope-tags'

async function readOne<T>(q: Queryable, collection: string, id: string): Promise<T | null> {
  const doc = (await readDocuments(q, collection, [id])).get(id)
  return doc === undefined || doc._deleted ? null : (doc as SyncDoc & T)
}

export const readChild = (q: Queryable, id: string): Promise<Child | null> => readOne<Child>(q, 'children', id)

/** The locations of the child's placements (and of the child's own list), by id. */
export async function readChildLocations(q: Queryable, child: Child): Promise<Map<string, Location>> {
  const ids = [...new Set([...child.locationIds, ...child.placements.map((p) => p.locationId)])]
  const docs = await readDocuments(q, 'locations', ids)
  return new Map([...docs.values()].filter((d) => !d._deleted).map((d) => [d.id, d as SyncDoc & Location]))
}

export async function readLedger(q: Queryable, childId: string): Promise<LedgerEntry[]> {
  // documents_ledger_child (migration 003) keeps this an index lookup.
  const rows = await q.query<{ data: LedgerEntry }>(
    `SELECT data FROM documents WHERE collection = 'ledger' AND data->>'childId' = $1 AND NOT deleted`, [childId],
  )
  return rows.map((r) => r.data)
}

function tagsOf(child: Child): string[] {
  return [...new Set([...child.locationIds, ...child.placements.map((p) => p.locationId)])].map(locationTag)
}

/** Documents of one child in one collection, found through the scope tags of the child's locations. */
async function readOfChild<T>(q: Queryable, collection: string, child: Child, contains: object = {}): Promise<T[]> {
  const tags = tagsOf(child)
  if (tags.length === 0) return []
  const rows = await q.query<{ data: T }>(
    `SELECT data FROM documents
      WHERE collection = $1 AND NOT deleted AND scope && $2::text[] AND data @> $3::jsonb
      ORDER BY data->>'date', id`,
    [collection, tags, JSON.stringify({ ...contains, childId: child.id })],
  )
  return rows.map((r) => r.data)
}

export const readRequests = (q: Queryable, child: Child, contains: object = {}): Promise<Request[]> =>
  readOfChild<Request>(q, 'requests', child, contains)

export const readSignupLines = (q: Queryable, child: Child): Promise<SignupLine[]> => readOfChild<SignupLine>(q, 'signuplines', child)

/** The journal facts about some of the child's documents (a line's withdrawal, its processing or rejection). */
export async function readFactsAbout(q: Queryable, child: Child, targetIds: readonly string[]): Promise<JournalEntry[]> {
  if (targetIds.length === 0) return []
  const rows = await q.query<{ data: JournalEntry }>(
    `SELECT data FROM documents
      WHERE collection = 'journal' AND NOT deleted AND scope && $1::text[]
        AND data->>'targetId' IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [tagsOf(child), JSON.stringify(targetIds)],
  )
  return rows.map((r) => r.data)
}

/** Whether the child's school has a studiedag or schoolsluitingsdag on the date (R3). */
export async function schoolClosedOn(q: Queryable, child: Child, date: string): Promise<boolean> {
  if (child.schoolId === undefined) return false
  return (await readOne(q, 'studydays', studyDayId(child.schoolId, date))) !== null
}
