// A new PC's first sync with a date window (DESIGN §4): master data first, then the days around today
// of attendance, absences and requests, then the full replications. The full pull brings the window's
// documents again: that must write nothing, push nothing and leave nothing waiting, while a document
// that changed on the server in between still arrives.
import { afterEach, describe, expect, it } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { Args, MethodName, Result } from '../../shared/api'
import { addDays } from '../../shared/calendar'
import type { Absence, AttendanceDay, Child, Location, Request } from '../../shared/domain'
import type { CollectionName } from '../../shared/domain/collections'
import type { PullResponse, PullWindow, SyncDoc } from '../../shared/sync'
import { openDatabase } from '../../renderer/src/db/database'
import { FIRST_SYNC_WINDOW, windowAround, type FirstSyncProgress } from '../../renderer/src/db/first-sync-plan'
import { protectStorage } from '../../renderer/src/db/storage'
import { startSync, type SyncEngine } from '../../renderer/src/db/sync-engine'
import type { LocatiedeskDatabase } from '../../renderer/src/db/collection-types'
import { recordAttendance } from '../../renderer/src/features/attendance/record-attendance'
import { FakeServer, fakePc, type FakePc } from './support/fake-sync'
import { waitFor } from './support/wait-for'

const today = '2026-11-23'
const at = '2026-11-01T08:00:00.000Z'
const fact = { by: 'mw-1', device: 'pc-oud', at }
const opened: CollectionName[] = ['locations', 'children', 'attendance', 'absences', 'requests']

const location: Location = {
  id: 'loc-1', name: 'De Brug', schools: [], updatedAt: at,
  groups: [{ id: 'g-1', name: 'Egeltjes', careType: 'KDV', dayParts: [{ dayPart: 'ochtend', start: '07:30', end: '13:00', capacity: 16 }] }],
}
const child: Child = {
  id: 'k-1', firstName: 'Sanne', lastName: 'de Vries', birthDate: '2024-03-01', taxi: false, locationIds: ['loc-1'],
  medical: { allergies: [], notes: '' }, collectors: [], parents: [{ rank: 1, name: 'Eva de Vries', phones: [], emails: [] }],
  placements: [{ id: 'p-1', groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', weekdays: [1, 2, 3, 4, 5], dayParts: ['ochtend'], start: '2025-01-01' }],
  updatedAt: at,
}
const attendance = (date: string, checkIn = `${date}T07:40:00.000Z`): AttendanceDay => ({
  id: `${date}:g-1`, date, groupId: 'g-1', locationId: 'loc-1', updatedAt: at,
  entries: [{ childId: 'k-1', checkIn, unplanned: false, wentHome: false, ...fact, rev: 1 }],
})
const absence = (date: string): Absence => ({
  id: `${date}:k-1:ochtend`, childId: 'k-1', groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', date, dayPart: 'ochtend',
  reason: { code: 'ziek' }, reportedAt: at, reportedVia: 'ouder', ...fact,
})
const request = (date: string): Request => ({
  id: `r-${date}`, childId: 'k-1', groupId: 'g-1', locationId: 'loc-1', careType: 'KDV', contract: 'standaard', date, dayPart: 'ochtend',
  kind: 'extra dag', payment: 'factuur', hours: 5.5, submittedVia: 'ouder', status: 'ingediend', decisions: [], ...fact, updatedAt: at,
})
const sync = (doc: object): SyncDoc => ({ ...(doc as SyncDoc), _deleted: false })

/** Every day of the past year: 365 attendance days, of which 8 (today − 7 … today) lie in the window. */
const yearBack = Array.from({ length: 365 }, (_, i) => addDays(today, -364 + i))

/**
 * The fake server knows no windows: a windowed pull is answered here from one-document pulls, which
 * reveal each document's seq (same order and checkpoints as the real server's windowed pull).
 */
function windowedPull(server: FakeServer, collection: string, since: number, batchSize: number, window: PullWindow): PullResponse {
  const documents: SyncDoc[] = []
  let seq = since
  let last: number | null = null
  while (documents.length < batchSize) {
    const one = server.pull(collection, seq, 1)
    const doc = one.documents[0]
    if (!doc || !one.checkpoint) break
    seq = one.checkpoint.seq
    const date = doc.date
    if (typeof date === 'string' && date >= window.from && date <= window.to) {
      documents.push(doc)
      last = seq
    }
  }
  return { documents, checkpoint: last !== null ? { seq: last } : since > 0 ? { seq: since } : null }
}

interface PullCall { collection: string; window: boolean; seq: number | null }

/** A PC whose bridge answers windowed pulls and can hold back the full pulls of attendance. */
function windowedPc(server: FakeServer) {
  const bridge: FakePc = fakePc(server, 'pc-nieuw')
  const pulls: PullCall[] = []
  let release: () => void = () => {}
  let held: Promise<void> | null = null
  let passFullPulls = 0
  const invoke = bridge.invoke.bind(bridge)
  bridge.invoke = async <M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>> => {
    if (method !== 'sync.pull') return invoke(method, args)
    const a = args as Args<'sync.pull'>
    pulls.push({ collection: a.collection, window: a.window !== undefined, seq: a.checkpoint?.seq ?? null })
    if (a.window) {
      await new Promise((resolve) => setTimeout(resolve, 1))
      return windowedPull(server, a.collection, a.checkpoint?.seq ?? 0, a.batchSize, a.window) as Result<M>
    }
    if (a.collection === 'attendance' && held && passFullPulls-- <= 0) await held
    return invoke(method, args)
  }
  return {
    bridge, pulls,
    /** Hold the full pulls of attendance back, after `pass` of them went through. */
    holdFullAttendance(pass = 0) {
      passFullPulls = pass
      held = new Promise((resolve) => { release = resolve })
      holds.push(release)
    },
    release() {
      held = null
      release()
    },
  }
}

const running: { db: LocatiedeskDatabase; engine: SyncEngine }[] = []
const holds: (() => void)[] = []
afterEach(async () => {
  // A failed test may leave a pull held back: let it go, or stopping would wait for it.
  for (const release of holds.splice(0)) release()
  for (const { db, engine } of running.splice(0)) {
    await engine.stop()
    if (!db.closed) await db.close()
  }
})

let pcCounter = 0

/** RxDB's memory storage keeps a database's data per name in the realm: a fresh PC gets a fresh name. */
async function startPc(bridge: FakePc, storage = getRxStorageMemory(), name = `nieuw-${++pcCounter}`) {
  const db = await openDatabase({ storage: await protectStorage(storage, true), password: 'sleutel-van-de-nieuwe-pc', name, collections: opened })
  const engine = await startSync({ db, bridge, serverUrl: 'http://fake', today, pullBatchSize: 50, retryTimeMs: 50 })
  running.push({ db, engine })
  const seen: FirstSyncProgress[] = []
  engine.firstSync$.subscribe((p) => seen.push(p))
  return { db, engine, storage, seen, name }
}

function seededServer(): FakeServer {
  const server = new FakeServer()
  // The history first, as on a real server: a pull in server order would bring the oldest days first.
  server.seed('attendance', yearBack.map((date) => sync(attendance(date))))
  server.seed('absences', [addDays(today, -100), addDays(today, -2), addDays(today, 3)].map((date) => sync(absence(date))))
  server.seed('requests', [addDays(today, -200), addDays(today, 10), addDays(today, FIRST_SYNC_WINDOW.daysAfter + 1)].map((date) => sync(request(date))))
  server.seed('locations', [sync(location)])
  server.seed('children', [sync(child)])
  return server
}

async function ids(db: LocatiedeskDatabase, name: 'attendance' | 'absences' | 'requests'): Promise<string[]> {
  return (await db[name].find().exec()).map((d) => d.primary).sort()
}

describe('first sync with a window around today', () => {
  it('stores master data, then the window, before the history; the full pull then rewrites nothing and pushes nothing', async () => {
    const server = seededServer()
    const pushesBefore = server.pushes
    const pc = windowedPc(server)
    pc.holdFullAttendance()
    const { db, engine, seen } = await startPc(pc.bridge)

    // The window is stored while the history of attendance is still held back.
    await waitFor(() => seen.at(-1)?.phase === 'history', 5_000, 'the history phase')
    const window = windowAround(today)
    expect(window).toEqual({ from: '2026-11-16', to: '2026-12-21' })
    expect(await ids(db, 'attendance')).toEqual(yearBack.slice(-8).map((date) => `${date}:g-1`))
    expect(await ids(db, 'absences')).toEqual([`${addDays(today, -2)}:k-1:ochtend`, `${addDays(today, 3)}:k-1:ochtend`])
    expect(await ids(db, 'requests')).toEqual([`r-${addDays(today, 10)}`])
    expect(await db.children.count().exec()).toBe(1)
    const windowRevs = new Map((await db.attendance.find().exec()).map((d) => [d.primary, d.revision]))

    pc.release()
    await engine.firstSyncDone
    // Master data came first, every windowed pull before any full pull of the same collection.
    const firstWindowed = pc.pulls.findIndex((p) => p.window)
    expect(new Set(pc.pulls.slice(0, firstWindowed).map((p) => p.collection))).toEqual(new Set(['locations', 'children']))
    for (const name of ['attendance', 'absences', 'requests']) {
      const lastWindowed = pc.pulls.findLastIndex((p) => p.collection === name && p.window)
      expect(lastWindowed, name).toBeGreaterThanOrEqual(0)
      expect(pc.pulls.findIndex((p) => p.collection === name && !p.window), name).toBeGreaterThan(lastWindowed)
    }

    expect(await db.attendance.count().exec()).toBe(365)
    expect(await db.absences.count().exec()).toBe(3)
    expect(await db.requests.count().exec()).toBe(3)
    // Received twice, written once: the window's documents kept their revision.
    for (const doc of await db.attendance.findByIds([...windowRevs.keys()]).exec().then((m) => [...m.values()])) {
      expect(doc.revision, doc.primary).toBe(windowRevs.get(doc.primary))
    }
    expect(server.pushes).toBe(pushesBefore)
    expect(engine.pending.count).toBe(0)
    expect(seen.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1])).toEqual(['master-data', 'around-today', 'history', null])
    // Steps: 5 full replications + 3 window passes.
    expect(seen.at(-1)).toMatchObject({ state: 'done', collectionsDone: 8, collectionsTotal: 8 })
  })

  it('brings a window document that changed on the server after the window pass', async () => {
    const server = seededServer()
    const pc = windowedPc(server)
    pc.holdFullAttendance()
    const { db, engine, seen } = await startPc(pc.bridge)
    await waitFor(() => seen.at(-1)?.phase === 'history', 5_000, 'the history phase')
    // Another PC checks the child out of today's list meanwhile.
    const before = sync(attendance(today))
    const after = sync({ ...attendance(today), entries: [{ ...attendance(today).entries[0]!, checkOut: `${today}T12:00:00.000Z`, rev: 2 }] })
    server.push('attendance', [{ newDocumentState: after, assumedMasterState: before }])
    pc.release()
    await engine.firstSyncDone
    await waitFor(async () => (await db.attendance.findOne(`${today}:g-1`).exec())?.toMutableJSON().entries[0]?.checkOut === `${today}T12:00:00.000Z`, 5_000, 'the check-out')
    expect(await db.attendance.count().exec()).toBe(365)
  })

  it('sends a check-in made during the first sync, and counts it as waiting until then', async () => {
    const server = seededServer()
    const pc = windowedPc(server)
    pc.holdFullAttendance()
    const { db, engine, seen } = await startPc(pc.bridge)
    await waitFor(() => seen.at(-1)?.phase === 'history', 5_000, 'the history phase')
    await recordAttendance(db.attendance, { date: today, groupId: 'g-1', locationId: 'loc-1', childId: 'k-2', action: 'checkIn', at: `${today}T08:05:00.000Z`, by: 'mw-2', device: 'pc-nieuw' })
    await waitFor(() => engine.pending.count === 1 || (server.get('attendance', `${today}:g-1`) as AttendanceDay | undefined)?.entries.length === 2, 2_000, 'counted or sent')
    pc.release()
    await engine.firstSyncDone
    await waitFor(() => (server.get('attendance', `${today}:g-1`) as AttendanceDay | undefined)?.entries.length === 2, 5_000, 'the check-in on the server')
    await waitFor(() => engine.pending.count === 0, 5_000, 'nothing waiting')
  })

  it('resumes an interrupted first sync: the window again, the history from where it stopped', async () => {
    const server = seededServer()
    const pc = windowedPc(server)
    // Two pages of history (100 days) arrive, then the app is closed.
    pc.holdFullAttendance(2)
    const first = await startPc(pc.bridge)
    const storedSeq = () => {
      const stored: unknown = first.engine.replication('attendance')?.internalReplicationState?.lastCheckpointDoc.down?.checkpointData
      return (stored as { seq?: number } | undefined)?.seq ?? 0
    }
    await waitFor(() => storedSeq() >= 100, 5_000, 'two pages of history stored')
    // Closed while the history's first pull is under way.
    const stopping = first.engine.stop()
    pc.release()
    await stopping
    await first.db.close()
    running.splice(0)

    const pullsBefore = pc.pulls.length
    const again = await startPc(pc.bridge, first.storage, first.name)
    expect(again.seen[0]?.state).toBe('running')
    await again.engine.firstSyncDone
    const resumed = pc.pulls.slice(pullsBefore).filter((p) => p.collection === 'attendance')
    expect(resumed[0]).toMatchObject({ window: true, seq: null })
    // The window pass left the full pull's checkpoint where it was: past the first 100 days.
    const firstFull = resumed.find((p) => !p.window)
    expect(firstFull?.seq).toBeGreaterThanOrEqual(100)
    expect(await again.db.attendance.count().exec()).toBe(365)
    expect(again.engine.pending.count).toBe(0)
  })
})
