import { describe, expect, it } from 'vitest'
import type { ChangeEvent } from '../../../shared/sync'
import { createLocalChangeBus } from '../../../server/sync/change-bus'
import { createOrderedPublisher } from '../../../server/sync/ordered-publisher'

const event = (seq: number): ChangeEvent => ({ collection: 'children', documents: [{ id: `k${seq}`, _deleted: false }], checkpoint: { seq } })

function setup() {
  const bus = createLocalChangeBus()
  const seen: number[] = []
  bus.subscribe((e) => seen.push(e.checkpoint.seq))
  return { publisher: createOrderedPublisher(bus), seen }
}

describe('ordered publisher', () => {
  it('holds a later commit back until the earlier one is announced', () => {
    const { publisher, seen } = setup()
    const first = publisher.reserve()
    const second = publisher.reserve()
    second.fill(event(2))
    expect(seen).toEqual([])
    first.fill(event(1))
    expect(seen).toEqual([1, 2])
  })

  it('skips slots that wrote nothing or rolled back, without holding up the rest', () => {
    const { publisher, seen } = setup()
    const a = publisher.reserve()
    const b = publisher.reserve()
    const c = publisher.reserve()
    c.fill(event(3))
    b.cancel()
    expect(seen).toEqual([])
    a.fill(null)
    expect(seen).toEqual([3])
    const d = publisher.reserve()
    d.fill(event(4))
    expect(seen).toEqual([3, 4])
  })

  it('ignores a second settlement of the same slot', () => {
    const { publisher, seen } = setup()
    const a = publisher.reserve()
    a.fill(event(1))
    a.fill(event(9))
    a.cancel()
    expect(seen).toEqual([1])
  })

  it('publishes all events of one slot (a push\'s collection, then its notices) in their order', () => {
    const { publisher, seen } = setup()
    const a = publisher.reserve()
    const b = publisher.reserve()
    b.fill([event(5)])
    a.fill([event(2), event(3)])
    expect(seen).toEqual([2, 3, 5])
  })

  it('leaves the order to the database for a bus that announces inside the transaction', async () => {
    const published: number[] = []
    const announced: number[] = []
    const bus = {
      ...createLocalChangeBus(),
      publish: (e: ChangeEvent) => { published.push(e.checkpoint.seq) },
      announceWithin: async (_q: unknown, events: readonly ChangeEvent[]) => { announced.push(...events.map((e) => e.checkpoint.seq)) },
    }
    const publisher = createOrderedPublisher(bus)
    await publisher.announceWithin({ query: async () => [], exec: async () => undefined }, [event(1), event(2)])
    publisher.reserve().fill(event(1))
    expect(announced).toEqual([1, 2])
    expect(published).toEqual([])
  })
})
