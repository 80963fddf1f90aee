// DESIGN §4: on a real PostgreSQL, numbers from a sequence are handed out before commit, not in
// commit order, so a puller can pass a seq whose transaction commits a moment later and never see
// that row. These tests hold transactions open on several connections to show the hazard with a
// plain sequence and that the server's counter row does not have it. PGlite has one connection
// and cannot show either, so these run on PostgreSQL only.
import { setTimeout as sleep } from 'node:timers/promises'
import { expect, it } from 'vitest'
import type { Checkpoint, SyncDoc } from '../../../shared/sync'
import type { Db } from '../../../server/db/db'
import { createLocalChangeBus } from '../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../server/sync/ordered-publisher'
import { pull } from '../../../server/sync/pull'
import { push, pushWithin } from '../../../server/sync/push'
// These documents carry no domain content: only the wire shape is checked, the order is what is tested.
import { acceptWellFormed } from '../../../server/sync/validate-push'
import { describeOnDatabases } from '../../support/pg-databases'

const meta = { author: null, device: null, clientTime: null }
const doc = (id: string): SyncDoc => ({ id, _deleted: false })

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => { resolve = r })
  return { promise, resolve }
}

describeOnDatabases('write order under concurrent writers', (current) => {
  it('a plain sequence lets a puller skip a row that commits late (the hazard the design avoids)', async () => {
    const { db } = current()
    const writerA = await current().openAnother!({ max: 1 })
    await db.exec('CREATE TABLE naive (seq bigserial PRIMARY KEY, id text NOT NULL)')
    const aInserted = deferred()
    const release = deferred()
    const a = writerA.tx(async (q) => {
      await q.query("INSERT INTO naive (id) VALUES ('a')") // takes seq 1, commits later
      aInserted.resolve()
      await release.promise
    })
    await aInserted.promise
    await db.query("INSERT INTO naive (id) VALUES ('b')") // seq 2, committed at once
    const firstPull = await db.query<{ seq: number; id: string }>('SELECT seq, id FROM naive WHERE seq > 0 ORDER BY seq')
    release.resolve()
    await a
    const checkpoint = firstPull.at(-1)?.seq ?? 0
    const secondPull = await db.query<{ id: string }>('SELECT id FROM naive WHERE seq > $1 ORDER BY seq', [checkpoint])
    const seen = [...firstPull, ...secondPull].map((r) => r.id)
    expect(seen).toEqual(['b']) // 'a' was skipped for good
    await db.exec('DROP TABLE naive')
  })

  it('the counter row makes a later writer wait, so the puller sees both rows in order', async () => {
    const { db } = current()
    const writerA = await current().openAnother!({ max: 1 })
    const writerB = await current().openAnother!({ max: 1 })
    const aWritten = deferred()
    const release = deferred()
    const a = writerA.tx(async (q) => {
      await pushWithin(q, 'attendance', [{ newDocumentState: doc('a') }], meta, acceptWellFormed)
      aWritten.resolve()
      await release.promise
    })
    await aWritten.promise
    let bDone = false
    const b = push(writerB, createOrderedPublisher(createLocalChangeBus()), 'attendance', [{ newDocumentState: doc('b') }], meta, acceptWellFormed)
      .then(() => { bDone = true })
    await sleep(100)
    expect(bDone).toBe(false) // B waits for A's counter lock
    const firstPull = await pull(db, 'attendance', { checkpoint: null, batchSize: 10 }, 'server')
    expect(firstPull.documents).toEqual([])
    release.resolve()
    await Promise.all([a, b])
    const secondPull = await pull(db, 'attendance', { checkpoint: firstPull.checkpoint, batchSize: 10 }, 'server')
    expect(secondPull.documents.map((d) => d.id)).toEqual(['a', 'b'])
  })

  it('a puller paging all the time sees every row exactly once while writers race', async () => {
    const writers = 6
    const pushesPerWriter = 25
    const dbs: Db[] = await Promise.all(Array.from({ length: writers }, () => current().openAnother!({ max: 2 })))
    const random = seededRandom(42)
    const expected: string[] = []
    let writing = true

    const writer = async (w: number) => {
      for (let i = 0; i < pushesPerWriter; i++) {
        const ids = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => `w${w}-p${i}-d${k}`)
        expected.push(...ids)
        const before = random() * 4
        const inside = random() * 4
        await dbs[w]!.tx(async (q) => {
          await sleep(before)
          const out = await pushWithin(q, 'attendance', ids.map((id) => ({ newDocumentState: doc(id) })), meta, acceptWellFormed)
          expect(out.written).toHaveLength(ids.length)
          // Committing late is what made the sequence skip rows.
          await sleep(inside)
        })
      }
    }

    const seen: string[] = []
    const puller = async () => {
      let checkpoint: Checkpoint | null = null
      let lastSeq = 0
      for (;;) {
        const stillWriting = writing
        const res = await pull(current().db, 'attendance', { checkpoint, batchSize: 7 }, 'server')
        for (const d of res.documents) seen.push(d.id)
        if (res.checkpoint !== null) {
          expect(res.checkpoint.seq).toBeGreaterThanOrEqual(lastSeq)
          lastSeq = res.checkpoint.seq
        }
        checkpoint = res.checkpoint
        if (!stillWriting && res.documents.length === 0) return
        if (res.documents.length === 0) await sleep(1)
      }
    }

    const pulling = puller()
    await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)))
    writing = false
    await pulling

    expect(seen).toHaveLength(expected.length)
    expect(new Set(seen)).toEqual(new Set(expected))
  }, 60_000)

  it('announces concurrent commits in commit order', async () => {
    const dbs: Db[] = await Promise.all(Array.from({ length: 4 }, () => current().openAnother!({ max: 2 })))
    const bus = createLocalChangeBus()
    const publisher = createOrderedPublisher(bus)
    const seqs: number[] = []
    bus.subscribe((e) => seqs.push(e.checkpoint.seq))
    await Promise.all(dbs.map(async (db, w) => {
      for (let i = 0; i < 20; i++) {
        await push(db, publisher, 'journal', [{ newDocumentState: doc(`w${w}-${i}`) }], meta, acceptWellFormed)
      }
    }))
    expect(seqs).toHaveLength(80)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
  }, 30_000)
}, ['postgres'])

/** Small deterministic PRNG (mulberry32), so a failing schedule can be replayed. */
function seededRandom(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
