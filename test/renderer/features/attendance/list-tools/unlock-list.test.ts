import { afterEach, describe, expect, it } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { Role } from '../../../../../shared/domain'
import { permissionsFor } from '../../../../../renderer/src/app/permissions'
import { openDatabase } from '../../../../../renderer/src/db/database'
import { protectStorage } from '../../../../../renderer/src/db/storage'
import type { LocatiedeskDatabase } from '../../../../../renderer/src/db/collection-types'
import { listLocks, unlockedFor } from '../../../../../renderer/src/features/attendance/list-tools/list-lock'
import { recordUnlock, unlockAllowance, unlockEntry } from '../../../../../renderer/src/features/attendance/list-tools/unlock-list'

const today = '2026-12-10'
const device = { locationIds: ['loc-1'] }
const allowance = (role: Role, listDate: string, o: { revoked?: boolean; locationIds?: string[] } = {}) =>
  unlockAllowance({
    permissions: permissionsFor({ role, locationIds: o.locationIds ?? ['loc-1'] }, device, { revoked: o.revoked ?? false }),
    role, revoked: o.revoked ?? false, locationId: 'loc-1', listDate, today,
  })

describe('who may unlock a list (R18)', () => {
  it('any staff member of the location unlocks a list of the last 7 days, or of a coming day', () => {
    for (const role of ['groepsmedewerker', 'senior', 'manager'] as const) {
      expect(allowance(role, today)).toEqual({ allowed: true })
      expect(allowance(role, '2026-12-03')).toEqual({ allowed: true })
      expect(allowance(role, '2026-12-20')).toEqual({ allowed: true })
    }
  })

  it('a list more than 7 days old only a senior or manager; a groepsmedewerker is told why', () => {
    expect(allowance('groepsmedewerker', '2026-12-02')).toEqual({ allowed: false, reason: 'oud' })
    expect(allowance('senior', '2026-12-02')).toEqual({ allowed: true })
    expect(allowance('manager', '2026-11-01')).toEqual({ allowed: true })
  })

  it('not for roles without the right, staff of another location, or on a revoked PC', () => {
    expect(allowance('klantenservice', today)).toEqual({ allowed: false, reason: 'geen-recht' })
    expect(allowance('planner', today)).toEqual({ allowed: false, reason: 'geen-recht' })
    expect(allowance('senior', today, { locationIds: ['loc-2'] })).toEqual({ allowed: false, reason: 'geen-recht' })
    expect(allowance('manager', today, { revoked: true })).toEqual({ allowed: false, reason: 'alleen-bekijken' })
  })
})

describe('the unlock as a fact', () => {
  const input = { date: '2026-12-09', groupId: 'g-1', locationId: 'loc-1', by: 'anouk.devries', device: 'pc-1', at: '2026-12-10T08:15:00.000Z' }

  it('is a journal ontgrendeld entry with who, where, when and which list, its id derived from those', () => {
    expect(unlockEntry(input)).toEqual({
      id: 'ontgrendeld:2026-12-09:g-1:anouk.devries:2026-12-10T08:15:00.000Z', kind: 'ontgrendeld', locationId: 'loc-1',
      targetId: '2026-12-09:g-1', date: '2026-12-09', groupId: 'g-1', by: 'anouk.devries', device: 'pc-1', at: '2026-12-10T08:15:00.000Z',
    })
    expect(unlockEntry({ ...input, at: '2026-12-10T09:00:00.000Z' }).id).not.toBe(unlockEntry(input).id)
  })

  const opened: LocatiedeskDatabase[] = []
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close()
  })

  async function journal() {
    const db = await openDatabase({ storage: await protectStorage(getRxStorageMemory(), false), password: 'sleutel-van-deze-pc', name: `j${Math.random().toString(36).slice(2)}`, collections: ['journal'] })
    opened.push(db)
    return db.journal
  }

  it('is written once, even when the same unlock is written twice', async () => {
    const collection = await journal()
    await recordUnlock(collection, { ...input, role: 'groepsmedewerker' })
    await recordUnlock(collection, { ...input, role: 'groepsmedewerker' })
    const docs = await collection.find().exec()
    expect(docs.map((d) => d.toMutableJSON())).toEqual([unlockEntry(input)])
  })

  it('is refused by the shared rule before anything is stored when a groepsmedewerker unlocks an old list', async () => {
    const collection = await journal()
    await expect(recordUnlock(collection, { ...input, date: '2026-12-01', role: 'groepsmedewerker' })).rejects.toMatchObject({ code: 'ontgrendelen-oud-alleen-senior' })
    expect(await collection.count().exec()).toBe(0)
    await recordUnlock(collection, { ...input, date: '2026-12-01', by: 'fatima.elamrani', role: 'senior' })
    expect(await collection.count().exec()).toBe(1)
  })
})

describe('listLocks', () => {
  it('holds an unlock per list for the one who made it, until the list is locked again', () => {
    const db = {}
    const locks = listLocks(db)
    const seen: (string | null)[] = []
    const sub = locks.unlock$('2026-12-09:g-1').subscribe((u) => seen.push(u?.by ?? null))
    locks.unlock({ listId: '2026-12-09:g-1', by: 'anouk', at: '2026-12-10T08:15:00.000Z' })
    locks.unlock({ listId: '2026-12-09:g-2', by: 'anouk', at: '2026-12-10T08:16:00.000Z' })
    expect(listLocks(db)).toBe(locks)
    expect(unlockedFor(locks.current('2026-12-09:g-1'), 'anouk')).toBe(true)
    // After a quick switch to someone else, the list is locked for them.
    expect(unlockedFor(locks.current('2026-12-09:g-1'), 'sem')).toBe(false)
    locks.lock('2026-12-09:g-1')
    expect(locks.current('2026-12-09:g-1')).toBeNull()
    expect(locks.current('2026-12-09:g-2')?.by).toBe('anouk')
    expect(seen).toEqual([null, 'anouk', null])
    expect(listLocks({}).current('2026-12-09:g-2')).toBeNull()
    sub.unsubscribe()
  })
})
