// The local database as the app opens it: all 12 domain schemas accepted by RxDB 17.6 in dev-mode
// (its schema checks) with validation and encryption wrapped around the storage; a wrong key refused.
import { afterEach, describe, expect, it } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import { collectionNames, type Child, type Location } from '../../../shared/domain'
import { openDatabase } from '../../../renderer/src/db/database'
import { protectStorage } from '../../../renderer/src/db/storage'
import type { LocatiedeskDatabase } from '../../../renderer/src/db/collection-types'

const opened: LocatiedeskDatabase[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) if (!db.closed) await db.close()
})

const location: Location = {
  id: 'loc-1', name: 'De Brug', schools: [], updatedAt: '2026-12-01T08:00:00.000Z',
  groups: [{ id: 'g-1', name: 'Egeltjes', careType: 'KDV', dayParts: [{ dayPart: 'ochtend', start: '07:30', end: '13:00', capacity: 16 }] }],
}
const child: Child = {
  id: 'k-1', firstName: 'Sanne', lastName: 'de Vries', birthDate: '2024-03-01', taxi: false, locationIds: ['loc-1'],
  medical: { allergies: ['pinda'], notes: 'EpiPen in de tas' }, collectors: [],
  parents: [{ rank: 1, name: 'Eva de Vries', phones: ['0612345678'], emails: ['eva@example.nl'] }],
  placements: [{ id: 'p-1', groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', weekdays: [1, 3], dayParts: ['ochtend'], start: '2025-01-01' }],
  updatedAt: '2026-12-01T08:00:00.000Z',
}

describe('openDatabase', () => {
  it('opens every domain collection in RxDB dev-mode and round-trips an encrypted field', async () => {
    const db = await openDatabase({ storage: await protectStorage(getRxStorageMemory(), true), password: 'sleutel-van-deze-pc', name: 'alles', dev: true })
    opened.push(db)
    expect(Object.keys(db.collections).sort()).toEqual([...collectionNames].sort())
    await db.locations.insert(location)
    await db.children.insert(child)
    expect((await db.children.findOne('k-1').exec())?.toMutableJSON().medical.notes).toBe('EpiPen in de tas')
  })

  it('refuses a document that does not match its schema (validation in development)', async () => {
    const db = await openDatabase({ storage: await protectStorage(getRxStorageMemory(), true), password: 'sleutel-van-deze-pc', name: 'streng', collections: ['locations'] })
    opened.push(db)
    await expect(db.locations.insert({ ...location, groups: [{ ...location.groups[0]!, careType: 'XYZ' as 'KDV' }] })).rejects.toThrow()
  })

  it('does not open an existing database with another key', async () => {
    const storage = getRxStorageMemory()
    const first = await openDatabase({ storage: await protectStorage(storage, true), password: 'sleutel-van-deze-pc', name: 'pc', collections: ['children'] })
    await first.children.insert(child)
    await first.close()
    await expect(openDatabase({ storage: await protectStorage(storage, true), password: 'een-andere-sleutel', name: 'pc', collections: ['children'] })).rejects.toMatchObject({ code: 'DB1' })
  })
})
