// The records the floor writes, from the server's own attendance documents: as RxDB stores them
// (the document plus `_deleted` as its index value '0', `_meta.lwt`, `_rev`, `_attachments`), so that
// every index RxDB keeps has a value to index. Also the same data as one record per child per day,
// DESIGN §4's original floor, for comparison.
import type { Db } from '../../server/db/db'
import type { SyncDoc } from '../../shared/sync'

interface StoredDay extends SyncDoc {
  date: string
  groupId: string
  locationId: string
  entries: ({ childId: string } & Record<string, unknown>)[]
}

function bookkeeping(i: number): Record<string, unknown> {
  return { _deleted: '0', _meta: { lwt: 1_700_000_000_000 + i }, _rev: `1-floor${i}`, _attachments: {} }
}

export async function attendanceDays(db: Db): Promise<StoredDay[]> {
  const rows = await db.query<{ data: StoredDay }>(`SELECT data FROM documents WHERE collection = 'attendance' AND NOT deleted ORDER BY seq`)
  return rows.map((r) => r.data)
}

/** The group-day documents the app stores, one record each. */
export function dayRecords(days: readonly StoredDay[]): object[] {
  return days.map((day, i) => ({ ...day, ...bookkeeping(i) }))
}

/** The same entries as one record per child per day (id date:group:child). */
export function entryRecords(days: readonly StoredDay[]): object[] {
  let i = 0
  return days.flatMap((day) => day.entries.map((entry) => ({
    ...entry, id: `${day.id}:${entry.childId}`, date: day.date, groupId: day.groupId, locationId: day.locationId, ...bookkeeping(i++),
  })))
}

/**
 * Every other document the server holds (children, requests, ledger, absences, …): what the app stores
 * besides attendance, so that PouchDB replicates everything the app does. Ids are made unique across
 * collections (PouchDB keeps one database).
 */
export async function otherDocuments(db: Db): Promise<object[]> {
  const rows = await db.query<{ collection: string; data: SyncDoc }>(
    `SELECT collection, data FROM documents WHERE collection <> 'attendance' AND NOT deleted ORDER BY seq`,
  )
  return rows.map((r) => ({ ...r.data, id: `${r.collection}:${r.data.id}`, collection: r.collection }))
}
