// The notices list's data on a real RxDB: only this PC's notices, newest first, names looked up live,
// and `Gelezen` written once as an ordinary (replicating) update.
import { afterEach, describe, expect, it } from 'vitest'
import { firstValueFrom, filter } from 'rxjs'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { Child, Notice, Staff } from '../../../../shared/domain'
import { openDatabase } from '../../../../renderer/src/db/database'
import { protectStorage } from '../../../../renderer/src/db/storage'
import type { LocatiedeskDatabase } from '../../../../renderer/src/db/collection-types'
import { markNoticeRead } from '../../../../renderer/src/features/notices/mark-read'
import { noticesWithNames$ } from '../../../../renderer/src/features/notices/use-notices'

let db: LocatiedeskDatabase | null = null
afterEach(async () => {
  await db?.close()
  db = null
})

const child: Child = {
  id: 'k-sanne', firstName: 'Sanne', lastName: 'de Vries', birthDate: '2024-03-01', taxi: false, locationIds: ['loc-1'],
  medical: { allergies: [], notes: '' }, collectors: [], placements: [], updatedAt: '2026-12-01T08:00:00.000Z',
  parents: [{ rank: 1, name: 'Eva de Vries', phones: ['0612345678'], emails: ['eva@example.nl'] }],
}
const staff: Staff = { id: 'sem.bakker', name: 'Sem Bakker', role: 'groepsmedewerker', locationIds: ['loc-1'], active: true, updatedAt: '2026-12-01T08:00:00.000Z' }
const notice = (id: string, at: string, extra: Partial<Notice> = {}): Notice => ({
  id, deviceId: 'pc-a', kind: 'conflict', collectionName: 'attendance', docId: '2026-12-02:g-1', code: 'conflict-verloren',
  message: 'verloren', winner: { by: 'sem.bakker', at }, at,
  localChange: { childId: 'k-sanne', checkIn: at, unplanned: false, wentHome: false, by: 'anouk.devries', device: 'pc-a', at, rev: 1 },
  ...extra,
})

describe('notices data', () => {
  it('lists this PC\'s notices newest first with names, and marks one read once', async () => {
    db = await openDatabase({ storage: await protectStorage(getRxStorageMemory(), true), password: 'test-sleutel-1234', name: 'notices', collections: ['notices', 'children', 'staff'] })
    await db.notices.bulkInsert([
      notice('n-old', '2026-12-02T07:00:00.000Z'),
      notice('n-new', '2026-12-02T08:00:00.000Z'),
      notice('n-other-pc', '2026-12-02T09:00:00.000Z', { deviceId: 'pc-b' }),
    ])
    const withoutNames = await firstValueFrom(noticesWithNames$(db, 'pc-a'))
    expect(withoutNames.notices.map((n) => n.id)).toEqual(['n-new', 'n-old'])
    expect(withoutNames.names.childName('k-sanne')).toBeUndefined()

    await db.children.insert(child)
    await db.staff.insert(staff)
    const named = await firstValueFrom(noticesWithNames$(db, 'pc-a').pipe(filter((v) => v.names.staffName('sem.bakker') !== undefined)))
    expect(named.names.childName('k-sanne')).toBe('Sanne de Vries')

    await markNoticeRead(db.notices, 'n-old', new Date('2026-12-02T10:00:00.000Z'))
    await markNoticeRead(db.notices, 'n-old', new Date('2026-12-02T11:00:00.000Z'))
    expect((await db.notices.findOne('n-old').exec())?.readAt).toBe('2026-12-02T10:00:00.000Z')
    expect((await db.notices.findOne('n-new').exec())?.readAt).toBeUndefined()
  })
})
