// What the import compares the file with: the stored locations, children and contract balances.
// Read inside the import's transaction, under the seq counter lock, so nothing changes them before
// the import's own writes commit.
import type { Child, LedgerEntry, Location } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import type { Queryable } from '../db/db'
import { CONTRACT_ID_PREFIX } from './contract-balances'

export interface StoredPicture {
  locations: ReadonlyMap<string, Location>
  /** Every child not deleted (the `niet in bestand` report needs those the file does not name). */
  children: ReadonlyMap<string, Child>
  /** The contract entries the import wrote before (contract-balances.ts), of the file's children. */
  contractEntries: readonly LedgerEntry[]
}

export async function readStoredPicture(q: Queryable, childIds: readonly string[]): Promise<StoredPicture> {
  const live = async (collection: string) =>
    (await q.query<{ data: SyncDoc }>('SELECT data FROM documents WHERE collection = $1 AND NOT deleted', [collection])).map((r) => documentOf(r.data))
  const locations = (await live('locations')) as unknown as Location[]
  const children = (await live('children')) as unknown as Child[]
  const ledger = await q.query<{ data: SyncDoc }>(
    `SELECT data FROM documents
      WHERE collection = 'ledger' AND NOT deleted AND starts_with(id, $1)
        AND data->>'childId' IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [CONTRACT_ID_PREFIX, JSON.stringify(childIds)],
  )
  return {
    locations: new Map(locations.map((l) => [l.id, l])),
    children: new Map(children.map((c) => [c.id, c])),
    contractEntries: ledger.map((r) => documentOf(r.data) as unknown as LedgerEntry),
  }
}

/** The document as the domain knows it: the replication's `_deleted` is the store's business. */
function documentOf(data: SyncDoc): Record<string, unknown> {
  const { _deleted: _ignored, ...doc } = data
  return doc
}
