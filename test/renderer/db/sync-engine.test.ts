// The first sync of a new PC: what today's lists stand on comes first, progress is reported, and a
// PC that synced before starts everything at once.
import { afterEach, describe, expect, it } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { Args, MethodName } from '../../../shared/api'
import type { SyncDoc } from '../../../shared/sync'
import { openDatabase } from '../../../renderer/src/db/database'
import { protectStorage } from '../../../renderer/src/db/storage'
import { startSync, type SyncEngine } from '../../../renderer/src/db/sync-engine'
import type { FirstSyncProgress } from '../../../renderer/src/db/first-sync-plan'
import type { LocatiedeskDatabase } from '../../../renderer/src/db/collection-types'
import { FakeServer, fakePc } from '../support/fake-sync'

const running: { db: LocatiedeskDatabase; engine: SyncEngine }[] = []
afterEach(async () => {
  for (const { db, engine } of running.splice(0)) {
    await engine.stop()
    if (!db.closed) await db.close()
  }
})

function attendanceDay(i: number): SyncDoc {
  const date = `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`
  return { id: `${date}:g-${i}`, date, groupId: `g-${i}`, locationId: 'loc-1', entries: [], updatedAt: '2026-11-01T08:00:00.000Z', _deleted: false }
}
function location(i: number): SyncDoc {
  return { id: `loc-${i}`, name: `Locatie ${i}`, schools: [], groups: [], updatedAt: '2026-11-01T08:00:00.000Z', _deleted: false }
}

describe('first sync', () => {
  it('pulls master data before attendance, reports progress, and marks itself done', async () => {
    const server = new FakeServer()
    // History written first, so a naive pull in server order would bring it first.
    server.seed('attendance', Array.from({ length: 30 }, (_, i) => attendanceDay(i)))
    server.seed('locations', Array.from({ length: 3 }, (_, i) => location(i)))
    const bridge = fakePc(server, 'pc-a')
    const pulls: string[] = []
    const invoke = bridge.invoke.bind(bridge)
    bridge.invoke = <M extends MethodName>(method: M, args: Args<M>) => {
      if (method === 'sync.pull') pulls.push((args as Args<'sync.pull'>).collection)
      return invoke(method, args)
    }
    const storage = getRxStorageMemory()
    const db = await openDatabase({ storage: await protectStorage(storage, true), password: 'sleutel-van-deze-pc', name: 'nieuw', collections: ['attendance', 'locations'] })
    const engine = await startSync({ db, bridge, serverUrl: 'http://fake', pullBatchSize: 10 })
    running.push({ db, engine })
    const seen: FirstSyncProgress[] = []
    engine.firstSync$.subscribe((p) => seen.push(p))
    const activity: boolean[] = []
    engine.active$.subscribe((busy) => activity.push(busy))
    await engine.firstSyncDone

    expect(pulls.indexOf('attendance')).toBeGreaterThan(pulls.lastIndexOf('locations'))
    expect(seen.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1])).toEqual(['master-data', 'around-today', null])
    expect(seen.at(-1)).toMatchObject({ state: 'done', collectionsDone: 2, collectionsTotal: 2, documents: 33 })
    // "stap X van Y" for F7's bar: one number per phase, counting up to the number of phases.
    expect([...new Set(seen.map((p) => `${p.phaseNumber}/${p.phaseCount}`))]).toEqual(['1/2', '2/2'])
    // "Synchroniseren…" while replications ran, and quiet once they are idle.
    expect(activity).toContain(true)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(activity.at(-1)).toBe(false)
    expect(await db.attendance.count().exec()).toBe(30)

    await engine.stop()
    await db.close()
    const again = await openDatabase({ storage: await protectStorage(storage, true), password: 'sleutel-van-deze-pc', name: 'nieuw', collections: ['attendance', 'locations'] })
    const engineAgain = await startSync({ db: again, bridge, serverUrl: 'http://fake' })
    running.push({ db: again, engine: engineAgain })
    let first: FirstSyncProgress | undefined
    engineAgain.firstSync$.subscribe((p) => { first ??= p })
    expect(first?.state).toBe('done')
  })
})
