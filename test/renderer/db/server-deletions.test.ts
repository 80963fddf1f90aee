// A PC that holds a child's documents, after the server deleted the child (server/privacy): the
// pulled tombstones and the attendance day without the child replace what it had, and then nothing
// with the child's id or name is left anywhere in its database: not in a collection (tombstones
// included), not in a replication's meta store, not in the purge registry.
import { afterEach, describe, expect, it } from 'vitest'
import { getChangedDocumentsSince, type RxStorageInstance } from 'rxdb'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { CollectionName } from '../../../shared/domain/collections'
import type { SyncDoc } from '../../../shared/sync'
import type { LocatiedeskDatabase } from '../../../renderer/src/db/collection-types'
import { openDatabase } from '../../../renderer/src/db/database'
import { localPurges } from '../../../renderer/src/db/local-purge-registry'
import { protectStorage } from '../../../renderer/src/db/storage'
import { startSync, type SyncEngine } from '../../../renderer/src/db/sync-engine'
import { FakeServer, fakePc } from '../support/fake-sync'
import { waitFor } from '../support/wait-for'

const collections: CollectionName[] = ['children', 'attendance', 'absences', 'journal', 'notices']
const at = '2026-02-20T08:00:00.000Z'
const fact = { by: 'mw-1', device: 'pc-x', at }

const running: { db: LocatiedeskDatabase; engine: SyncEngine }[] = []
afterEach(async () => {
  for (const { db, engine } of running.splice(0)) {
    await engine.stop()
    if (!db.closed) await db.close()
  }
})

function child(id: string, firstName: string): SyncDoc {
  return {
    id, firstName, lastName: 'Verhoeven', birthDate: '2022-05-17', taxi: false, locationIds: ['loc-1'],
    medical: { allergies: ['pinda'], notes: 'epipen' }, collectors: [],
    parents: [{ rank: 1, name: `Ouder van ${firstName}`, phones: ['0612345678'], emails: [`${firstName.toLowerCase()}@example.nl`] }],
    placements: [], updatedAt: at, _deleted: false,
  }
}
const entry = (childId: string) => ({ childId, checkIn: '2026-02-16T07:45:00.000Z', unplanned: false, wentHome: false, ...fact, rev: 1 })
const absenceId = '2026-02-17:k-weg:ochtend'

const docs: Record<string, SyncDoc[]> = {
  children: [child('k-weg', 'Fenna'), child('k-blijft', 'Daan')],
  attendance: [{ id: '2026-02-16:g-1', date: '2026-02-16', groupId: 'g-1', locationId: 'loc-1', entries: [entry('k-weg'), entry('k-blijft')], updatedAt: at, _deleted: false }],
  absences: [{
    id: absenceId, childId: 'k-weg', groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', date: '2026-02-17', dayPart: 'ochtend',
    reason: { code: 'ziek', note: 'koorts' }, reportedAt: at, reportedVia: 'ouder', ...fact, _deleted: false,
  }],
  journal: [{ id: `correctie:${absenceId}`, kind: 'correctie', locationId: 'loc-1', targetId: absenceId, reason: 'fout', ...fact, _deleted: false }],
  notices: [{
    id: 'conflict:pc-a:x', deviceId: 'pc-a', locationId: 'loc-1', kind: 'conflict', collectionName: 'attendance', docId: '2026-02-16:g-1',
    code: 'conflict-verloren', message: 'Je wijziging van Fenna Verhoeven is vervangen', localChange: entry('k-weg'), at, _deleted: false,
  }],
}

/** What the server's privacy deletion writes (server/privacy/privacy-tombstone.ts), pushed over the stored state. */
function deleteOnServer(server: FakeServer): void {
  const replace = (collection: string, doc: SyncDoc) =>
    server.push(collection, [{ newDocumentState: doc, assumedMasterState: server.get(collection, doc.id)! }])
  replace('children', { id: 'k-weg', _deleted: true, locationIds: ['loc-1'] })
  replace('absences', { id: absenceId, _deleted: true, locationId: 'loc-1' })
  replace('journal', { id: `correctie:${absenceId}`, _deleted: true, locationId: 'loc-1' })
  replace('notices', { id: 'conflict:pc-a:x', _deleted: true, locationId: 'loc-1', deviceId: 'pc-a' })
  replace('attendance', { ...docs.attendance![0]!, entries: [entry('k-blijft')], updatedAt: '2026-03-02T07:30:00.000Z' })
}

/** Every row of a storage instance, tombstones included, as text. */
async function everyRow(store: RxStorageInstance<unknown, unknown, unknown>): Promise<string[]> {
  const { documents } = await getChangedDocumentsSince(store as RxStorageInstance<{ id: string }, unknown, unknown>, 100_000)
  return documents.map((doc) => JSON.stringify(doc))
}

async function everythingOnPc(db: LocatiedeskDatabase, engine: SyncEngine): Promise<string[]> {
  const rows: string[] = []
  for (const name of collections) {
    rows.push(...(await everyRow(db.collections[name].storageInstance as RxStorageInstance<unknown, unknown, unknown>)))
    const meta = engine.replication(name)?.metaInstance
    if (meta) rows.push(...(await everyRow(meta as unknown as RxStorageInstance<unknown, unknown, unknown>)))
  }
  rows.push(JSON.stringify((await db.getLocal('local-purges'))?.toJSON() ?? null))
  return rows
}

const mentions = (rows: string[]) => rows.filter((row) => row.includes('k-weg') || row.includes('Fenna'))

describe('a deletion on the server leaves nothing on the PC', () => {
  it('purges pulled tombstones and their replication copies, and keeps the classmate', async () => {
    const server = new FakeServer()
    for (const [name, list] of Object.entries(docs)) server.seed(name, list)
    const db = await openDatabase({ storage: await protectStorage(getRxStorageMemory(), true), password: 'sleutel-van-deze-pc', name: 'privacy-pc', collections })
    const engine = await startSync({ db, bridge: fakePc(server, 'pc-a'), serverUrl: 'http://fake', retryTimeMs: 50 })
    running.push({ db, engine })
    await engine.firstSyncDone
    await waitFor(async () => mentions(await everythingOnPc(db, engine)).length >= 8, 5_000, 'the child on the PC')

    const started = Date.now()
    deleteOnServer(server)
    const registry = await localPurges(db)
    await waitFor(async () => mentions(await everythingOnPc(db, engine)).length === 0 && registry.entries().length === 0, 10_000, 'nothing of the child left')
    const purgedInMs = Date.now() - started

    const day = await db.attendance.findOne('2026-02-16:g-1').exec()
    expect(day?.entries.map((e) => e.childId)).toEqual(['k-blijft'])
    expect(await db.children.findOne('k-blijft').exec()).not.toBeNull()
    // The replications keep running: a later change still arrives.
    server.push('children', [{ newDocumentState: { ...docs.children![1]!, firstName: 'Daniel' }, assumedMasterState: server.get('children', 'k-blijft')! }])
    await waitFor(async () => (await db.children.findOne('k-blijft').exec())?.firstName === 'Daniel', 5_000, 'a later change')
    expect(engine.pending.count).toBe(0)
    // The delay before a purge (DELETION_PURGE_DELAY_MS) and the replications' sync; measured here ≈ 1 s.
    expect(purgedInMs).toBeLessThan(5_000)
  })

  it('still validates live documents in development: only deletions pass without their fields', async () => {
    const db = await openDatabase({ storage: await protectStorage(getRxStorageMemory(), true), password: 'sleutel-van-deze-pc', name: 'privacy-pc-2', collections: ['children'] })
    try {
      const { _deleted: _unused, ...valid } = child('k-1', 'Fenna')
      await expect(db.children.insert({ ...valid, birthDate: 'gisteren' } as never)).rejects.toThrow()
      const store = db.children.storageInstance
      const tombstone = { id: 'k-2', locationIds: ['loc-1'], _deleted: true, _meta: { lwt: Date.now() }, _rev: '1-a', _attachments: {} }
      expect((await store.bulkWrite([{ document: tombstone as never }], 'test')).error).toEqual([])
    } finally {
      await db.close()
    }
  })
})
