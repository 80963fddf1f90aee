// Two PCs (real RxDB, fake server) check in the same child offline at different times. The first to
// reach the server wins on both PCs; the PC that lost keeps its change visible as a notice for itself,
// which replicates to the server once, and no notice appears on the winning PC.
import { afterEach, describe, expect, it } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { AttendanceDay, Child, Notice } from '../../../shared/domain'
import { openDatabase } from '../../../renderer/src/db/database'
import { protectStorage } from '../../../renderer/src/db/storage'
import { startSync, type SyncEngine } from '../../../renderer/src/db/sync-engine'
import type { LocatiedeskDatabase } from '../../../renderer/src/db/collection-types'
import { recordAttendance } from '../../../renderer/src/features/attendance/record-attendance'
import { FakeServer, fakePc } from '../support/fake-sync'
import { waitFor } from '../support/wait-for'

const open: { db: LocatiedeskDatabase; engine: SyncEngine }[] = []
afterEach(async () => {
  for (const pc of open.splice(0)) {
    await pc.engine.stop()
    await pc.db.close()
  }
})

const child: Child = {
  id: 'k-sanne', firstName: 'Sanne', lastName: 'de Vries', birthDate: '2024-03-01', taxi: false, locationIds: ['loc-1'],
  medical: { allergies: [], notes: '' }, collectors: [],
  parents: [{ rank: 1, name: 'Eva de Vries', phones: ['0612345678'], emails: ['eva@example.nl'] }], placements: [], updatedAt: '2026-12-01T08:00:00.000Z',
}
const place = { date: '2026-12-02', groupId: 'g-1', locationId: 'loc-1', childId: 'k-sanne', action: 'checkIn' as const }
const dayId = '2026-12-02:g-1'

async function startPc(server: FakeServer, deviceId: string) {
  const bridge = fakePc(server, deviceId)
  const db = await openDatabase({
    storage: await protectStorage(getRxStorageMemory(), true), password: 'test-sleutel-1234', name: `conflict-${deviceId}`,
    collections: ['children', 'attendance', 'notices'], deviceId, now: () => new Date('2026-12-02T09:00:00.000Z'),
  })
  const engine = await startSync({ db, bridge, serverUrl: 'http://fake', retryTimeMs: 50 })
  open.push({ db, engine })
  return { db, engine, bridge }
}

const checkInOf = async (db: LocatiedeskDatabase) =>
  ((await db.attendance.findOne(dayId).exec())?.toMutableJSON() as AttendanceDay | undefined)?.entries.find((e) => e.childId === 'k-sanne')?.checkIn

describe('a lost attendance change becomes a notice on the PC that lost', () => {
  it('both PCs end with the first arrival; only the loser has a notice, once, naming the child', async () => {
    const server = new FakeServer()
    server.seed('children', [{ ...child, _deleted: false }])
    const a = await startPc(server, 'pc-a')
    const b = await startPc(server, 'pc-b')
    await Promise.all([a.engine.firstSyncDone, b.engine.firstSyncDone])
    a.bridge.setOnline(false)
    b.bridge.setOnline(false)
    await recordAttendance(a.db.attendance, { ...place, at: '2026-12-02T07:05:00.000Z', by: 'anouk.devries', device: 'pc-a' })
    await recordAttendance(b.db.attendance, { ...place, at: '2026-12-02T07:09:00.000Z', by: 'sem.bakker', device: 'pc-b' })

    b.bridge.setOnline(true)
    await waitFor(async () => (await a.db.children.count().exec()) === 1, 5_000, 'the child on A')
    await waitFor(() => server.get('attendance', dayId) !== undefined, 5_000, 'B first on the server')
    a.bridge.setOnline(true)
    await waitFor(async () => (await checkInOf(a.db)) === '2026-12-02T07:09:00.000Z', 5_000, 'A settles on B\'s check-in')
    await waitFor(async () => (await a.db.notices.count().exec()) === 1, 5_000, 'the notice on A')
    const notice = (await a.db.notices.findOne().exec())!.toMutableJSON() as Notice
    expect(notice).toMatchObject({ kind: 'conflict', deviceId: 'pc-a', userId: 'anouk.devries', docId: dayId, winner: { by: 'sem.bakker' } })
    expect(notice.message).toContain('Sanne de Vries')
    await waitFor(() => server.get('notices', notice.id) !== undefined, 5_000, 'the notice replicated to the server')
    await waitFor(() => a.engine.pending.count === 0 && b.engine.pending.count === 0, 5_000, 'nothing waiting')
    expect(await checkInOf(b.db)).toBe('2026-12-02T07:09:00.000Z')
    // The fake server sends every notice to every PC; the real one only the PC's own (document scope).
    expect((await b.db.notices.find({ selector: { deviceId: 'pc-b' } }).exec())).toHaveLength(0)
    expect(server.get('attendance', dayId)).toMatchObject({ entries: [{ checkIn: '2026-12-02T07:09:00.000Z', by: 'sem.bakker' }] })
  })
})
