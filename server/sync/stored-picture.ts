// The stored picture that checks may read (checks/check.ts), over the writing transaction. Rows an
// earlier row of the same push is about to write count too: two reservations in one batch must
// not both spend the same hours.
import type { LedgerEntry } from '../../shared/domain'
import type { SyncDoc } from '../../shared/sync'
import type { Queryable } from '../db/db'
import type { StoredPicture } from './checks/check'

export function storedPicture(q: Queryable, collection: string, pending: ReadonlyMap<string, SyncDoc>): StoredPicture {
  const ledgers = new Map<string, Promise<LedgerEntry[]>>()
  return {
    async ledgerOfChild(childId) {
      let read = ledgers.get(childId)
      if (read === undefined) {
        // documents_ledger_child (migration 003) keeps this an index lookup.
        read = q.query<{ data: LedgerEntry }>(
          `SELECT data FROM documents WHERE collection = 'ledger' AND data->>'childId' = $1 AND NOT deleted`, [childId],
        ).then((rows) => rows.map((r) => r.data))
        ledgers.set(childId, read)
      }
      const byId = new Map((await read).map((e) => [e.id, e]))
      if (collection === 'ledger') {
        for (const doc of pending.values()) {
          const entry = doc as SyncDoc & LedgerEntry
          if (entry.childId !== childId) continue
          if (doc._deleted) byId.delete(doc.id)
          else byId.set(doc.id, entry)
        }
      }
      return [...byId.values()]
    },
  }
}
