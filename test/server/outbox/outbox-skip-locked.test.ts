// On a real PostgreSQL (two connection pools, as two server instances have): while one worker's
// claim is still uncommitted, another worker's claim skips its rows (FOR UPDATE SKIP LOCKED) and
// takes the others; after the first commits, its lease keeps them from the second. PGlite has one
// connection and cannot show this; the variant runs only with DATABASE_URL.
import { expect, it } from 'vitest'
import type { Db } from '../../../server/db/db'
import { claimDue, enqueue } from '../../../server/outbox/outbox-store'
import { describeOnDatabases } from '../../support/pg-databases'

describeOnDatabases('outbox claims across server instances', (current) => {
  it('skips rows another instance is claiming, and leaves its leased rows alone', async () => {
    const { db } = current()
    await db.exec('TRUNCATE outbox')
    await enqueue(db, Array.from({ length: 6 }, (_, i) => ({
      kind: 'besluit' as const, childId: 'kind-1', parentRank: 1 as const, recipient: 'eva@example.nl', sourceId: `besluit:r${i}:goedgekeurd`,
      payload: { subject: 's', text: 't', locationId: 'loc-1' },
    })), new Date())
    const other: Db = await current().openAnother!()
    const now = new Date(Date.now() + 1000)
    let release = () => {}
    const held = new Promise<void>((resolve) => { release = resolve })
    let claimedFirst: number[] = []
    const first = db.tx(async (q) => {
      claimedFirst = (await claimDue(q, { now, limit: 3, leaseMs: 60_000 })).map((m) => m.id)
      await held // still uncommitted: its rows stay locked
    })
    while (claimedFirst.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    const second = (await other.tx((q) => claimDue(q, { now, limit: 6, leaseMs: 60_000 }))).map((m) => m.id)
    release()
    await first
    expect(claimedFirst).toHaveLength(3)
    expect(second).toHaveLength(3)
    expect(second.filter((id) => claimedFirst.includes(id))).toEqual([])
    expect(await other.tx((q) => claimDue(q, { now, limit: 6, leaseMs: 60_000 }))).toEqual([])
  })
}, ['postgres'])
