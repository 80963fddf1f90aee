// Planning verversen on a real database: the pull is asked of the sync engine (a stand-in whose
// "pull" brings a changed planning in), the list is rebuilt and frozen anew, and the change is told.
import { afterEach, describe, expect, it } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { CollectionName } from '../../../../../shared/domain'
import { openDatabase } from '../../../../../renderer/src/db/database'
import { protectStorage } from '../../../../../renderer/src/db/storage'
import type { LocatiedeskDatabase } from '../../../../../renderer/src/db/collection-types'
import { freezePlanning } from '../../../../../renderer/src/features/attendance/list-tools/list-snapshot'
import { PLANNING_COLLECTIONS, refreshPlanning, type PlanningSync } from '../../../../../renderer/src/features/attendance/list-tools/refresh-planning'
import { readSnapshot, saveSnapshot } from '../../../../../renderer/src/features/attendance/list-tools/snapshot-store'
import { child, date, group, request } from './fixtures'

const opened: LocatiedeskDatabase[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close()
})

const daan = child('k-daan', 'Daan', 'Bakker')
const lot = child('k-lot', 'Lot', 'Jansen', { dayParts: ['middag'] })
const mo = child('k-mo', 'Mo', 'Yilmaz', { weekdays: [1] })
const now = () => new Date('2026-12-02T09:00:00.000Z')

async function database(): Promise<LocatiedeskDatabase> {
  const db = await openDatabase({
    storage: await protectStorage(getRxStorageMemory(), false), password: 'sleutel-van-deze-pc',
    name: `r${Math.random().toString(36).slice(2)}`, collections: ['children', 'requests'],
  })
  opened.push(db)
  await db.children.bulkInsert([daan, lot, mo])
  await saveSnapshot(db, freezePlanning({ groupId: 'g-1', date, at: new Date('2026-12-02T06:00:00.000Z'), children: [daan, lot, mo], requests: [] }))
  return db
}

/** A sync engine whose pull of `requests` brings the server's newer planning. */
function fakeSync(onPull: () => Promise<void>): PlanningSync & { resynced: CollectionName[] } {
  const resynced: CollectionName[] = []
  let pulling: Promise<void> = Promise.resolve()
  return {
    resynced,
    replication: (name) => ({
      reSync() {
        resynced.push(name)
        if (name === 'requests') pulling = onPull()
      },
      awaitInSync: () => pulling,
    }),
  }
}

describe('refreshPlanning', () => {
  it('pulls the planning now, rebuilds the list from it, freezes it anew and tells what changed', async () => {
    const db = await database()
    const sync = fakeSync(async () => {
      await db.requests.insert(request('r-mo', 'k-mo'))
      await db.children.upsert(child('k-lot', 'Lot', 'Jansen', { dayParts: ['middag'], end: '2026-12-01' }))
    })
    const result = await refreshPlanning({ db, sync, online: true, group, locationId: 'loc-1', date, now })
    expect(sync.resynced).toEqual([...PLANNING_COLLECTIONS])
    expect(result.pull).toBe('pulled')
    expect(result.diff.added.map((c) => c.name)).toEqual(['Mo Yilmaz'])
    expect(result.diff.removed.map((c) => c.name)).toEqual(['Lot Jansen'])
    const stored = await readSnapshot(db, `${date}:g-1`)
    expect(stored?.takenAt).toBe(now().toISOString())
    expect(stored?.planning.requests.map((r) => r.id)).toEqual(['r-mo'])
  })

  it('offline it does not wait for the server: the list is rebuilt from what the PC has', async () => {
    const db = await database()
    await db.requests.insert(request('r-mo', 'k-mo'))
    const sync = fakeSync(() => new Promise(() => {}))
    const result = await refreshPlanning({ db, sync, online: false, group, locationId: 'loc-1', date, now })
    expect(sync.resynced).toEqual([])
    expect(result).toMatchObject({ pull: 'offline', diff: { added: [{ childId: 'k-mo' }], removed: [] } })
  })

  it('a pull that does not finish in time still rebuilds the list', async () => {
    const db = await database()
    const result = await refreshPlanning({ db, sync: fakeSync(() => new Promise(() => {})), online: true, group, locationId: 'loc-1', date, now, timeoutMs: 50 })
    expect(result.pull).toBe('timeout')
    expect(result.diff).toEqual({ added: [], removed: [], changed: [] })
  })
})
