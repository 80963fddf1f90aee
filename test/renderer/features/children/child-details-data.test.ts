// The live data behind Kindgegevens against a real RxDB database (memory storage, validation and
// encryption as the app opens it): a request stored on this PC shows at once as queued, the outbox's
// delivery fact arriving through the replication (a plain insert here) turns it into sent, and a
// sign-in choice shows at once; facts about other children, and other kinds, stay out.
import { afterEach, describe, expect, it } from 'vitest'
import type { Subscription } from 'rxjs'
import { childDetails$, type ChildDetailsData } from '../../../../renderer/src/features/children/child-details-data'
import { passwordRequest, passwordStatus } from '../../../../renderer/src/features/children/password-request'
import { signInAddress, signInChoice } from '../../../../renderer/src/features/children/sign-in-address'
import { insertFact } from '../../../../renderer/src/features/attendance/insert-fact'
import { memoryPcs } from '../../support/memory-pc'
import { waitFor } from '../../support/wait-for'
import { child, delivered, parent, passwordFact } from './fixtures'

const pc = memoryPcs('child-details', ['children', 'journal', 'locations'])
const subscriptions: Subscription[] = []
afterEach(() => {
  for (const s of subscriptions.splice(0)) s.unsubscribe()
})

describe('Kindgegevens, live', () => {
  it('shows a request queued at once, sent when the delivery arrives, and a new sign-in address at once', async () => {
    const db = await pc()
    const eva = parent(1, ['eva@example.nl', 'eva.werk@example.nl'])
    await db.children.insert(child([eva, parent(2, ['tom@example.nl'])]))
    let latest: ChildDetailsData | null = null
    subscriptions.push(childDetails$(db, 'k-1').subscribe((d) => { latest = d }))
    await waitFor(() => latest?.child !== null && latest !== null, 5_000, 'the child')
    expect(latest!.child!.medical.notes).toBe('Epipen in de tas.')
    expect(latest!.facts).toEqual([])

    const made = passwordRequest({
      child: latest!.child!, rank: 1, facts: latest!.facts, deliveries: latest!.deliveries, locationId: 'loc-1',
      by: 'mw-senior', device: 'pc-a', at: new Date('2026-11-23T09:00:00.000Z'), id: 'wachtwoord:k-1:1:a',
    })
    if (!made.ok) throw new Error(made.code)
    await insertFact(db.journal, made.fact)
    // Facts that are not this screen's: another child's request, an unlock.
    await db.journal.insert({ ...passwordFact('wachtwoord:k-2:1:b', 1, '2026-11-23T09:00:00.000Z'), targetId: 'k-2' })
    await db.journal.insert({ id: 'ontgrendeld:x', kind: 'ontgrendeld', locationId: 'loc-1', targetId: 'k-1', by: 'mw', device: 'pc-a', at: '2026-11-23T09:00:00.000Z' })
    await waitFor(() => latest!.facts.length === 1, 5_000, 'the request')
    expect(passwordStatus(1, latest!.facts, latest!.deliveries)).toMatchObject({ state: 'wachtrij', factId: 'wachtwoord:k-1:1:a' })

    // The server's outbox delivered it; its fact replicates to this PC.
    await db.journal.insert(delivered('wachtwoord:k-1:1:a', '2026-11-23T09:05:00.000Z'))
    await db.journal.insert(delivered('wachtwoord:k-2:1:b'))
    await waitFor(() => latest!.deliveries.length === 1, 5_000, 'the delivery')
    expect(passwordStatus(1, latest!.facts, latest!.deliveries)).toMatchObject({ state: 'verzonden', deliveredAt: '2026-11-23T09:05:00.000Z' })

    const chosen = signInChoice({
      child: latest!.child!, rank: 1, email: 'eva.werk@example.nl', facts: latest!.facts, locationId: 'loc-1',
      by: 'kim.klant', device: 'pc-a', at: new Date('2026-11-23T09:10:00.000Z'), id: 'inlogadres:k-1:1:c',
    })
    if (!chosen.ok) throw new Error(chosen.code)
    await insertFact(db.journal, chosen.fact)
    await waitFor(() => latest!.facts.length === 2, 5_000, 'the choice')
    expect(signInAddress(latest!.child!.parents[0]!, latest!.facts)).toBe('eva.werk@example.nl')
    // The delivery of the request still counts after the facts changed.
    expect(latest!.deliveries.map((d) => d.targetId)).toEqual(['wachtwoord:k-1:1:a'])
  })

  it('says when the child is not on this PC', async () => {
    const db = await pc()
    let latest: ChildDetailsData | null = null
    subscriptions.push(childDetails$(db, 'k-9').subscribe((d) => { latest = d }))
    await waitFor(() => latest !== null, 5_000, 'an answer')
    expect(latest!.child).toBeNull()
  })
})
