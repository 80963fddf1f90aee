// The snapshot of a locked list in RxDB local documents, on a real database (memory storage).
import { afterEach, describe, expect, it } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import { openDatabase } from '../../../../../renderer/src/db/database'
import { protectStorage } from '../../../../../renderer/src/db/storage'
import type { LocatiedeskDatabase } from '../../../../../renderer/src/db/collection-types'
import { freezePlanning } from '../../../../../renderer/src/features/attendance/list-tools/list-snapshot'
import { readSnapshot, saveSnapshot, snapshotDocId, watchSnapshot } from '../../../../../renderer/src/features/attendance/list-tools/snapshot-store'
import { waitFor } from '../../../support/wait-for'
import { child, date } from './fixtures'

const opened: LocatiedeskDatabase[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close()
})

async function database(): Promise<LocatiedeskDatabase> {
  const db = await openDatabase({
    storage: await protectStorage(getRxStorageMemory(), false), password: 'sleutel-van-deze-pc',
    name: `s${Math.random().toString(36).slice(2)}`, collections: ['journal'],
  })
  opened.push(db)
  return db
}

const snapshotOf = (groupId: string, listDate: string, at: string) =>
  freezePlanning({ groupId, date: listDate, at: new Date(at), children: [child('k-daan', 'Daan', 'Bakker', { groupId })], requests: [] })

describe('snapshot store', () => {
  it('stores a snapshot as a local document and the list sees it appear and change', async () => {
    const db = await database()
    const seen: (string | null)[] = []
    const sub = watchSnapshot(db, `${date}:g-1`).subscribe((s) => seen.push(s?.takenAt ?? null))
    await saveSnapshot(db, snapshotOf('g-1', date, '2026-12-02T06:00:00.000Z'))
    await saveSnapshot(db, snapshotOf('g-1', date, '2026-12-02T09:00:00.000Z'))
    await waitFor(() => seen.length >= 3, 2_000, 'three emissions')
    expect(seen).toEqual([null, '2026-12-02T06:00:00.000Z', '2026-12-02T09:00:00.000Z'])
    expect((await readSnapshot(db, `${date}:g-1`))?.planning.children.map((c) => c.id)).toEqual(['k-daan'])
    sub.unsubscribe()
  })

  it('removes the snapshots taken on earlier days when one is saved, keeping those of the same day', async () => {
    const db = await database()
    await saveSnapshot(db, snapshotOf('g-1', '2026-11-30', '2026-12-01T10:00:00.000Z'))
    await saveSnapshot(db, snapshotOf('g-2', date, '2026-12-02T07:00:00.000Z'))
    await saveSnapshot(db, snapshotOf('g-1', date, '2026-12-02T08:00:00.000Z'))
    expect(await readSnapshot(db, '2026-11-30:g-1')).toBeNull()
    expect(await db.getLocal(snapshotDocId('2026-11-30:g-1'))).toBeNull()
    expect((await readSnapshot(db, `${date}:g-2`))?.takenOn).toBe(date)
    expect((await readSnapshot(db, `${date}:g-1`))?.takenOn).toBe(date)
  })

  it('reads anything else under that name as no snapshot', async () => {
    const db = await database()
    await db.upsertLocal(snapshotDocId('x'), { something: 'else' })
    expect(await readSnapshot(db, 'x')).toBeNull()
  })
})
