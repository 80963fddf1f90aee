import { expect, it } from 'vitest'
import type { SyncDoc } from '../../../shared/sync'
import { createLocalChangeBus } from '../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../server/sync/ordered-publisher'
import { pull } from '../../../server/sync/pull'
import { push } from '../../../server/sync/push'
// Documents without domain content: pull is under test, so only the wire shape is checked on the way in.
import { acceptWellFormed } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'

const meta = { author: null, device: 'test-pc', clientTime: null }
const doc = (id: string, extra: Record<string, unknown> = {}): SyncDoc => ({ id, _deleted: false, ...extra })

describeOnDatabases('pull', (current) => {
  const store = async (collection: string, docs: SyncDoc[]) => {
    await push(current().db, createOrderedPublisher(createLocalChangeBus()), collection, docs.map((d) => ({ newDocumentState: d })), meta, acceptWellFormed)
  }
  const pullAll = async (collection: string, batchSize: number) => {
    const pages: SyncDoc[][] = []
    let checkpoint = null as { seq: number } | null
    for (;;) {
      const res = await pull(current().db, collection, { checkpoint, batchSize }, 'server')
      if (res.documents.length === 0) {
        expect(res.checkpoint).toEqual(checkpoint)
        return { pages, checkpoint }
      }
      pages.push(res.documents)
      checkpoint = res.checkpoint
    }
  }

  it('returns nothing and the same checkpoint on an empty collection', async () => {
    expect(await pull(current().db, 'children', { checkpoint: null, batchSize: 10 }, 'server')).toEqual({ documents: [], checkpoint: null })
    expect(await pull(current().db, 'children', { checkpoint: { seq: 7 }, batchSize: 10 }, 'server')).toEqual({ documents: [], checkpoint: { seq: 7 } })
  })

  it('pages exactly batchSize documents as one full page, then an empty one', async () => {
    await store('children', [doc('a'), doc('b'), doc('c')])
    const { pages } = await pullAll('children', 3)
    expect(pages.map((p) => p.map((d) => d.id))).toEqual([['a', 'b', 'c']])
  })

  it('pages more than batchSize documents in seq order, each once, ending with the last seq', async () => {
    const ids = Array.from({ length: 23 }, (_, i) => `kind-${String(i).padStart(2, '0')}`)
    await store('children', ids.map((id) => doc(id, { n: id.length })))
    const { pages, checkpoint } = await pullAll('children', 5)
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 5, 3])
    expect(pages.flat().map((d) => d.id)).toEqual(ids)
    const [counter] = await current().db.query<{ value: number }>('SELECT value FROM seq_counter')
    expect(checkpoint).toEqual({ seq: counter?.value })
  })

  it('keeps collections apart: a pull sees only its own collection', async () => {
    await store('children', [doc('k1')])
    await store('absences', [doc('a1'), doc('a2')])
    const { pages } = await pullAll('children', 10)
    expect(pages.flat().map((d) => d.id)).toEqual(['k1'])
  })

  it('resumes a stale checkpoint where it stopped, including documents changed since', async () => {
    await store('requests', [doc('r1'), doc('r2'), doc('r3')])
    const first = await pull(current().db, 'requests', { checkpoint: null, batchSize: 2 }, 'server')
    expect(first.documents.map((d) => d.id)).toEqual(['r1', 'r2'])
    // While that client was away: r1 changed again, r4 is new.
    await push(current().db, createOrderedPublisher(createLocalChangeBus()), 'requests',
      [{ newDocumentState: doc('r1', { status: 'goedgekeurd' }), assumedMasterState: doc('r1') }, { newDocumentState: doc('r4') }],
      meta, acceptWellFormed)
    const rest = await pull(current().db, 'requests', { checkpoint: first.checkpoint, batchSize: 10 }, 'server')
    expect(rest.documents.map((d) => d.id)).toEqual(['r3', 'r1', 'r4'])
    expect(rest.documents[1]).toEqual(doc('r1', { status: 'goedgekeurd' }))
  })

  it('returns documents exactly as pushed (soft deletes included), without server-only fields', async () => {
    const child = doc('k', { firstName: 'Sem', nested: { list: [1, 'twee', null, { x: true }] } })
    await store('children', [child, doc('gone', { _deleted: true })])
    const res = await pull(current().db, 'children', { checkpoint: null, batchSize: 10 }, 'server')
    expect(res.documents).toEqual([child, doc('gone', { _deleted: true })])
  })
})
