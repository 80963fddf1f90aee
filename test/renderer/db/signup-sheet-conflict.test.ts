// A sign-up sheet only moves open → gesloten: a close is never lost to an open from elsewhere, and of
// two closes the server's (the first to reach it) stands. As a pure function, then through RxDB's own
// replication with two PCs that were offline and a fake server.
import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { SignupSheet } from '../../../shared/domain'
import { openDatabase } from '../../../renderer/src/db/database'
import { markRefused } from '../../../renderer/src/db/refused-changes'
import { createSignupSheetConflictHandler, resolveSignupSheet, type ReplicatedSignupSheet } from '../../../renderer/src/db/signup-sheet-conflict'
import { protectStorage } from '../../../renderer/src/db/storage'
import { startSync, type SyncEngine } from '../../../renderer/src/db/sync-engine'
import type { LocatiedeskDatabase } from '../../../renderer/src/db/collection-types'
import { closeSheet } from '../../../renderer/src/features/signup/close-sheet'
import { ensureSheet } from '../../../renderer/src/features/signup/open-sheet'
import { FakeServer, fakePc } from '../support/fake-sync'
import { waitFor } from '../support/wait-for'

const id = 'loc-1:2026-12-02'
const open = (updatedAt: string): ReplicatedSignupSheet => ({ id, locationId: 'loc-1', date: '2026-12-02', status: 'open', updatedAt, _deleted: false })
const closed = (by: string, at: string): ReplicatedSignupSheet => ({ ...open(at), status: 'gesloten', closedBy: by, closedAt: at })

describe('resolveSignupSheet', () => {
  it('keeps a close, whichever side holds it; of two closes the server\'s; of two opens the server\'s', () => {
    expect(resolveSignupSheet(open('2026-11-20T08:00:00.000Z'), closed('mw-1', '2026-12-01T18:00:00.000Z'))).toEqual(closed('mw-1', '2026-12-01T18:00:00.000Z'))
    expect(resolveSignupSheet(closed('mw-2', '2026-12-01T19:00:00.000Z'), open('2026-11-20T08:00:00.000Z'))).toEqual(closed('mw-2', '2026-12-01T19:00:00.000Z'))
    expect(resolveSignupSheet(closed('mw-2', '2026-12-01T19:00:00.000Z'), closed('mw-1', '2026-12-01T18:00:00.000Z'))).toEqual(closed('mw-2', '2026-12-01T19:00:00.000Z'))
    expect(resolveSignupSheet(open('2026-11-20T08:00:00.000Z'), open('2026-11-21T08:00:00.000Z'))).toEqual(open('2026-11-20T08:00:00.000Z'))
  })

  it('settles on the server\'s tombstone (a sheet refused for this PC)', () => {
    const tombstone = { ...open('2026-11-20T08:00:00.000Z'), _deleted: true }
    expect(resolveSignupSheet(tombstone, closed('mw-1', '2026-12-01T18:00:00.000Z'))).toBe(tombstone)
  })

  it('never loses a close: the result is closed when either side is (and the server did not delete it)', () => {
    const sheet = fc.record({
      status: fc.constantFrom<SignupSheet['status']>('open', 'gesloten'),
      by: fc.constantFrom('mw-1', 'mw-2'),
      minute: fc.integer({ min: 0, max: 59 }),
    }).map(({ status, by, minute }) => {
      const at = `2026-12-01T18:${String(minute).padStart(2, '0')}:00.000Z`
      return status === 'open' ? open(at) : closed(by, at)
    })
    fc.assert(fc.property(sheet, sheet, (master, local) => {
      const result = resolveSignupSheet(master, local)
      expect(result.status).toBe(master.status === 'gesloten' || local.status === 'gesloten' ? 'gesloten' : 'open')
      if (master.status === 'gesloten') expect(result).toBe(master)
    }))
  })

  it('settles on the server\'s state for a close the server refused, instead of pushing it again', async () => {
    const handler = createSignupSheetConflictHandler()
    markRefused('signupsheets', [id])
    const master = open('2026-11-20T08:00:00.000Z')
    expect(await handler.resolve({ realMasterState: master, newDocumentState: closed('mw-1', '2026-12-01T18:00:00.000Z') }, 'test')).toBe(master)
    // Only once: the next conflict about this sheet is resolved as usual.
    expect((await handler.resolve({ realMasterState: master, newDocumentState: closed('mw-1', '2026-12-01T18:00:00.000Z') }, 'test')).status).toBe('gesloten')
  })
})

describe('two PCs and one sheet, through replication', () => {
  const running: { db: LocatiedeskDatabase; engine: SyncEngine }[] = []
  afterEach(async () => {
    for (const pc of running.splice(0)) {
      await pc.engine.stop()
      await pc.db.close()
    }
  })

  let run = 0
  async function startPc(server: FakeServer, deviceId: string) {
    const bridge = fakePc(server, deviceId)
    const db = await openDatabase({
      storage: await protectStorage(getRxStorageMemory(), true), password: 'test-sleutel-1234', name: `sheet-${deviceId}-${++run}`,
      collections: ['signupsheets'], deviceId,
    })
    const engine = await startSync({ db, bridge, serverUrl: 'http://fake', retryTimeMs: 50 })
    running.push({ db, engine })
    return { db, engine, bridge }
  }
  const sheetOn = async (db: LocatiedeskDatabase) => (await db.signupsheets.findOne(id).exec())?.toJSON()

  it('both opened it offline, one closed it: both end closed, by that one', async () => {
    const server = new FakeServer()
    const a = await startPc(server, 'pc-a')
    const b = await startPc(server, 'pc-b')
    await Promise.all([a.engine.firstSyncDone, b.engine.firstSyncDone])
    a.bridge.setOnline(false)
    b.bridge.setOnline(false)
    await ensureSheet(a.db.signupsheets, { locationId: 'loc-1', date: '2026-12-02', at: '2026-11-20T08:00:00.000Z' })
    await ensureSheet(b.db.signupsheets, { locationId: 'loc-1', date: '2026-12-02', at: '2026-11-20T08:01:00.000Z' })
    await closeSheet(b.db.signupsheets, { locationId: 'loc-1', date: '2026-12-02', by: 'mw-b', at: '2026-12-01T18:00:00.000Z' })

    // A's open arrives first; B's close then meets it and must still win.
    a.bridge.setOnline(true)
    await waitFor(() => server.get('signupsheets', id) !== undefined, 5_000, 'A\'s open on the server')
    b.bridge.setOnline(true)
    await waitFor(() => server.get('signupsheets', id)?.status === 'gesloten', 5_000, 'B\'s close on the server')
    await waitFor(async () => (await sheetOn(a.db))?.status === 'gesloten', 5_000, 'the close on A')
    expect(await sheetOn(a.db)).toMatchObject({ status: 'gesloten', closedBy: 'mw-b' })
    expect(await sheetOn(b.db)).toMatchObject({ status: 'gesloten', closedBy: 'mw-b' })
  })

  it('both closed it offline: the first close to reach the server stands on both', async () => {
    const server = new FakeServer()
    const a = await startPc(server, 'pc-a')
    const b = await startPc(server, 'pc-b')
    await Promise.all([a.engine.firstSyncDone, b.engine.firstSyncDone])
    a.bridge.setOnline(false)
    b.bridge.setOnline(false)
    await closeSheet(a.db.signupsheets, { locationId: 'loc-1', date: '2026-12-02', by: 'mw-a', at: '2026-12-01T18:30:00.000Z' })
    await closeSheet(b.db.signupsheets, { locationId: 'loc-1', date: '2026-12-02', by: 'mw-b', at: '2026-12-01T18:00:00.000Z' })

    a.bridge.setOnline(true)
    await waitFor(() => server.get('signupsheets', id)?.status === 'gesloten', 5_000, 'A\'s close on the server')
    b.bridge.setOnline(true)
    await waitFor(async () => (await sheetOn(b.db))?.closedBy === 'mw-a', 5_000, 'A\'s close on B')
    expect(server.get('signupsheets', id)).toMatchObject({ closedBy: 'mw-a', closedAt: '2026-12-01T18:30:00.000Z' })
    expect(await sheetOn(a.db)).toMatchObject({ closedBy: 'mw-a' })
  })
})
