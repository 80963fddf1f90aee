// R17 on the PC: a child whose last placement ended more than 8 weeks ago (shared/rules
// retentionSelection, defaults.pcRetentionWeeks) is removed from this PC's database with the
// documents that are its alone: its absences, requests, ledger entries, sign-up lines, and the journal
// facts about those. The server keeps them (24 months): the removal is local (local-purge.ts).
//
// What stays: the attendance entries inside group-day documents. A group-day document is shared by
// all children of the group; taking one child's entry out is an edit of that document, which would
// replicate (the server's record of that day would lose the entry, and other PCs with it) or collide
// with other PCs' check-ins. The entry holds only a child id, times and who recorded them: once the
// child document is gone it names nobody on this PC.
//
// A child with a change the server has not confirmed (a late absence entered offline, a ledger entry
// waiting to be pushed) is kept whole until a later run, after that change reached the server.
import type { RxDocumentData } from 'rxdb'
import type { CollectionName } from '../../../shared/domain/collections'
import { retentionSelection } from '../../../shared/rules'
import type { LocatiedeskDatabase } from './collection-types'
import { finishLocalPurges, purgeLocally } from './local-purge'
import { localPurges, type LocalPurgeRegistry } from './local-purge-registry'
import { confirmedByServer, type ReplicationView } from './server-states'

/** The collections whose documents belong to one child (their `childId`). */
export const perChildCollections = ['absences', 'requests', 'ledger', 'signuplines'] as const satisfies readonly CollectionName[]

export interface RetentionOptions {
  db: LocatiedeskDatabase
  /** 'yyyy-MM-dd' in Europe/Amsterdam, on the server-corrected clock. */
  today: string
  /** The running replication of a collection: it knows which local states the server has confirmed. */
  replicationOf?: (collection: CollectionName) => ReplicationView | undefined
  /**
   * How long to wait for a replication to handle this run's removals before its meta copies are
   * removed (an offline PC whose push of another change is retrying may take longer: the copies then
   * go at a later run). Default SETTLE_TIMEOUT_MS.
   */
  settleTimeoutMs?: number
}

export interface RetentionReport {
  /** Children removed from this PC, with their documents. */
  removed: string[]
  /** Children due for removal but kept: a document of theirs holds a change the server has not confirmed. */
  kept: string[]
  /** Documents removed, all collections together. */
  documents: number
}

type Doc = { id: string }
type Owned = { collection: CollectionName; doc: RxDocumentData<Doc>; childId: string }

export async function runRetention(options: RetentionOptions): Promise<RetentionReport> {
  const { db } = options
  const replicationOf = options.replicationOf ?? (() => undefined)
  const registry = await localPurges(db)
  const report: RetentionReport = { removed: [], kept: [], documents: 0 }
  if (db.collections.children) {
    const children = await db.collections.children.find().exec()
    const due = retentionSelection({ children: children.map((child) => ({ id: child.id, placements: child.placements })), today: options.today })
    if (due.length > 0) await removeChildren(db, due, replicationOf, report)
  }
  // Also what an earlier run or an interrupted one left: tombstones, the replications' copies.
  await finishLocalPurges(db, registry, replicationOf, options.settleTimeoutMs)
  return report
}

async function removeChildren(
  db: LocatiedeskDatabase, due: readonly string[], replicationOf: NonNullable<RetentionOptions['replicationOf']>, report: RetentionReport,
): Promise<void> {
  const registry = await localPurges(db)
  const owned = await documentsOf(db, registry, due)
  // Per child: is every document's state the server's?
  const unconfirmed = new Set<string>()
  for (const [collection, docs] of groupBy(owned, (o) => o.collection)) {
    const confirmed = await confirmedByServer(replicationOf(collection), docs.map((o) => o.doc))
    for (const o of docs) if (!confirmed.has(o.doc.id)) unconfirmed.add(o.childId)
  }
  const leaving = new Set(due.filter((id) => !unconfirmed.has(id)))
  // The child's own documents first, the child last: a child whose documents could not all be removed
  // (one was written meanwhile) stays, so a later run finds them again through it.
  const incomplete = new Set<string>()
  const facts = owned.filter((o) => o.collection !== 'children' && leaving.has(o.childId))
  for (const [collection, docs] of groupBy(facts, (o) => o.collection)) {
    const removed = new Set(await purgeLocally(db, registry, collection, docs.map((o) => o.doc)))
    report.documents += removed.size
    for (const o of docs) if (!removed.has(o.doc.id)) incomplete.add(o.childId)
  }
  const childDocs = owned.filter((o) => o.collection === 'children' && leaving.has(o.childId) && !incomplete.has(o.childId))
  const removedChildren = await purgeLocally(db, registry, 'children', childDocs.map((o) => o.doc))
  report.documents += removedChildren.length
  report.removed = removedChildren
  report.kept = due.filter((id) => unconfirmed.has(id) || incomplete.has(id))
}

/** The children's documents as stored (with their revisions, for the conditional removal). */
async function documentsOf(db: LocatiedeskDatabase, registry: LocalPurgeRegistry, childIds: readonly string[]): Promise<Owned[]> {
  const owned: Owned[] = []
  const read = async (collection: CollectionName, ids: readonly string[], childOf: (doc: Doc) => string | undefined) => {
    if (ids.length === 0) return
    const store = db.collections[collection].storageInstance
    for (const doc of (await store.findDocumentsById([...ids], false)) as RxDocumentData<Doc>[]) {
      const childId = childOf(doc)
      if (childId !== undefined) owned.push({ collection, doc, childId })
    }
  }
  await read('children', childIds, (doc) => doc.id)
  const ownerOf = new Map<string, string>()
  for (const collection of perChildCollections) {
    const rx = db.collections[collection]
    if (!rx) continue
    const docs = await rx.find({ selector: { childId: { $in: [...childIds] } } }).exec()
    for (const doc of docs) ownerOf.set(doc.id, doc.childId)
    await read(collection, docs.map((doc) => doc.id), (doc) => ownerOf.get(doc.id))
  }
  // A purge a crash interrupted left tombstones, which no query finds: their journal facts still count.
  const due = new Set(childIds)
  for (const [collection, ids] of registry.entries()) {
    if (!(perChildCollections as readonly CollectionName[]).includes(collection)) continue
    for (const doc of (await db.collections[collection].storageInstance.findDocumentsById(ids, true)) as RxDocumentData<{ id: string; childId: string }>[]) {
      if (doc._deleted && due.has(doc.childId)) ownerOf.set(doc.id, doc.childId)
    }
  }
  // Journal facts about those documents (a correction of an absence, a withdrawn or processed line).
  if (db.collections.journal && ownerOf.size > 0) {
    const about = await db.collections.journal.find({ selector: { targetId: { $in: [...ownerOf.keys()] } } }).exec()
    const journalOwner = new Map(about.map((doc) => [doc.id, ownerOf.get(doc.targetId)]))
    await read('journal', about.map((doc) => doc.id), (doc) => journalOwner.get(doc.id))
  }
  return owned
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}
