// Documents this PC is removing from its own database only (R17: the PC keeps a child's data 8 weeks
// after the last placement, the server keeps it 24 months). RxDB can only remove a document by
// writing a deletion (a tombstone), and its replication pushes every local write: left alone, the
// server would be told to delete what it must keep. Every replication's push modifier therefore
// drops the deletion of a registered document (RxDB's masterWrite skips a row whose modifier returns
// null and still records it as handled, so it is not retried), and the registry is kept in an RxDB
// local document (never replicated), written BEFORE the tombstones: a crash between the two writes
// and the tombstones' physical removal still finds them registered at the next start.
import type { CollectionName } from '../../../shared/domain/collections'
import type { LocatiedeskDatabase } from './collection-types'

/** The bulkWrite context of a local purge's tombstones (pending-changes.ts: not a change to wait for). */
export const LOCAL_PURGE_CONTEXT = 'locatiedesk-local-purge'

/** RxDB local document holding the registry. */
export const LOCAL_PURGES_DOC = 'local-purges'

type Stored = { ids: Partial<Record<CollectionName, string[]>> }

export class LocalPurgeRegistry {
  private readonly ids = new Map<CollectionName, Set<string>>()

  constructor(private readonly db: Pick<LocatiedeskDatabase, 'upsertLocal'>, stored?: Stored) {
    for (const [collection, ids] of Object.entries(stored?.ids ?? {}) as [CollectionName, string[]][]) {
      if (ids.length > 0) this.ids.set(collection, new Set(ids))
    }
  }

  has(collection: CollectionName, id: string): boolean {
    return this.ids.get(collection)?.has(id) ?? false
  }

  /** A tombstone of a registered document: this PC's own purge, never to be pushed. */
  isPurgeDeletion(collection: CollectionName, doc: { id?: unknown; _deleted?: unknown }): boolean {
    return doc._deleted === true && typeof doc.id === 'string' && this.has(collection, doc.id)
  }

  entries(): [CollectionName, string[]][] {
    return [...this.ids].map(([collection, ids]) => [collection, [...ids]])
  }

  async add(collection: CollectionName, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return
    const set = this.ids.get(collection) ?? new Set<string>()
    for (const id of ids) set.add(id)
    this.ids.set(collection, set)
    await this.save()
  }

  /** Forget ids whose purge is complete (no document, no replication meta left). */
  async drop(collection: CollectionName, ids: readonly string[]): Promise<void> {
    const set = this.ids.get(collection)
    if (!set || ids.length === 0) return
    for (const id of ids) set.delete(id)
    if (set.size === 0) this.ids.delete(collection)
    await this.save()
  }

  private async save(): Promise<void> {
    const stored: Stored = { ids: Object.fromEntries(this.entries()) }
    await this.db.upsertLocal(LOCAL_PURGES_DOC, stored)
  }
}

const registries = new WeakMap<object, LocalPurgeRegistry>()

/** The database's registry, read from its local document once (before any replication starts). */
export async function localPurges(db: LocatiedeskDatabase): Promise<LocalPurgeRegistry> {
  const known = registries.get(db)
  if (known) return known
  const data: unknown = (await db.getLocal(LOCAL_PURGES_DOC))?.toJSON().data
  const registry = registries.get(db) ?? new LocalPurgeRegistry(db, isStored(data) ? data : undefined)
  registries.set(db, registry)
  return registry
}

/**
 * RxDB push modifier of every replication (replication.ts, window-pass.ts): null drops the row. Until
 * the registry is loaded nothing is dropped; startSync loads it before it starts a replication.
 */
export function skipLocalPurges<T extends { id?: unknown; _deleted?: unknown }>(db: LocatiedeskDatabase, collection: CollectionName) {
  return (doc: T): T | null => (registries.get(db)?.isPurgeDeletion(collection, doc) ? null : doc)
}

function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null) return false
  const ids = (value as { ids?: unknown }).ids
  return typeof ids === 'object' && ids !== null
    && Object.values(ids).every((list) => Array.isArray(list) && list.every((id) => typeof id === 'string'))
}
