// The queue's live queries against a real RxDB database (memory storage, as the app opens it): every
// search is answered by the requests index alone, the open requests of the covered locations are held
// and a request written later (as replication from another PC writes it) appears without asking again.
import { describe, expect, it } from 'vitest'
import { memoryPcs } from '../../support/memory-pc'
import { firstValueFrom, filter as where, take, toArray } from 'rxjs'
import { openRequests$, roomFacts$, searchedRequests$ } from '../../../../renderer/src/features/approval/queue-data'
import { defaultFilter, queueSelectors } from '../../../../renderer/src/features/approval/queue-filter'
import { absence, child, kdv } from '../attendance/fixtures'
import { request } from './fixtures'

const pc = memoryPcs('approval', ['requests', 'absences', 'journal', 'children', 'locations'])

describe('the queue\'s queries', () => {
  it('every search is one exact range of the index [locationId, status, date]', async () => {
    const db = await pc()
    const filters = [defaultFilter, { ...defaultFilter, status: 'goedgekeurd' as const, from: '2026-12-01', to: '2026-12-31' }, { ...defaultFilter, status: 'afgekeurd' as const, to: '2026-12-31' }]
    for (const selector of filters.flatMap((f) => queueSelectors(f, ['loc-1', 'loc-2']))) {
      const { queryPlan } = db.requests.find({ selector: { ...selector } }).getPreparedQuery()
      expect(queryPlan.index).toEqual(['_deleted', 'locationId', 'status', 'date', 'id'])
      expect(queryPlan.selectorSatisfiedByIndex).toBe(true)
    }
  })

  it('holds the open requests of the covered locations only, and shows a later one at once', async () => {
    const db = await pc()
    await db.requests.bulkInsert([
      request('k-1', { id: 'open-1' }), request('k-2', { id: 'wait-1', status: 'wachtlijst' }),
      request('k-3', { id: 'done-1', status: 'goedgekeurd' }), request('k-4', { id: 'other-loc', locationId: 'loc-2' }),
    ])
    const emissions = firstValueFrom(openRequests$(db, ['loc-1']).pipe(where((list) => list.length === 3), take(1), toArray()))
    await db.requests.insert(request('k-5', { id: 'open-2' }))
    const [list] = await emissions
    expect(list!.map((r) => r.id).sort()).toEqual(['open-1', 'open-2', 'wait-1'])
    expect(await firstValueFrom(openRequests$(db, []))).toEqual([])
  })

  it('a search for decided requests reads them by status and dates', async () => {
    const db = await pc()
    await db.requests.bulkInsert([
      request('k-1', { id: 'a', status: 'afgekeurd', date: '2026-12-01' }), request('k-2', { id: 'b', status: 'afgekeurd', date: '2026-12-09' }),
      request('k-3', { id: 'c', status: 'goedgekeurd', date: '2026-12-01' }),
    ])
    const found = await firstValueFrom(searchedRequests$(db, { ...defaultFilter, status: 'afgekeurd', to: '2026-12-05' }, ['loc-1']))
    expect(found.map((r) => r.id)).toEqual(['a'])
  })

  it('the room facts hold the approved requests, absences and corrections of the dates on screen', async () => {
    const db = await pc()
    await db.requests.bulkInsert([
      request('k-1', { id: 'in', status: 'goedgekeurd', date: '2026-12-02' }), request('k-2', { id: 'out', status: 'goedgekeurd', date: '2026-12-20' }),
      request('k-3', { id: 'open', date: '2026-12-02' }),
    ])
    await db.absences.insert(absence('c-1'))
    await db.journal.insert({ id: 'correctie:x', kind: 'correctie', locationId: 'loc-1', targetId: 'abs-x', by: 'mw-1', device: 'pc-a', at: '2026-12-02T09:00:00.000Z' })
    const location = { id: 'loc-1', name: 'Goverwelle', groups: [kdv], schools: [], updatedAt: '2026-01-01T00:00:00.000Z' }
    const facts = await firstValueFrom(roomFacts$(db, [location], [child('c-1'), { ...child('c-9'), locationIds: ['loc-2'] }], { from: '2026-12-01', to: '2026-12-05' }))
    expect(facts?.requests.map((r) => r.id)).toEqual(['in'])
    expect(facts?.absences.map((a) => a.childId)).toEqual(['c-1'])
    expect(facts?.corrections).toEqual(['abs-x'])
    expect(facts?.children.map((c) => c.id)).toEqual(['c-1'])
    expect(await firstValueFrom(roomFacts$(db, [location], [], null))).toBeNull()
  })
})
