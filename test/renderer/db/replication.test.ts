// Two PCs with real RxDB databases (memory storage, wrapped like the app's: encryption + validation)
// replicating through fake bridges against one fake server: the attendance merge, the count of
// waiting changes, and a restart with unsent changes. Only the attendance collection is opened:
// RxDB's open-source build allows 13 open collections per realm.
import { afterEach, describe, expect, it } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { AttendanceDay } from '../../../shared/domain'
import { openDatabase } from '../../../renderer/src/db/database'
import { protectStorage } from '../../../renderer/src/db/storage'
import { startSync, type SyncEngine } from '../../../renderer/src/db/sync-engine'
import type { LocatiedeskDatabase } from '../../../renderer/src/db/collection-types'
import { recordAttendance } from '../../../renderer/src/features/attendance/record-attendance'
import { FakeServer, fakePc, type FakePc } from '../support/fake-sync'
import { waitFor } from '../support/wait-for'

const open: { db: LocatiedeskDatabase; engine: SyncEngine }[] = []
let dbCounter = 0

async function startPc(server: FakeServer, bridge: FakePc, storage = getRxStorageMemory(), name = `pc${++dbCounter}`) {
  const db = await openDatabase({ storage: await protectStorage(storage, true), password: 'test-sleutel-1234', name, collections: ['attendance'] })
  const engine = await startSync({ db, bridge, serverUrl: 'http://fake', retryTimeMs: 50 })
  open.push({ db, engine })
  return { db, engine, storage, name }
}

async function stopPc(pc: { db: LocatiedeskDatabase; engine: SyncEngine }) {
  await pc.engine.stop()
  await pc.db.close()
}

afterEach(async () => {
  for (const pc of open.splice(0)) {
    if (!pc.db.closed) await stopPc(pc)
  }
})

const place = { date: '2026-12-02', groupId: 'g-1', locationId: 'loc-1', by: 'mw-1' }

function childIds(day: AttendanceDay | undefined | null): string[] {
  return (day?.entries ?? []).map((e) => e.childId)
}

describe('replication of attendance days through the bridge', () => {
  it('keeps both children when two offline PCs check in different children of one group-day', async () => {
    const server = new FakeServer()
    const bridgeA = fakePc(server, 'pc-a')
    const bridgeB = fakePc(server, 'pc-b')
    const a = await startPc(server, bridgeA)
    const b = await startPc(server, bridgeB)
    await Promise.all([a.engine.firstSyncDone, b.engine.firstSyncDone])
    bridgeA.setOnline(false)
    bridgeB.setOnline(false)

    await recordAttendance(a.db.attendance, { ...place, action: 'checkIn', childId: 'k-sanne', at: '2026-12-02T07:40:00.000Z', device: 'pc-a' })
    await recordAttendance(b.db.attendance, { ...place, action: 'checkIn', childId: 'k-daan', at: '2026-12-02T07:41:00.000Z', device: 'pc-b' })
    bridgeA.setOnline(true)
    await waitFor(() => childIds(server.get('attendance', '2026-12-02:g-1') as AttendanceDay | undefined).length === 1, 5_000, 'A on the server')
    bridgeB.setOnline(true)

    const both = ['k-daan', 'k-sanne']
    await waitFor(() => childIds(server.get('attendance', '2026-12-02:g-1') as AttendanceDay | undefined).join() === both.join(), 5_000, 'merge on the server')
    for (const pc of [a, b]) {
      await waitFor(async () => childIds((await pc.db.attendance.findOne('2026-12-02:g-1').exec())?.toMutableJSON()).join() === both.join(), 5_000, 'merge on both PCs')
    }
    await waitFor(() => a.engine.pending.count === 0 && b.engine.pending.count === 0, 5_000, 'nothing waiting')
  })

  it('shows a change from the other PC without asking (stream), and counts waiting changes per document', async () => {
    const server = new FakeServer()
    const bridgeA = fakePc(server, 'pc-a')
    const a = await startPc(server, bridgeA)
    const b = await startPc(server, fakePc(server, 'pc-b'))
    await Promise.all([a.engine.firstSyncDone, b.engine.firstSyncDone])

    bridgeA.setOnline(false)
    await recordAttendance(a.db.attendance, { ...place, action: 'checkIn', childId: 'k-1', at: '2026-12-02T07:40:00.000Z', device: 'pc-a' })
    await recordAttendance(a.db.attendance, { ...place, action: 'checkIn', childId: 'k-2', at: '2026-12-02T07:41:00.000Z', device: 'pc-a' })
    await recordAttendance(a.db.attendance, { ...place, groupId: 'g-2', action: 'checkIn', childId: 'k-3', at: '2026-12-02T07:42:00.000Z', device: 'pc-a' })
    await waitFor(() => a.engine.pending.count === 2, 2_000, 'two documents waiting')

    bridgeA.setOnline(true)
    await waitFor(() => a.engine.pending.count === 0, 5_000, 'pushed')
    await waitFor(async () => childIds((await b.db.attendance.findOne('2026-12-02:g-1').exec())?.toMutableJSON()).length === 2, 5_000, 'B sees it')
    expect(b.engine.pending.count).toBe(0)
  })

  it('still counts, and then sends, changes made offline before a restart', async () => {
    const server = new FakeServer()
    const bridge = fakePc(server, 'pc-a')
    const first = await startPc(server, bridge)
    await first.engine.firstSyncDone
    await recordAttendance(first.db.attendance, { ...place, action: 'checkIn', childId: 'k-1', at: '2026-12-02T07:40:00.000Z', device: 'pc-a' })
    await waitFor(() => first.engine.pending.count === 0, 5_000, 'first write pushed')
    bridge.setOnline(false)
    await recordAttendance(first.db.attendance, { ...place, action: 'checkOut', childId: 'k-1', at: '2026-12-02T12:00:00.000Z', device: 'pc-a' })
    await waitFor(() => first.engine.pending.count === 1, 2_000, 'checkout waiting')
    await stopPc(first)

    const again = await startPc(server, bridge, first.storage, first.name)
    await waitFor(() => again.engine.pending.count === 1, 5_000, 'waiting change found after restart')
    bridge.setOnline(true)
    await waitFor(() => (server.get('attendance', '2026-12-02:g-1') as AttendanceDay | undefined)?.entries[0]?.checkOut === '2026-12-02T12:00:00.000Z', 5_000, 'checkout on the server')
    await waitFor(() => again.engine.pending.count === 0, 5_000, 'nothing waiting after push')
  })
})
