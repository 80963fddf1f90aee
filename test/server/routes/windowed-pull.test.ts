// The optional date window on pull (DESIGN §4: a new PC fetches the days around today first): only
// documents whose top-level `date` lies in the window, inclusive, in seq order, with checkpoints that
// resume like any pull; a bad window is a 400. On both databases.
import type { FastifyInstance } from 'fastify'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { type Checkpoint, type PullResponse, type PullWindow, type SyncDoc } from '../../../shared/sync'
import { buildApp } from '../../../server/app'
import { acceptWellFormed } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'
import { addDevice } from '../support/devices'

// Every document is of the PC's own location: the window is what filters here, not the scope (R19).
const day = (date: string, group: string, extra: Record<string, unknown> = {}): SyncDoc =>
  ({ id: `${date}:${group}`, _deleted: false, date, groupId: group, locationId: 'loc-a', ...extra })

describeOnDatabases('pull with a date window', (current) => {
  let app: FastifyInstance
  let headers: Record<string, string>
  beforeEach(async () => {
    // The window is about order and checkpoints, not domain content: documents need only the wire shape.
    app = buildApp({ db: current().db, validatePush: acceptWellFormed })
    await app.ready()
    headers = (await addDevice(current().db, ['loc-a'])).headers
  })
  afterEach(async () => {
    await app.close()
  })

  const push = async (collection: string, docs: SyncDoc[]) => {
    const res = await app.inject({ method: 'POST', url: `/sync/${collection}/push`, headers, payload: { rows: docs.map((d) => ({ newDocumentState: d })) } })
    expect(res.statusCode).toBe(200)
  }
  const pullPage = async (collection: string, body: { checkpoint: Checkpoint | null; batchSize: number; window?: PullWindow }) => {
    const res = await app.inject({ method: 'POST', url: `/sync/${collection}/pull`, headers, payload: body })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<PullResponse>()
  }
  const pullAll = async (collection: string, window: PullWindow, batchSize: number) => {
    const pages: string[][] = []
    let checkpoint: Checkpoint | null = null
    for (;;) {
      const page: PullResponse = await pullPage(collection, { checkpoint, batchSize, window })
      if (page.documents.length === 0) {
        expect(page.checkpoint).toEqual(checkpoint)
        return { pages, checkpoint }
      }
      pages.push(page.documents.map((d) => d.id))
      checkpoint = page.checkpoint
    }
  }

  it('returns only documents dated inside the window, both ends included, in seq order', async () => {
    // Written out of date order: the window keeps the server's seq order, not the dates'.
    await push('attendance', [
      day('2026-11-30', 'g1'), day('2026-11-15', 'g1'), day('2026-11-16', 'g1'), day('2026-12-21', 'g2'),
      day('2026-12-22', 'g1'), day('2026-11-23', 'g2'), day('2025-11-23', 'g1'),
    ])
    await push('children', [{ id: 'k1', _deleted: false, birthDate: '2024-01-01', locationIds: ['loc-a'] }])
    const window = { from: '2026-11-16', to: '2026-12-21' }
    const { pages } = await pullAll('attendance', window, 10)
    expect(pages).toEqual([['2026-11-30:g1', '2026-11-16:g1', '2026-12-21:g2', '2026-11-23:g2']])
    // A document without a top-level `date` is never in a window.
    expect((await pullPage('children', { checkpoint: null, batchSize: 10, window })).documents).toEqual([])
    // Without a window, the same pull returns everything, as before.
    expect((await pullPage('attendance', { checkpoint: null, batchSize: 100 })).documents).toHaveLength(7)
  })

  it('pages by batchSize and ends with the seq of the last document in the window', async () => {
    const dates = Array.from({ length: 12 }, (_, i) => `2026-11-${String(10 + i).padStart(2, '0')}`)
    await push('absences', dates.map((d) => day(d, 'g1')))
    await push('absences', [day('2026-12-01', 'g9')])
    const { pages, checkpoint } = await pullAll('absences', { from: '2026-11-12', to: '2026-11-19' }, 3)
    expect(pages).toEqual([
      ['2026-11-12:g1', '2026-11-13:g1', '2026-11-14:g1'],
      ['2026-11-15:g1', '2026-11-16:g1', '2026-11-17:g1'],
      ['2026-11-18:g1', '2026-11-19:g1'],
    ])
    const [row] = await current().db.query<{ seq: number }>(`SELECT seq FROM documents WHERE collection = 'absences' AND id = '2026-11-19:g1'`)
    expect(checkpoint).toEqual({ seq: row?.seq })
  })

  it('brings a document changed after a windowed checkpoint again, and one moved out of the window no more', async () => {
    await push('requests', [day('2026-11-24', 'g1', { status: 'ingediend' }), day('2026-11-25', 'g1', { status: 'ingediend' })])
    const window = { from: '2026-11-20', to: '2026-11-30' }
    const first = await pullPage('requests', { checkpoint: null, batchSize: 10, window })
    expect(first.documents.map((d) => d.id)).toEqual(['2026-11-24:g1', '2026-11-25:g1'])
    const before = day('2026-11-24', 'g1', { status: 'ingediend' })
    const res = await app.inject({
      method: 'POST', url: '/sync/requests/push', headers,
      payload: { rows: [
        { newDocumentState: day('2026-11-24', 'g1', { status: 'goedgekeurd' }), assumedMasterState: before },
        { newDocumentState: { ...day('2026-11-25', 'g1', { status: 'ingediend' }), date: '2027-01-05' }, assumedMasterState: day('2026-11-25', 'g1', { status: 'ingediend' }) },
      ] },
    })
    expect(res.json()).toEqual({ conflicts: [] })
    const next = await pullPage('requests', { checkpoint: first.checkpoint, batchSize: 10, window })
    expect(next.documents).toEqual([day('2026-11-24', 'g1', { status: 'goedgekeurd' })])
  })

  it('refuses a malformed window with 400 before reading anything', async () => {
    const bad: unknown[] = [
      { from: '2026-11-16' },
      { from: '2026-11-16', to: '16-11-2026' },
      { from: '2026-02-30', to: '2026-03-01' },
      { from: '2026-12-21', to: '2026-11-16' },
      { from: 20261116, to: '2026-12-21' },
      'vandaag',
    ]
    for (const window of bad) {
      const res = await app.inject({ method: 'POST', url: '/sync/attendance/pull', headers, payload: { checkpoint: null, batchSize: 10, window } })
      expect(res.statusCode, JSON.stringify(window)).toBe(400)
    }
    // A one-day window is fine.
    expect((await pullPage('attendance', { checkpoint: null, batchSize: 10, window: { from: '2026-11-23', to: '2026-11-23' } })).documents).toEqual([])
  })
})
