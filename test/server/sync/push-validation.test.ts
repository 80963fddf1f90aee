// Every pushed document through every check, on both databases: a refused one comes back as a
// conflict with the server's state and leaves a notice for the pushing PC; the rest of the batch is
// stored as if it had been alone; who and when are recorded for every accepted write.
import { beforeEach, expect, it } from 'vitest'
import { validateDocument, type Notice } from '../../../shared/domain'
import type { ChangeEvent, PushRow, SyncDoc } from '../../../shared/sync'
import { createLocalChangeBus } from '../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../server/sync/ordered-publisher'
import { pull } from '../../../server/sync/pull'
import { push } from '../../../server/sync/push'
import { createPushValidator } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'
import { absence, attendanceDay, decided, entry, journalEntry, now, request, staffIds } from './checks/documents'
import { seed, seedOrganisation } from './checks/seed'

const meta = { author: null, device: 'pc-goverwelle-1', clientTime: null }
const validate = createPushValidator({ clock: () => now })

describeOnDatabases('push validation', (current) => {
  const events: ChangeEvent[] = []
  const run = (collection: string, rows: PushRow[], device = meta.device) => {
    const bus = createLocalChangeBus()
    bus.subscribe((e) => events.push(e))
    return push(current().db, createOrderedPublisher(bus), collection, rows, { ...meta, device }, validate)
  }
  const notices = async () => (await pull(current().db, 'notices', { checkpoint: null, batchSize: 100 }, 'server')).documents as (Notice & SyncDoc)[]
  const rowOf = async (collection: string, id: string) => (await current().db.query<{
    author: string | null; device: string | null; client_time: Date | string | null; server_time: Date | string; data: SyncDoc
  }>('SELECT author, device, client_time, server_time, data FROM documents WHERE collection = $1 AND id = $2', [collection, id]))[0]
  const iso = (value: Date | string | null | undefined) => (value === null || value === undefined ? value : new Date(value).toISOString())
  let seeded = 0
  beforeEach(async () => {
    seeded = await seedOrganisation(current().db)
  })

  it('refuses the bad middle document of three: the other two are stored, the middle one answered with a tombstone and a notice', async () => {
    events.length = 0
    const first = journalEntry({ id: 'ontgrendeld:1' })
    const bad = absence({ reportedAt: '2026-11-23T08:00:00.000Z', at: '2026-11-23T07:00:00.000Z' })
    const third = journalEntry({ id: 'ontgrendeld:3' })
    const out = await run('journal', [{ newDocumentState: first }, { newDocumentState: { ...bad, kind: 'ontgrendeld' } }, { newDocumentState: third }])
    expect(out.written.map((w) => w.doc.id)).toEqual(['ontgrendeld:1', 'ontgrendeld:3'])
    expect(out.conflicts).toEqual([{ id: bad.id, _deleted: true }])
    expect(out.refused).toMatchObject([{ id: bad.id, refusal: { code: 'ongeldig-document' } }])
    expect(out.refused[0]?.reason).toMatch(/^ongeldig-document: /)

    const [notice, ...more] = await notices()
    expect(more).toEqual([])
    expect(validateDocument('notices', notice)).toEqual({ ok: true })
    expect(notice).toMatchObject({
      _deleted: false, deviceId: 'pc-goverwelle-1', userId: 'sanne.jansen', locationId: 'loc-1', kind: 'geweigerd',
      collectionName: 'journal', docId: bad.id, code: 'ongeldig-document', at: now.toISOString(),
      localChange: { ...bad, kind: 'ontgrendeld' },
    })
    expect(notice?.message).toMatch(/niet opgeslagen/)
    // One change event for the journal, then one for the notice, whose seq comes after (the organisation took the first seqs).
    expect(events.map((e) => [e.collection, e.documents.map((d) => d.id), e.checkpoint.seq])).toEqual([
      ['journal', ['ontgrendeld:1', 'ontgrendeld:3'], seeded + 2], ['notices', [notice?.id], seeded + 3],
    ])
  })

  it('answers a refused change of a stored document with the stored document', async () => {
    const stored = absence()
    await run('absences', [{ newDocumentState: stored }])
    const changed = { ...stored, reason: { code: 'vakantie' as const } }
    const out = await run('absences', [{ newDocumentState: changed, assumedMasterState: stored }])
    expect(out.conflicts).toEqual([stored])
    expect((await rowOf('absences', stored.id))?.data).toEqual(stored)
    expect(await notices()).toMatchObject([{ code: 'alleen-toevoegen', docId: stored.id, localChange: changed }])
  })

  it('writes one notice for a refused change however often it is pushed again, and a second one for another change', async () => {
    const bad = absence({ reportedAt: '2026-11-23T08:00:00.000Z', at: '2026-11-23T07:00:00.000Z' })
    await run('absences', [{ newDocumentState: bad }])
    const [{ value: seqAfterFirst } = { value: -1 }] = await current().db.query<{ value: number }>('SELECT value FROM seq_counter')
    // The same change again (the answer was lost), keys in another order.
    const again = await run('absences', [{ newDocumentState: Object.fromEntries(Object.entries(bad).reverse()) as SyncDoc }])
    expect(again.conflicts).toEqual([{ id: bad.id, _deleted: true }])
    expect(again.notices).toEqual([])
    expect((await current().db.query<{ value: number }>('SELECT value FROM seq_counter'))[0]?.value).toBe(seqAfterFirst)
    expect(await notices()).toHaveLength(1)
    // Another PC pushing the same bad change gets its own notice; so does another change.
    await run('absences', [{ newDocumentState: bad }], 'pc-goverwelle-2')
    await run('absences', [{ newDocumentState: { ...bad, reportedAt: '2026-11-23T07:30:00.000Z' } }])
    expect((await notices()).map((n) => [n.deviceId, n.code])).toEqual([
      ['pc-goverwelle-1', 'gemeld-om-na-invoer'], ['pc-goverwelle-2', 'gemeld-om-na-invoer'], ['pc-goverwelle-1', 'gemeld-om-na-invoer'],
    ])
  })

  it('tells the PC that lost an R20 race who won, and keeps the winner', async () => {
    // A parent's request arrives through the parent channel (issue 8), not through a PC.
    const submitted = request()
    await seed(current().db, 'requests', [submitted])
    const approved = decided(submitted, 'goedgekeurd', 'piet.bakker', '2026-11-23T08:00:00.000Z')
    expect((await run('requests', [{ newDocumentState: approved, assumedMasterState: submitted }], 'pc-a')).conflicts).toEqual([])
    const rejected = decided(submitted, 'afgekeurd', 'sanne.jansen', '2026-11-23T08:01:00.000Z', { reason: 'Vol.' })
    const out = await run('requests', [{ newDocumentState: rejected, assumedMasterState: submitted }], 'pc-b')
    expect(out.conflicts).toEqual([approved])
    expect((await rowOf('requests', submitted.id))?.data).toEqual(approved)
    expect(await notices()).toMatchObject([{
      kind: 'conflict', code: 'besluit-conflict', deviceId: 'pc-b', userId: 'sanne.jansen', docId: submitted.id,
      winner: { by: 'piet.bakker', at: '2026-11-23T08:00:00.000Z' }, localChange: rejected,
    }])
  })

  it('records who and when for every accepted write: the change\'s author and PC time, the device, the server time', async () => {
    const before = Date.now()
    await run('absences', [{ newDocumentState: absence() }])
    const row = await rowOf('absences', absence().id)
    expect(row).toMatchObject({ author: 'sanne.jansen', device: 'pc-goverwelle-1' })
    expect(iso(row?.client_time)).toBe('2026-11-23T08:55:00.000Z')
    expect(new Date(row?.server_time ?? 0).getTime()).toBeGreaterThanOrEqual(before - 5_000)

    // A request: the author of its latest decision, not its submitter.
    const submitted = request({ submittedVia: 'medewerker', by: staffIds.senior })
    await run('requests', [{ newDocumentState: submitted }])
    expect(await rowOf('requests', submitted.id)).toMatchObject({ author: staffIds.senior })
    await run('requests', [{ newDocumentState: decided(submitted, 'goedgekeurd', 'piet.bakker', '2026-11-23T08:00:00.000Z'), assumedMasterState: submitted }], 'pc-a')
    const decidedRow = await rowOf('requests', submitted.id)
    expect(decidedRow).toMatchObject({ author: 'piet.bakker', device: 'pc-a' })
    expect(iso(decidedRow?.client_time)).toBe('2026-11-23T08:00:00.000Z')

    // An attendance day: the author of the entry that changed.
    const day = attendanceDay([entry('kind-1')])
    await run('attendance', [{ newDocumentState: day }])
    const later = attendanceDay([entry('kind-1'), entry('kind-2', { by: 'piet.bakker', at: '2026-11-23T08:20:00.000Z', checkIn: '2026-11-23T08:20:00.000Z' })])
    await run('attendance', [{ newDocumentState: later, assumedMasterState: day }])
    const dayRow = await rowOf('attendance', day.id)
    expect(dayRow?.author).toBe('piet.bakker')
    expect(iso(dayRow?.client_time)).toBe('2026-11-23T08:20:00.000Z')
  })

  it('refuses an action dated more than five minutes ahead of the server clock', async () => {
    const future = journalEntry({ at: new Date(now.getTime() + 6 * 60_000).toISOString() })
    const out = await run('journal', [{ newDocumentState: future }])
    expect(out.written).toEqual([])
    expect(await notices()).toMatchObject([{ code: 'tijd-in-toekomst', message: expect.stringMatching(/toekomst/) }])
  })

  it('judges a PC\'s push by its device and by each change\'s author: refused rows store nothing and leave a notice with the code', async () => {
    const pc = { deviceId: 'pc-goverwelle-1', locations: ['loc-1'] }
    const rows = [
      { newDocumentState: absence() },
      { newDocumentState: absence({ id: 'elders', locationId: 'loc-2' }) },
      { newDocumentState: absence({ id: 'door-anna', by: staffIds.elders }) },
      { newDocumentState: absence({ id: 'door-kim', by: staffIds.klantenservice }) },
    ]
    const out = await push(current().db, createOrderedPublisher(createLocalChangeBus()), 'absences', rows, meta, validate, pc)
    expect(out.written.map((w) => w.doc.id)).toEqual([absence().id, 'door-kim'])
    expect(out.refused.map((r) => [r.id, r.refusal.code])).toEqual([['elders', 'buiten-locatie'], ['door-anna', 'medewerker-buiten-locatie']])
    expect((await notices()).map((n) => [n.docId, n.code, n.userId])).toEqual([
      ['elders', 'buiten-locatie', 'sanne.jansen'], ['door-anna', 'medewerker-buiten-locatie', staffIds.elders],
    ])
    expect(await rowOf('absences', 'elders')).toBeUndefined()
  })
})
