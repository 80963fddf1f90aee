// R17 on a real RxDB database (memory storage wrapped as the app wraps it: encryption + validation)
// replicating through a fake bridge: children whose last placement ended more than 8 weeks ago leave
// this PC with their absences, requests, ledger entries, sign-up lines and journal facts; current
// children stay; a child with a change not yet on the server stays until it is; and nothing of the
// removal ever reaches the server, not even after a crash in the middle of one.
import { afterEach, describe, expect, it } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { Args, MethodName } from '../../../shared/api'
import type { CollectionName } from '../../../shared/domain/collections'
import type { PushRow, SyncDoc } from '../../../shared/sync'
import { openDatabase } from '../../../renderer/src/db/database'
import { protectStorage } from '../../../renderer/src/db/storage'
import { startSync, type SyncEngine } from '../../../renderer/src/db/sync-engine'
import type { LocatiedeskDatabase } from '../../../renderer/src/db/collection-types'
import { LOCAL_PURGE_CONTEXT, localPurges } from '../../../renderer/src/db/local-purge-registry'
import { runRetention } from '../../../renderer/src/db/retention'
import { FakeServer, fakePc, type FakePc } from '../support/fake-sync'
import { waitFor } from '../support/wait-for'

const collections: CollectionName[] = ['children', 'absences', 'requests', 'ledger', 'signuplines', 'journal']
const today = '2026-12-02'
const at = '2026-08-01T08:00:00.000Z'
const fact = { by: 'mw-1', device: 'pc-x', at }

const running: { db: LocatiedeskDatabase; engine?: SyncEngine }[] = []
afterEach(async () => {
  for (const { db, engine } of running.splice(0)) {
    await engine?.stop()
    if (!db.closed) await db.close()
  }
})

function child(id: string, end?: string): SyncDoc {
  return {
    id, firstName: id, lastName: 'Test', birthDate: '2022-01-01', taxi: false, locationIds: ['loc-1'],
    medical: { allergies: [], notes: 'geheim' }, collectors: [],
    parents: [{ rank: 1, name: 'Ouder', phones: ['0612345678'], emails: ['ouder@example.nl'] }],
    placements: [{ id: `p-${id}`, groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', weekdays: [1], dayParts: ['ochtend'], start: '2024-01-01', ...(end ? { end } : {}) }],
    ...(end ? { lastPlacementEnd: end } : {}),
    updatedAt: at, _deleted: false,
  }
}

const absenceOf = (childId: string, date = '2026-07-06'): SyncDoc => ({
  id: `${date}:${childId}:ochtend`, childId, groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', date, dayPart: 'ochtend',
  reason: { code: 'ziek' }, reportedAt: at, reportedVia: 'ouder', ...fact, _deleted: false,
})

/** Everything one child has on the server besides itself. */
function factsOf(childId: string): Record<Exclude<CollectionName, 'children'>, SyncDoc[]> {
  const absence = absenceOf(childId)
  return {
    absences: [absence],
    ledger: [{ id: `opgebouwd:${absence.id}`, childId, locationId: 'loc-1', unit: 'ruiluren', careType: 'KDV', kind: 'opgebouwd', amount: 5.5, date: '2026-07-06', validUntil: '2026-11-03', sourceId: absence.id, ...fact, _deleted: false }],
    requests: [{
      id: `req-${childId}`, childId, groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', date: '2026-07-10', dayPart: 'ochtend',
      kind: 'extra dag', payment: 'factuur', hours: 5.5, submittedVia: 'medewerker', status: 'ingediend', decisions: [], ...fact, updatedAt: at, _deleted: false,
    }],
    signuplines: [{
      id: `line-${childId}`, sheetId: 'loc-1:2026-07-08', locationId: 'loc-1', date: '2026-07-08', childId, dayPart: 'hele dag', parentName: 'Ouder',
      signature: { width: 100, height: 40, strokes: [{ points: [[1, 2, 0, 0.5]] }] }, signedAt: at, billing: 'factuur', ...fact, _deleted: false,
    }],
    journal: [{ id: `correctie:${absence.id}`, kind: 'correctie', locationId: 'loc-1', targetId: absence.id, date: '2026-07-06', groupId: 'g-1', reason: 'verkeerd kind', ...fact, _deleted: false }],
    attendance: [], locations: [], studydays: [], signupsheets: [], staff: [], notices: [],
  }
}

function seed(server: FakeServer, children: SyncDoc[]): void {
  server.seed('children', children)
  for (const c of children) for (const [name, docs] of Object.entries(factsOf(c.id))) if (docs.length > 0) server.seed(name, docs)
}

/** A fake PC that records every row it pushes. */
function recordingPc(server: FakeServer): { bridge: FakePc; pushed: { collection: string; row: PushRow }[] } {
  const bridge = fakePc(server, 'pc-a')
  const pushed: { collection: string; row: PushRow }[] = []
  const invoke = bridge.invoke.bind(bridge)
  bridge.invoke = <M extends MethodName>(method: M, args: Args<M>) => {
    if (method === 'sync.push') for (const row of (args as Args<'sync.push'>).rows) pushed.push({ collection: (args as Args<'sync.push'>).collection, row })
    return invoke(method, args)
  }
  return { bridge, pushed }
}

let dbCounter = 0
const newName = () => `pc${++dbCounter}`

async function openPc(storage: ReturnType<typeof getRxStorageMemory>, bridge: FakePc | null, name: string) {
  const db = await openDatabase({ storage: await protectStorage(storage, true), password: 'sleutel-van-deze-pc', name, collections })
  const engine = bridge ? await startSync({ db, bridge, serverUrl: 'http://fake', retryTimeMs: 50 }) : undefined
  running.push({ db, ...(engine ? { engine } : {}) })
  return { db, engine }
}

/** Stored in the collection at all, tombstones included: a purge must leave nothing. */
async function stored(db: LocatiedeskDatabase, collection: CollectionName, ids: string[]): Promise<string[]> {
  const docs = await db.collections[collection].storageInstance.findDocumentsById(ids, true)
  return docs.map((doc) => (doc as { id: string }).id)
}

async function everything(db: LocatiedeskDatabase, childId: string): Promise<string[]> {
  const out = await stored(db, 'children', [childId])
  for (const [name, docs] of Object.entries(factsOf(childId))) {
    if (docs.length > 0) out.push(...(await stored(db, name as CollectionName, docs.map((d) => d.id))))
  }
  return out
}

const deletionsPushed = (pushed: { row: PushRow }[]) => pushed.filter(({ row }) => row.newDocumentState._deleted)

describe('R17 retention on the PC', () => {
  it('removes children who left more than 8 weeks ago with their documents, locally only, and keeps the others', async () => {
    const server = new FakeServer()
    // Left 2026-09-01: 8 weeks later is 2026-10-27, before today. Left 2026-11-01: still within 8 weeks.
    seed(server, [child('k-weg', '2026-09-01'), child('k-recent', '2026-11-01'), child('k-lopend'), child('k-offline', '2026-09-01')])
    const { bridge, pushed } = recordingPc(server)
    const { db, engine } = await openPc(getRxStorageMemory(), bridge, newName())
    await engine!.firstSyncDone
    await waitFor(async () => (await everything(db, 'k-offline')).length === 6, 5_000, 'all documents pulled')

    // k-offline gets an absence entered while the PC is offline: not yet on the server.
    bridge.setOnline(false)
    const { _deleted: _unused, ...offlineAbsence } = absenceOf('k-offline', '2026-08-31')
    await db.absences.insert(offlineAbsence as never)
    await waitFor(() => engine!.pending.count === 1, 2_000, 'the offline absence waiting')

    // Offline, the absences' replication keeps retrying its push: this run leaves their meta copies for the next.
    const report = await runRetention({ db, today, replicationOf: (name) => engine!.replication(name), settleTimeoutMs: 300 })
    expect(report.removed).toEqual(['k-weg'])
    expect(report.kept).toEqual(['k-offline'])
    expect(report.documents).toBe(6)
    expect(await everything(db, 'k-weg')).toEqual([])
    expect((await everything(db, 'k-recent')).length).toBe(6)
    expect((await everything(db, 'k-lopend')).length).toBe(6)
    expect((await everything(db, 'k-offline')).length).toBe(6)
    // The replication's own copy of the server state (meta) is gone too.
    const meta = await engine!.replication('children')!.metaInstance!.findDocumentsById(['k-weg|0', 'k-recent|0'], true)
    expect(meta.map((m) => m.itemId)).toEqual(['k-recent'])
    // Removing is not a change that waits for the server.
    expect(engine!.pending.count).toBe(1)

    // Back online: the waiting absence goes out, the next run removes k-offline too.
    bridge.setOnline(true)
    await waitFor(() => engine!.pending.count === 0, 5_000, 'the absence pushed')
    const later = await runRetention({ db, today, replicationOf: (name) => engine!.replication(name) })
    expect(later).toEqual({ removed: ['k-offline'], kept: [], documents: 7 })
    expect(await everything(db, 'k-offline')).toEqual([])
    expect(await db.absences.findOne('2026-08-31:k-offline:ochtend').exec()).toBeNull()

    // Nothing of it went to the server: no deletion pushed, every document still there.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(deletionsPushed(pushed)).toEqual([])
    for (const id of ['k-weg', 'k-offline']) {
      expect(server.get('children', id)).toMatchObject({ id, _deleted: false })
      for (const [name, docs] of Object.entries(factsOf(id))) for (const doc of docs) expect(server.get(name, doc.id)).toMatchObject({ _deleted: false })
    }
    expect(server.get('absences', '2026-08-31:k-offline:ochtend')).toMatchObject({ _deleted: false })
    expect(await localPurges(db).then((r) => r.entries())).toEqual([])
  })

  it('never pushes the tombstones of a purge a crash interrupted, and removes them at the next run', async () => {
    const server = new FakeServer()
    seed(server, [child('k-weg', '2026-09-01')])
    const storage = getRxStorageMemory()
    const name = newName()
    const first = recordingPc(server)
    const pc = await openPc(storage, first.bridge, name)
    await pc.engine!.firstSyncDone
    await waitFor(async () => (await everything(pc.db, 'k-weg')).length === 6, 5_000, 'all documents pulled')
    await pc.engine!.stop()
    // A purge that got as far as registering and writing its tombstones, then the app died.
    const registry = await localPurges(pc.db)
    const absence = absenceOf('k-weg')
    await registry.add('absences', [absence.id])
    const store = pc.db.absences.storageInstance
    const [previous] = await store.findDocumentsById([absence.id], false)
    await store.bulkWrite([{ previous: previous!, document: { ...previous!, _deleted: true } }], LOCAL_PURGE_CONTEXT)
    await pc.db.close()

    const second = recordingPc(server)
    const again = await openPc(storage, second.bridge, name)
    await again.engine!.firstSyncDone
    await waitFor(() => !again.engine!.replication('absences')!.isStopped() && again.engine!.pending.count === 0, 2_000, 'replication running')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(deletionsPushed(second.pushed)).toEqual([])
    expect(server.get('absences', absence.id)).toMatchObject({ _deleted: false })

    const report = await runRetention({ db: again.db, today, replicationOf: (name) => again.engine!.replication(name) })
    expect(report.removed).toEqual(['k-weg'])
    expect(await everything(again.db, 'k-weg')).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(deletionsPushed(second.pushed)).toEqual([])
    expect(server.get('children', 'k-weg')).toMatchObject({ _deleted: false })
  })

  it('runs after the first sync and then on its interval, when startSync is asked to', async () => {
    const server = new FakeServer()
    seed(server, [child('k-weg', '2026-09-01'), child('k-lopend')])
    const { bridge, pushed } = recordingPc(server)
    const db = await openDatabase({ storage: await protectStorage(getRxStorageMemory(), true), password: 'sleutel-van-deze-pc', name: newName(), collections })
    const reports: unknown[] = []
    const engine = await startSync({ db, bridge, serverUrl: 'http://fake', retryTimeMs: 50, retention: { today: () => today, firstRunDelayMs: 10, intervalMs: 50, onReport: (r) => reports.push(r) } })
    running.push({ db, engine })
    await waitFor(() => reports.length >= 2, 10_000, 'two scheduled runs')
    expect(reports[0]).toMatchObject({ removed: ['k-weg'] })
    expect(reports[1]).toEqual({ removed: [], kept: [], documents: 0 })
    expect(await db.children.findOne('k-weg').exec()).toBeNull()
    expect(await db.children.findOne('k-lopend').exec()).not.toBeNull()
    expect(deletionsPushed(pushed)).toEqual([])
    await engine.stop()
    const count = reports.length
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(reports.length).toBe(count)
  })
})
