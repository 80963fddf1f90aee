// The stored picture that checks may read (checks/check.ts), over the writing transaction. Rows an
// earlier row of the same push is about to write count too: two reservations in one batch must
// not both spend the same hours, two approvals in one batch must not both take the last place.
// Every read is by primary key, by an index, or narrowed to one location by the scope tags (GIN,
// migration 005) and then by jsonb containment, so no check reads a whole collection (the handful of
// locations excepted). Each read is made once per push and kept (a batch of 100 approvals for one
// group reads that group-day once).
import type { Absence, Child, JournalEntry, LedgerEntry, Location, Request, SignupLine, SignupSheet } from '../../shared/domain'
import { readStaff } from '../auth/staff-document'
import type { SyncDoc } from '../../shared/sync'
import type { Queryable } from '../db/db'
import type { GroupDayPlanning, StoredPicture } from './checks/check'
import { readDocuments } from './document-store'
import { locationTag } from './scope-tags'

export function storedPicture(q: Queryable, collection: string, pending: ReadonlyMap<string, SyncDoc>): StoredPicture {
  const cache = new Map<string, Promise<unknown>>()
  /** One read per key and push: the transaction holds the counter lock, so what was read stays true. */
  function once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let hit = cache.get(key) as Promise<T> | undefined
    if (hit === undefined) {
      hit = read()
      cache.set(key, hit)
    }
    return hit
  }
  const pendingOf = <T>(name: string): (SyncDoc & T)[] => (collection === name ? [...pending.values()] as (SyncDoc & T)[] : [])
  /** One document by id: this push's earlier row for it when there is one, else the stored one. */
  async function byId<T>(name: string, id: string): Promise<T | null> {
    const earlier = collection === name ? pending.get(id) : undefined
    if (earlier !== undefined) return earlier._deleted ? null : (earlier as SyncDoc & T)
    return once(`doc:${name}:${id}`, () => readOne<T>(q, name, id))
  }

  return {
    // Staff, locations and children are never written by a push (only through /staff and the
    // import), so their pending rows need not be added.
    staff: (id) => once(`staff:${id}`, () => readStaff(q, id)),
    location: (id) => once(`location:${id}`, () => readOne<Location>(q, 'locations', id)),
    child: (id) => once(`child:${id}`, () => readOne<Child>(q, 'children', id)),
    locationsServingSchool: (schoolId) => once(`school:${schoolId}`, async () => {
      const rows = await q.query<{ id: string }>(
        `SELECT id FROM documents WHERE collection = 'locations' AND NOT deleted AND data @> $1::jsonb ORDER BY id`,
        [JSON.stringify({ schools: [{ id: schoolId }] })],
      )
      return rows.map((r) => r.id)
    }),

    signupLine: (id) => byId<SignupLine>('signuplines', id),
    signupSheet: (id) => byId<SignupSheet>('signupsheets', id),
    journalFact: (id) => byId<JournalEntry>('journal', id),
    request: (id) => byId<Request>('requests', id),
    // privacy_log_child_hash (migration 008) keeps this an index lookup; a push never writes the log.
    privacyLogged: (childHash) => once(`privacy:${childHash}`, async () =>
      (await q.query('SELECT 1 FROM privacy_log WHERE child_hash = $1 LIMIT 1', [childHash])).length > 0),

    async ledgerOfChild(childId) {
      // documents_ledger_child (migration 003) keeps this an index lookup.
      const stored = await once(`ledger:${childId}`, async () => (await q.query<{ data: LedgerEntry }>(
        `SELECT data FROM documents WHERE collection = 'ledger' AND data->>'childId' = $1 AND NOT deleted`, [childId],
      )).map((r) => r.data))
      return withPending(stored, pendingOf<LedgerEntry>('ledger').filter((e) => e.childId === childId))
    },

    async groupDay(day) {
      const stored = await once(`day:${day.locationId}:${day.groupId}:${day.date}`, () => readGroupDay(q, day))
      const approved = withPending(stored.approved, pendingOf<Request>('requests').filter((r) => r.groupId === day.groupId && r.date === day.date))
        .filter((r) => r.status === 'goedgekeurd')
      return { ...stored, approved }
    },
  }
}

/** Stored entries, with this push's earlier rows laid over them (a deleted row takes its entry out). */
function withPending<T extends { id: string }>(stored: readonly T[], pending: readonly (SyncDoc & T)[]): T[] {
  const byId = new Map(stored.map((e) => [e.id, e]))
  for (const doc of pending) {
    if (doc._deleted) byId.delete(doc.id)
    else byId.set(doc.id, doc)
  }
  return [...byId.values()]
}

async function readOne<T>(q: Queryable, collection: string, id: string): Promise<T | null> {
  const doc = (await readDocuments(q, collection, [id])).get(id)
  return doc === undefined || doc._deleted ? null : (doc as SyncDoc & T)
}

/**
 * Documents of one location that contain `contains` (jsonb containment), optionally only those of
 * some children: the GIN index on scope finds the location's rows, containment picks the few.
 */
async function readInLocation<T>(
  q: Queryable, collection: string, locationId: string, contains: object, childIds?: readonly string[],
): Promise<T[]> {
  const params: unknown[] = [collection, locationTag(locationId), JSON.stringify(contains)]
  let ofChildren = ''
  if (childIds !== undefined) {
    params.push(JSON.stringify(childIds))
    ofChildren = `AND data->>'childId' IN (SELECT jsonb_array_elements_text($4::jsonb))`
  }
  const rows = await q.query<{ data: T }>(
    `SELECT data FROM documents
      WHERE collection = $1 AND NOT deleted AND scope @> ARRAY[$2::text] AND data @> $3::jsonb ${ofChildren}`,
    params,
  )
  return rows.map((r) => r.data)
}

async function readGroupDay(q: Queryable, day: { locationId: string; groupId: string; date: string }): Promise<GroupDayPlanning> {
  const children = await readInLocation<Child>(q, 'children', day.locationId, { placements: [{ groupId: day.groupId }] })
  const approved = await readInLocation<Request>(q, 'requests', day.locationId, { groupId: day.groupId, date: day.date, status: 'goedgekeurd' })
  const childIds = [...new Set([...children.map((c) => c.id), ...approved.map((r) => r.childId)])]
  if (childIds.length === 0) return { children, approved, absences: [], corrections: [] }
  const absences = await readInLocation<Absence>(q, 'absences', day.locationId, { date: day.date }, childIds)
  if (absences.length === 0) return { children, approved, absences, corrections: [] }
  // R12: a corrected absence does not count. Corrections are journal facts about the absence (targetId).
  const corrections = await q.query<{ target: string }>(
    `SELECT data->>'targetId' AS target FROM documents
      WHERE collection = 'journal' AND NOT deleted AND scope @> ARRAY[$1::text] AND data @> '{"kind":"correctie"}'::jsonb
        AND data->>'targetId' IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [locationTag(day.locationId), JSON.stringify(absences.map((a) => a.id))],
  )
  return { children, approved, absences, corrections: corrections.map((r) => r.target) }
}
