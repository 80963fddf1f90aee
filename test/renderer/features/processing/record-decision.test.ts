// Storing decisions on a real RxDB (memory storage, validation and encryption as the app opens it):
// a line keeps its first decision whatever is clicked afterwards, here or on a PC that synced first.
import { afterEach, describe, expect, it } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { RxCollection } from 'rxdb'
import type { JournalEntry } from '../../../../shared/domain'
import { openDatabase } from '../../../../renderer/src/db/database'
import { protectStorage } from '../../../../renderer/src/db/storage'
import type { LocatiedeskDatabase } from '../../../../renderer/src/db/collection-types'
import { processedDecision, rejectedDecision } from '../../../../renderer/src/features/processing/line-decision'
import { recordDecision, recordDecisions } from '../../../../renderer/src/features/processing/record-decision'
import { clerk, line, lisa } from './fixtures'

let db: LocatiedeskDatabase | null = null
afterEach(async () => {
  await db?.close()
  db = null
})

let n = 0
async function pc(): Promise<LocatiedeskDatabase> {
  db = await openDatabase({ storage: await protectStorage(getRxStorageMemory(), true), password: 'sleutel-van-deze-pc', name: `decisions-${++n}`, collections: ['journal'] })
  return db
}

const youssef = { by: 'youssef.klantenservice', device: 'pc-ks-2', at: '2026-12-03T10:05:00.000Z' }

describe('one decision per line', () => {
  it('stores the first decision; a second one (either kind, anyone) leaves it and returns it', async () => {
    const { journal } = await pc()
    const l = line('l-1', lisa, 'factuur')
    const first = processedDecision(l, 'factuur', clerk)
    expect(await recordDecision(journal, first)).toEqual({ stored: true, decision: first })
    expect(await recordDecision(journal, processedDecision(l, 'factuur', youssef))).toEqual({ stored: false, decision: first })
    expect(await recordDecision(journal, rejectedDecision(l, 'Dubbel.', youssef)!)).toEqual({ stored: false, decision: first })
    expect((await journal.find().exec()).map((d) => d.toMutableJSON())).toEqual([first])
  })

  it('shows the decision that took the id between its look-up and its insert (RxDB CONFLICT)', async () => {
    const l = line('l-1', lisa, 'factuur')
    const theirs = processedDecision(l, 'factuur', youssef)
    let lookups = 0
    const racing = {
      findOne: () => ({ exec: async () => (lookups++ === 0 ? null : { toMutableJSON: () => theirs }) }),
      insert: async () => { throw Object.assign(new Error('conflict'), { code: 'CONFLICT' }) },
    } as unknown as RxCollection<JournalEntry>
    expect(await recordDecision(racing, processedDecision(l, 'factuur', clerk))).toEqual({ stored: false, decision: theirs })
  })

  it('processes many lines in bulk with progress, leaving decisions already there standing', async () => {
    const { journal } = await pc()
    const lines = Array.from({ length: 23 }, (_, i) => line(`l-${i}`, lisa, 'factuur'))
    const earlier = [rejectedDecision(lines[3]!, 'Niet op school.', youssef)!, processedDecision(lines[17]!, 'inclusief', youssef)]
    await journal.bulkInsert(earlier)
    const progress: [number, number][] = []
    const result = await recordDecisions(journal, lines.map((l) => processedDecision(l, 'factuur', clerk)), (done, total) => progress.push([done, total]))
    expect(progress).toEqual([[0, 23], [10, 23], [20, 23], [23, 23]])
    expect(result.stored).toHaveLength(21)
    expect(result.existing.sort()).toEqual(earlier.map((d) => d.id).sort())
    const stored = (await journal.find().exec()).map((d) => d.toMutableJSON())
    expect(stored).toHaveLength(23)
    expect(stored.filter((d) => d.by === youssef.by).map((d) => d.kind).sort()).toEqual(['afgewezen', 'verwerkt'])
  })
})
