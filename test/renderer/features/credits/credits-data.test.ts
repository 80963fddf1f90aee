// The live streams behind Tegoeden against a real RxDB database (memory storage, validation and
// encryption as the app opens it): a credit stored by this PC, or arriving from another PC through the
// replication (a plain insert here), shows in the child's credits without a new query.
import { afterEach, describe, expect, it } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { Subscription } from 'rxjs'
import { openDatabase } from '../../../../renderer/src/db/database'
import { protectStorage } from '../../../../renderer/src/db/storage'
import type { LocatiedeskDatabase } from '../../../../renderer/src/db/collection-types'
import { childCredits$, type ChildCredits } from '../../../../renderer/src/features/credits/credits-data'
import { creditOverview } from '../../../../renderer/src/features/credits/credit-overview'
import { manualCreditEntry } from '../../../../renderer/src/features/credits/manual-credit'
import { recordCredit } from '../../../../renderer/src/features/credits/record-credit'
import { waitFor } from '../../support/wait-for'
import { child, entry } from './fixtures'

let db: LocatiedeskDatabase | null = null
const subscriptions: Subscription[] = []
afterEach(async () => {
  for (const s of subscriptions.splice(0)) s.unsubscribe()
  if (db && !db.closed) await db.close()
})

describe('Tegoeden, live', () => {
  it('follows the child ledger: a credit stored here and one replicated in both show, another child not', async () => {
    db = await openDatabase({
      storage: await protectStorage(getRxStorageMemory(), true), password: 'sleutel-van-deze-pc', name: 'credits-live',
      collections: ['ledger', 'requests', 'staff'],
    })
    let latest: ChildCredits | null = null
    subscriptions.push(childCredits$(db, 'k-1').subscribe((c) => { latest = c }))
    await waitFor(() => latest !== null, 5_000, 'first answer')
    expect(latest!.ledger).toEqual([])

    const today = '2026-11-24'
    const made = manualCreditEntry({
      child: child('k-1'), careType: 'KDV', hours: 3, reason: 'Coulance.', ledger: [], today, at: new Date('2026-11-24T10:00:00.000Z'),
      by: 'fatima.elamrani', device: 'pc-a', id: 'handmatig:one', covers: () => true,
    })
    if (!made.ok) throw new Error(made.code)
    await recordCredit(db.ledger, made.entry)
    // Another PC's absence credit arrives through the replication; a credit of another child too.
    await db.ledger.insert(entry('opgebouwd', 5.5, '2026-11-20', { id: 'opgebouwd:elsewhere', device: 'pc-b' }))
    await db.ledger.insert(entry('opgebouwd', 4, '2026-11-20', { id: 'opgebouwd:other-child', childId: 'k-2' }))

    await waitFor(() => latest!.ledger.length === 2, 5_000, 'both credits of k-1')
    expect(creditOverview({ child: child('k-1'), ledger: latest!.ledger, today }).swap[0]).toMatchObject({ valid: 8.5, room: 24.5 })
    // Storing the same fact again (a double click, or it came back from the server) changes nothing.
    await recordCredit(db.ledger, made.entry)
    expect(await db.ledger.count({ selector: { childId: 'k-1' } }).exec()).toBe(2)
  })
})
