// F7 after a restart: the writes made before it are found by a scan (PendingChanges.reconcile) that
// runs after the replication starts. Until it is done the count is 0 without meaning "Alles opgeslagen
// op de server": found by the crash-safety spec (test/reliability), where the indicator said so right
// after a restart while 500 approvals still waited. The engine must say it is still counting.
import { afterEach, describe, expect, it } from 'vitest'
import { combineLatest } from 'rxjs'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import { openDatabase } from '../../../renderer/src/db/database'
import { protectStorage } from '../../../renderer/src/db/storage'
import { startSync, type SyncEngine } from '../../../renderer/src/db/sync-engine'
import { PendingChanges } from '../../../renderer/src/db/pending-changes'
import { toSyncDoc } from '../../../renderer/src/db/sync-doc'
import type { RxReplicationState } from 'rxdb/plugins/replication'
import type { LocatiedeskDatabase } from '../../../renderer/src/db/collection-types'
import { recordAttendance } from '../../../renderer/src/features/attendance/record-attendance'
import { FakeServer, fakePc, type FakePc } from '../support/fake-sync'
import { waitFor } from '../support/wait-for'

const open: { db: LocatiedeskDatabase; engine: SyncEngine }[] = []

async function startPc(bridge: FakePc, storage: ReturnType<typeof getRxStorageMemory>, name: string) {
  const db = await openDatabase({ storage: await protectStorage(storage, true), password: 'test-sleutel-1234', name, collections: ['attendance'] })
  const engine = await startSync({ db, bridge, serverUrl: 'http://fake', retryTimeMs: 50 })
  const pc = { db, engine }
  open.push(pc)
  return pc
}

async function stopPc(pc: { db: LocatiedeskDatabase; engine: SyncEngine }) {
  open.splice(open.indexOf(pc), 1)
  await pc.engine.stop()
  await pc.db.close()
}

afterEach(async () => {
  for (const pc of open.splice(0)) {
    await pc.engine.stop()
    await pc.db.close()
  }
})

const place = { date: '2026-12-02', groupId: 'g-1', locationId: 'loc-1', by: 'mw-1', device: 'pc-a' }

describe('pending changes after a restart', () => {
  it('is "still counting", never "nothing waiting", until the writes made before the restart are counted', async () => {
    const server = new FakeServer()
    const bridge = fakePc(server, 'pc-a')
    const storage = getRxStorageMemory()
    const first = await startPc(bridge, storage, 'restart-pc')
    await first.engine.firstSyncDone
    bridge.setOnline(false)
    for (const [i, childId] of ['k-1', 'k-2', 'k-3'].entries()) {
      await recordAttendance(first.db.attendance, { ...place, groupId: `g-${i}`, action: 'checkIn', childId, at: '2026-12-02T07:40:00.000Z' })
    }
    await waitFor(() => first.engine.pending.count === 3, 2_000, 'three days waiting')
    await stopPc(first)

    const again = await startPc(bridge, storage, 'restart-pc')
    // What a screen subscribing right after the start sees, in order.
    const seen: string[] = []
    const sub = combineLatest([again.engine.pending.count$, again.engine.pending.counting$])
      .subscribe(([count, counting]) => seen.push(counting ? `counting ${count}` : `${count}`))
    await waitFor(() => seen.includes('3'), 5_000, 'the three found after the restart')
    sub.unsubscribe()
    expect(seen[0]).toBe('counting 0')
    expect(seen.slice(0, seen.indexOf('3'))).not.toContain('0')
    expect(again.engine.pending.counting).toBe(false)
  })

  it('ends counting on a PC with nothing waiting, at 0', async () => {
    const server = new FakeServer()
    const bridge = fakePc(server, 'pc-b')
    const storage = getRxStorageMemory()
    const first = await startPc(bridge, storage, 'quiet-pc')
    await first.engine.firstSyncDone
    await recordAttendance(first.db.attendance, { ...place, action: 'checkIn', childId: 'k-1', at: '2026-12-02T07:40:00.000Z' })
    await waitFor(() => first.engine.pending.count === 0 && server.get('attendance', '2026-12-02:g-1') !== undefined, 5_000, 'pushed')
    await stopPc(first)

    const again = await startPc(bridge, storage, 'quiet-pc')
    expect(again.engine.pending.counting).toBe(true)
    await waitFor(() => !again.engine.pending.counting, 5_000, 'counted')
    expect(again.engine.pending.count).toBe(0)
  })

  it('does not count a write the replication pushed while the scan was reading the server states', async () => {
    // Found by the crash-safety spec: after a restart, pushes finished during the scan stayed "waiting" for good.
    const db = await openDatabase({ storage: await protectStorage(getRxStorageMemory(), true), password: 'test-sleutel-1234', name: 'scan-race', collections: ['attendance'] })
    open.push({ db, engine: { stop: async () => undefined } as unknown as SyncEngine })
    await recordAttendance(db.attendance, { ...place, action: 'checkIn', childId: 'k-1', at: '2026-12-02T07:40:00.000Z' })
    const [stored] = await db.attendance.find().exec()
    const pending = new PendingChanges()
    // The replication's meta store answers only when released: the server state it read before the push (none).
    let release: () => void = () => undefined
    let asked: () => void = () => undefined
    const metaAsked = new Promise<void>((resolve) => { asked = resolve })
    const replication = {
      startPromise: Promise.resolve(),
      metaInstance: {
        findDocumentsById: () => {
          asked()
          return new Promise<never[]>((resolve) => { release = () => resolve([]) })
        },
      },
    } as unknown as RxReplicationState<unknown, unknown>
    const scan = pending.reconcile(db.attendance, replication)
    await metaAsked
    // Meanwhile the replication pushes that very state and the server accepts it.
    pending.pushed('attendance', [toSyncDoc(stored!.toMutableJSON(true))], [])
    release()
    await scan
    expect(pending.count).toBe(0)
    expect(pending.counting).toBe(false)
  })
})
