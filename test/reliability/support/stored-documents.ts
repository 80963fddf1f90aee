// What each side holds at the end of a convergence run, in one shape: per collection, the documents
// by id without RxDB's own bookkeeping (_rev, _meta, _attachments, _deleted), deleted ones left out.
// A PC's side is read straight from its IndexedDB (RxDB's Dexie storage, as local-store.ts does); the
// server's from its documents table, limited to what the PC's device may see (documents.scope).
import { sameJson as sameContent } from '../../../renderer/src/db/merge-attendance'
import type { Page } from '@playwright/test'
import type { Db } from '../../../server/db/db'
import { collectionNames, type CollectionName } from '../../../shared/domain/collections'
import { schemas, type DomainSchema } from '../../../shared/domain/schemas'
import { retentionSelection, type RetentionChild } from '../../../shared/rules/retention'

/** RxDB's encryption plugin keeps these fields ciphered at rest on a PC: only their presence compares. */
const ENCRYPTED = '(versleuteld)'
const encryptedFields = (collection: CollectionName): readonly string[] => (schemas[collection] as DomainSchema).encrypted ?? []

export type StoredDoc = Record<string, unknown>
export type Snapshot = Record<CollectionName, Map<string, StoredDoc>>

function emptySnapshot(): Snapshot {
  return Object.fromEntries(collectionNames.map((c) => [c, new Map<string, StoredDoc>()])) as Snapshot
}

/**
 * The document's own fields: replication bookkeeping and the deleted flag are not content. With
 * `masked`, encrypted fields are reduced to a marker (a PC holds them ciphered; the server, plain).
 */
export function contentOf(doc: StoredDoc, masked?: CollectionName): StoredDoc {
  const { _rev: _r, _meta: _m, _attachments: _a, _deleted: _d, ...fields } = doc
  if (masked !== undefined) for (const field of encryptedFields(masked)) if (fields[field] !== undefined) fields[field] = ENCRYPTED
  return fields
}

/** One collection as a PC keeps it (RxDB's fields included), read in its page. */
export async function localCollection(page: Page, name: CollectionName): Promise<StoredDoc[]> {
  const [rows] = await readCollections(page, [name])
  return rows?.[1] ?? []
}

/** Every document a PC keeps, read in its page. */
export async function localSnapshot(page: Page): Promise<Snapshot> {
  const rows = await readCollections(page, collectionNames)
  const snapshot = emptySnapshot()
  for (const [name, docs] of rows) {
    for (const doc of docs) {
      // Dexie storage keeps the deleted flag as `_deleted` (a number or boolean): either way it is gone.
      if (doc._deleted === true || doc._deleted === 1) continue
      snapshot[name as CollectionName].set(String(doc.id), contentOf(doc, name as CollectionName))
    }
  }
  return snapshot
}

async function readCollections(page: Page, names: readonly CollectionName[]): Promise<[string, StoredDoc[]][]> {
  return page.evaluate(async (names) => {
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    const out: [string, Record<string, unknown>[]][] = []
    for (const name of names) {
      const db = await request(indexedDB.open(`rxdb-dexie-locatiedesk--0--${name}`))
      try {
        const docs = db.objectStoreNames.contains('docs')
          ? await request(db.transaction('docs', 'readonly').objectStore('docs').getAll()) as Record<string, unknown>[]
          : []
        out.push([name, docs])
      } finally {
        db.close()
      }
    }
    return out
  }, [...names])
}

/** The tags a registered PC reads (server/sync/scope-tags.ts callerTags), from the devices table. */
export async function deviceTags(db: Db, deviceId: string): Promise<string[]> {
  const rows = await db.query<{ location_ids: string[] | null }>('SELECT location_ids FROM devices WHERE id = $1', [deviceId])
  const device = rows[0]
  if (!device) throw new Error(`no device ${deviceId} on the server`)
  const places = device.location_ids === null ? ['loc'] : device.location_ids.map((id) => `loc:${id}`)
  return ['*', `device:${deviceId}`, ...places]
}

/** The server's documents, all of them or those whose scope overlaps `tags` (then masked as a PC's). */
export async function serverSnapshot(db: Db, tags?: readonly string[]): Promise<Snapshot> {
  const rows = tags === undefined
    ? await db.query<{ collection: string; id: string; data: StoredDoc }>('SELECT collection, id, data FROM documents WHERE NOT deleted')
    : await db.query<{ collection: string; id: string; data: StoredDoc }>(
      'SELECT collection, id, data FROM documents WHERE NOT deleted AND scope && $1::text[]', [[...tags]])
  const snapshot = emptySnapshot()
  for (const row of rows) {
    if (!(collectionNames as readonly string[]).includes(row.collection)) continue
    const collection = row.collection as CollectionName
    snapshot[collection].set(row.id, contentOf(row.data, tags === undefined ? undefined : collection))
  }
  return snapshot
}

/** Equal JSON values, whatever the key order; an undefined property is no property (the app's own comparison). */
export { sameContent }

/** Where two snapshots differ, one line per document (at most `limit` lines). */
export function snapshotDifferences(left: Snapshot, right: Snapshot, names: { left: string; right: string }, limit = 20): string[] {
  const out: string[] = []
  for (const collection of collectionNames) {
    const l = left[collection]
    const r = right[collection]
    for (const [id, doc] of l) {
      const other = r.get(id)
      if (other === undefined) out.push(`${collection}/${id}: on ${names.left}, not on ${names.right}`)
      else if (!sameContent(doc, other)) out.push(`${collection}/${id}: differs: ${names.left} ${JSON.stringify(doc)} ≠ ${names.right} ${JSON.stringify(other)}`)
    }
    for (const id of r.keys()) if (!l.has(id)) out.push(`${collection}/${id}: on ${names.right}, not on ${names.left}`)
  }
  return out.slice(0, limit)
}

/**
 * The snapshot without what R17 lets a PC remove locally (renderer/src/db/retention.ts): children
 * whose last placement ended long enough ago, their own absences, requests, ledger entries and
 * sign-up lines, and the journal facts about those. The server keeps them; a PC may or may not yet.
 */
export function withoutRetired(snapshot: Snapshot, today: string): Snapshot {
  const children = [...snapshot.children.values()] as unknown as RetentionChild[]
  const retired = new Set(retentionSelection({ children, today }))
  if (retired.size === 0) return snapshot
  const out = { ...snapshot }
  const owned = new Set<string>()
  const keep = (collection: CollectionName, gone: (doc: StoredDoc, id: string) => boolean) => {
    out[collection] = new Map([...snapshot[collection]].filter(([id, doc]) => {
      if (!gone(doc, id)) return true
      owned.add(id)
      return false
    }))
  }
  keep('children', (_doc, id) => retired.has(id))
  for (const collection of ['absences', 'requests', 'ledger', 'signuplines'] as const) keep(collection, (doc) => retired.has(String(doc.childId)))
  keep('journal', (doc) => owned.has(String(doc.targetId)))
  return out
}
