import { expect, it } from 'vitest'
import type { ChangeEvent, PushRow, SyncDoc } from '../../../shared/sync'
import { createLocalChangeBus } from '../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../server/sync/ordered-publisher'
import { pull } from '../../../server/sync/pull'
import { push } from '../../../server/sync/push'
// Compare-and-set, retries and seqs, on documents without domain content: only the wire shape is
// checked here (acceptWellFormed); the domain checks have their own tests (push-validation.test.ts).
import { acceptWellFormed } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'

const meta = { author: null, device: 'pc-1', clientTime: null }
const doc = (id: string, extra: Record<string, unknown> = {}): SyncDoc => ({ id, _deleted: false, ...extra })

describeOnDatabases('push', (current) => {
  const run = (rows: PushRow[], collection = 'requests') =>
    push(current().db, createOrderedPublisher(createLocalChangeBus()), collection, rows, meta, acceptWellFormed)
  const rowsOf = (id: string) =>
    current().db.query<{ seq: number; data: SyncDoc; device: string | null }>(
      "SELECT seq, data, device FROM documents WHERE collection = 'requests' AND id = $1", [id])

  it('writes new documents and records the device', async () => {
    const out = await run([{ newDocumentState: doc('r1', { status: 'ingediend' }) }])
    expect(out.conflicts).toEqual([])
    expect(out.written.map((w) => w.seq)).toEqual([1])
    expect(await rowsOf('r1')).toEqual([{ seq: 1, data: doc('r1', { status: 'ingediend' }), device: 'pc-1' }])
  })

  it('answers a stale assumed state with the master state and leaves the master alone', async () => {
    const v1 = doc('r1', { status: 'ingediend' })
    const approved = doc('r1', { status: 'goedgekeurd' })
    const rejected = doc('r1', { status: 'afgekeurd' })
    await run([{ newDocumentState: v1 }])
    // PC A decides first…
    expect((await run([{ newDocumentState: approved, assumedMasterState: v1 }])).conflicts).toEqual([])
    // …PC B decided on the same state offline: it loses and is told what won (R20).
    const out = await run([{ newDocumentState: rejected, assumedMasterState: v1 }])
    expect(out.conflicts).toEqual([approved])
    expect(out.written).toEqual([])
    expect((await rowsOf('r1'))[0]?.data).toEqual(approved)
  })

  it('answers a create of an existing document (no assumed state) with the master state', async () => {
    await run([{ newDocumentState: doc('r1', { by: 'A' }) }])
    const out = await run([{ newDocumentState: doc('r1', { by: 'B' }) }])
    expect(out.conflicts).toEqual([doc('r1', { by: 'A' })])
  })

  it('accepts a retried push without a second write: one row, seq unchanged, no change event', async () => {
    const v1 = doc('r1', { status: 'ingediend' })
    const v2 = doc('r1', { status: 'goedgekeurd', decidedBy: { name: 'Anna', at: '2026-11-23T09:00:00.000Z' } })
    await run([{ newDocumentState: v1 }])
    await run([{ newDocumentState: v2, assumedMasterState: v1 }])
    const before = await rowsOf('r1')
    const events: ChangeEvent[] = []
    const bus = createLocalChangeBus()
    bus.subscribe((e) => events.push(e))
    // The answer to the first attempt was lost: the PC sends exactly the same row again, keys reordered by JSON.
    const retry = { newDocumentState: JSON.parse(JSON.stringify({ decidedBy: v2.decidedBy, _deleted: false, status: 'goedgekeurd', id: 'r1' })) as SyncDoc, assumedMasterState: v1 }
    const out = await push(current().db, createOrderedPublisher(bus), 'requests', [retry], meta, acceptWellFormed)
    expect(out.conflicts).toEqual([])
    expect(out.written).toEqual([])
    expect(events).toEqual([])
    expect(await rowsOf('r1')).toEqual(before)
    expect((await current().db.query<{ n: number }>('SELECT count(*) AS n FROM documents'))[0]?.n).toBe(1)
  })

  it('compares with the stored state whatever the key order, and writes on a match', async () => {
    await run([{ newDocumentState: doc('r1', { a: 1, b: { c: [1, 2] } }) }])
    const assumed = { b: { c: [1, 2] }, a: 1, _deleted: false, id: 'r1' } as SyncDoc
    const out = await run([{ newDocumentState: doc('r1', { a: 2 }), assumedMasterState: assumed }])
    expect(out.conflicts).toEqual([])
    expect(out.written.map((w) => w.doc)).toEqual([doc('r1', { a: 2 })])
  })

  it('refuses a bad document on its own: the rest of the batch is written, nothing is thrown', async () => {
    await run([{ newDocumentState: doc('kept', { v: 1 }) }])
    const out = await run([
      { newDocumentState: doc('ok-1') },
      { newDocumentState: { id: '', _deleted: false } },
      { newDocumentState: { id: 'x'.repeat(201), _deleted: false } },
      { newDocumentState: { id: 'kept', _deleted: 'yes' } as unknown as SyncDoc },
      { newDocumentState: doc('ok-2') },
    ])
    expect(out.written.map((w) => w.doc.id)).toEqual(['ok-1', 'ok-2'])
    expect(out.refused.map((r) => r.id)).toEqual(['', 'x'.repeat(201), 'kept'])
    expect(out.refused.map((r) => r.refusal.code)).toEqual(['ongeldig-document', 'ongeldig-document', 'ongeldig-document'])
    // A refused document comes back as the server's state: the stored one, or a tombstone when there is
    // none (an empty id names nothing RxDB could hold, so nothing comes back for it).
    expect(out.conflicts).toEqual([{ id: 'x'.repeat(201), _deleted: true }, doc('kept', { v: 1 })])
    expect(out.notices).toHaveLength(3)
  })

  it('never stores RxDB bookkeeping fields', async () => {
    const sent = { ...doc('r1', { v: 1 }), _rev: '1-abc', _meta: { lwt: 1 }, _attachments: {} } as SyncDoc
    await run([{ newDocumentState: sent }])
    expect((await rowsOf('r1'))[0]?.data).toEqual(doc('r1', { v: 1 }))
  })

  it('writes the last state when one batch holds several rows for the same document', async () => {
    const out = await run([
      { newDocumentState: doc('r1', { v: 1 }) },
      { newDocumentState: doc('r1', { v: 2 }), assumedMasterState: doc('r1', { v: 1 }) },
      { newDocumentState: doc('r1', { v: 3 }), assumedMasterState: doc('r1', { v: 1 }) },
    ])
    expect(out.conflicts).toEqual([doc('r1', { v: 2 })])
    expect(out.written).toEqual([{ doc: doc('r1', { v: 2 }), seq: 1 }])
  })

  it('gives every write a new seq above all earlier ones, across collections, and soft-deletes', async () => {
    await run([{ newDocumentState: doc('a') }], 'absences')
    await run([{ newDocumentState: doc('r1') }, { newDocumentState: doc('r2') }])
    await run([{ newDocumentState: doc('r1', { _deleted: true }), assumedMasterState: doc('r1') }])
    const res = await pull(current().db, 'requests', { checkpoint: null, batchSize: 10 }, 'server')
    expect(res.documents).toEqual([doc('r2'), doc('r1', { _deleted: true })])
    expect(res.checkpoint).toEqual({ seq: 4 })
    const [row] = await current().db.query<{ deleted: boolean }>("SELECT deleted FROM documents WHERE id = 'r1'")
    expect(row?.deleted).toBe(true)
  })

  it('publishes one change event per push, with the written documents and their last seq', async () => {
    const bus = createLocalChangeBus()
    const events: ChangeEvent[] = []
    bus.subscribe((e) => events.push(e))
    await push(current().db, createOrderedPublisher(bus), 'absences', [{ newDocumentState: doc('a1') }, { newDocumentState: doc('a2') }], meta, acceptWellFormed)
    expect(events).toEqual([{ collection: 'absences', documents: [doc('a1'), doc('a2')], checkpoint: { seq: 2 } }])
  })
})
