import { rm } from 'node:fs/promises'
import { afterAll, expect, it } from 'vitest'
import { migrate } from '../../../server/db/migrate'
import { openPglite } from '../../../server/db/pglite-db'
import type { Db } from '../../../server/db/db'
import { loadDemoIfEmpty } from '../../../server/demo/load-demo'
import type { SeedCollections, SeedDocument } from '../../../server/demo/document-batches'
import { pull } from '../../../server/sync/pull'
import { describeOnDatabases } from '../../support/pg-databases'
import { freshPgliteDataDir } from '../../support/pg-lite-template'

// A small stand-in for shared/demo's parts: generators, so the loader must stream, not index arrays.
function fixture(children = 25): SeedCollections[] {
  return [{ staff: [{ id: 'st-1', _deleted: false, role: 'manager' } as SeedDocument] }, location(children)]
}
function location(children: number): SeedCollections {
  function* kids(): Generator<SeedDocument> {
    for (let i = 0; i < children; i++) yield { id: `kind-${i}`, firstName: `Kind ${i}`, locationIds: ['loc-1'] } as SeedDocument
  }
  return { locations: [{ id: 'loc-1', name: 'De Boomhut' } as SeedDocument], children: kids() }
}

async function documentCount(db: Db): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*) AS n FROM documents'))[0]?.n ?? -1
}

describeOnDatabases('loadDemoIfEmpty', (current) => {
  it('streams every collection in batches, each document replicable with _deleted set', async () => {
    const { db } = current()
    const result = await loadDemoIfEmpty(db, () => fixture(25), { batchSize: 4 })
    expect(result).toEqual({ loaded: true, counts: { staff: 1, locations: 1, children: 25 } })
    const children = await pull(db, 'children', { checkpoint: null, batchSize: 100 }, 'server')
    expect(children.documents).toHaveLength(25)
    expect(children.documents[0]).toEqual({ id: 'kind-0', _deleted: false, firstName: 'Kind 0', locationIds: ['loc-1'] })
    expect((await db.query<{ author: string }>('SELECT DISTINCT author FROM documents'))).toEqual([{ author: 'demo' }])
    expect((await db.query<{ value: number }>('SELECT value FROM seq_counter'))[0]?.value).toBe(27)
  })

  it('leaves a database with real documents alone', async () => {
    const { db } = current()
    await db.query(`INSERT INTO documents (collection, id, data, seq) VALUES ('children', 'echt', '{"id":"echt","_deleted":false}', 1)`)
    expect(await loadDemoIfEmpty(db, () => fixture())).toEqual({ loaded: false, reason: 'database-not-empty' })
    expect(await documentCount(db)).toBe(1)
  })

  it('loads again from the start after a crash in the middle, without duplicates', async () => {
    const { db } = current()
    const crashing = (): SeedCollections[] => [{
      children: (function* () {
        yield* location(10).children!
        throw new Error('power cut')
      })(),
    }]
    await expect(loadDemoIfEmpty(db, crashing, { batchSize: 3 })).rejects.toThrow('power cut')
    expect(await documentCount(db)).toBe(9)
    expect(await loadDemoIfEmpty(db, () => fixture(10))).toMatchObject({ loaded: true })
    expect(await documentCount(db)).toBe(12) // staff, location, 10 children
    expect(await loadDemoIfEmpty(db, () => fixture(10))).toEqual({ loaded: false, reason: 'already-loaded' })
  })
})

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

it('puts the demo into PGlite once: a second start of the server does not load it again', async () => {
  const dir = await freshPgliteDataDir()
  dirs.push(dir)
  const start = async () => {
    const db = await openPglite({ dataDir: dir })
    await migrate(db)
    return db
  }
  const first = await start()
  expect(await loadDemoIfEmpty(first, () => fixture(40), { batchSize: 16 })).toMatchObject({ loaded: true })
  const seqAfterFirst = await first.query('SELECT value FROM seq_counter')
  await first.close()

  const second = await start()
  let generated = false
  expect(await loadDemoIfEmpty(second, () => { generated = true; return fixture(40) })).toEqual({ loaded: false, reason: 'already-loaded' })
  expect(generated).toBe(false)
  expect(await documentCount(second)).toBe(42)
  expect(await second.query('SELECT value FROM seq_counter')).toEqual(seqAfterFirst)
  await second.close()
}, 30_000)
